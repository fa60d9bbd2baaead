package dev.linkwright.study;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One student's progress over all exercises, by exercise key ({@code pack/exercise}). Saved and
 * loaded by {@link ProgressStore}; summarised per topic with {@link #summary}.
 *
 * <pre>{@code
 * progress.record(exercise, grade, hintsShown, revealed);
 * store.save(progress);
 * }</pre>
 */
public final class StudyProgress {

    private final String user;
    private final Map<String, ExerciseProgress> byKey = new LinkedHashMap<>();

    public StudyProgress(String user) {
        this.user = user == null ? "" : user;
    }

    /** Whose progress this is (the operating-system user name when it was created). */
    public String user() {
        return user;
    }

    /** The progress on the exercise with {@code key}, if it was ever tried. */
    public Optional<ExerciseProgress> get(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The progress on {@code exercise} (nothing done yet when never tried). */
    public ExerciseProgress of(Exercise exercise) {
        return byKey.getOrDefault(exercise.key(), ExerciseProgress.none(exercise));
    }

    /** Every exercise tried, in the order first tried. */
    public Collection<ExerciseProgress> all() {
        return Collections.unmodifiableCollection(byKey.values());
    }

    /** Puts {@code p} in place of what was known about its exercise. */
    public void put(ExerciseProgress p) {
        byKey.put(p.key(), p);
    }

    /** Records a graded attempt on {@code exercise} now; returns the new progress. */
    public ExerciseProgress record(Exercise exercise, Grade grade, int hintsUsed, boolean revealed) {
        return record(exercise, grade, hintsUsed, revealed, Instant.now());
    }

    /** Records a graded attempt on {@code exercise} at {@code when}. */
    public ExerciseProgress record(Exercise exercise, Grade grade, int hintsUsed, boolean revealed, Instant when) {
        ExerciseProgress next = of(exercise).after(grade, hintsUsed, revealed, when);
        byKey.put(exercise.key(), next);
        return next;
    }

    /** Per topic, in {@link StudyTopics} order: the exercises of {@code exercises} and the progress on them. */
    public List<TopicSummary> summary(Collection<Exercise> exercises) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Exercise e : exercises) {
            int[] c = counts.computeIfAbsent(e.topic(), t -> new int[5]);
            ExerciseProgress p = of(e);
            c[0]++;
            if (p.attempts() > 0) {
                c[1]++;
                c[3] += p.bestScore();
                c[4] += p.maxScore();
            }
            if (p.solved()) {
                c[2]++;
            }
        }
        List<TopicSummary> list = new ArrayList<>();
        counts.forEach((topic, c) -> list.add(new TopicSummary(topic, StudyTopics.title(topic), c[0], c[1], c[2], c[3], c[4])));
        list.sort(Comparator.comparingInt((TopicSummary s) -> StudyTopics.order(s.topic())).thenComparing(TopicSummary::topic));
        return list;
    }
}
