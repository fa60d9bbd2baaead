package dev.linkwright.study;

import java.time.Instant;

/**
 * What one student did with one exercise: attempts, best score (out of {@code maxScore}), whether
 * it was ever solved, hints used and whether the answer was revealed, and when it was last tried.
 */
public record ExerciseProgress(String key, String topic, int attempts, int bestScore, int maxScore, boolean solved,
                               int hintsUsed, boolean revealed, Instant lastAttempt) {

    public ExerciseProgress {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("progress needs an exercise key");
        }
        topic = topic == null ? "" : topic;
        attempts = Math.max(0, attempts);
        maxScore = Math.max(0, maxScore);
        bestScore = Math.max(0, Math.min(bestScore, maxScore));
        hintsUsed = Math.max(0, hintsUsed);
    }

    /** Nothing done yet. */
    public static ExerciseProgress none(Exercise e) {
        return new ExerciseProgress(e.key(), e.topic(), 0, 0, 0, false, 0, false, null);
    }

    /** This progress after one more graded attempt. */
    public ExerciseProgress after(Grade grade, int hints, boolean answerRevealed, Instant when) {
        boolean better = grade.score() > bestScore || maxScore == 0;
        return new ExerciseProgress(key, topic, attempts + 1, better ? grade.score() : bestScore,
                Math.max(maxScore, grade.maxScore()), solved || grade.solved(), Math.max(hintsUsed, hints),
                revealed || answerRevealed, when);
    }
}
