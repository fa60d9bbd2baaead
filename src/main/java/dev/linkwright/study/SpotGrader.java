package dev.linkwright.study;

import dev.linkwright.model.Design;
import dev.linkwright.model.ElementId;
import dev.linkwright.validation.Finding;
import dev.linkwright.validation.ValidationReport;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Grades Spot-the-flaw attempts against the validator: the flaws are the findings the validator
 * reports on the design under the exercise's profile whose codes the exercise asks for. A flaw is
 * found when the student clicked one of its elements (or one the exercise names for that code);
 * each found flaw earns a point, each click that names no finding at all costs one.
 */
public final class SpotGrader {

    private final StudyEngine engine;

    public SpotGrader() {
        this(new StudyEngine());
    }

    public SpotGrader(StudyEngine engine) {
        this.engine = engine;
    }

    /** Grades the elements {@code clicked} on {@code design} (the exercise's design). */
    public SpotGrade grade(Exercise exercise, Design design, Collection<ElementId> clicked) {
        if (!(exercise.answer() instanceof Answer.Spot spot)) {
            throw new IllegalArgumentException(exercise.key() + " is not a Spot-the-flaw exercise");
        }
        ValidationReport report = engine.validate(design, exercise.profile());
        Set<String> codes = new LinkedHashSet<>();
        spot.findings().forEach(f -> codes.add(f.code()));
        List<Finding> flaws = report.findings().stream().filter(f -> codes.contains(f.code())).toList();
        Set<ElementId> clicks = new LinkedHashSet<>(clicked);
        List<Finding> found = new ArrayList<>();
        List<Finding> notFound = new ArrayList<>();
        Set<ElementId> useful = new LinkedHashSet<>();
        for (Finding f : flaws) {
            Set<ElementId> accepted = accepted(f, spot);
            boolean hit = false;
            for (ElementId c : clicks) {
                if (accepted.contains(c)) {
                    useful.add(c);
                    hit = true;
                }
            }
            (hit ? found : notFound).add(f);
        }
        List<ElementId> falseClicks = new ArrayList<>();
        List<ElementId> neutral = new ArrayList<>();
        for (ElementId c : clicks) {
            if (useful.contains(c)) {
                continue;
            }
            boolean inOtherFinding = report.findings().stream().anyMatch(f -> f.elements().contains(c));
            (inOtherFinding ? neutral : falseClicks).add(c);
        }
        List<String> right = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        found.forEach(f -> right.add("Found " + f.code() + " on " + f.primaryElement() + ": " + f.message()));
        notFound.forEach(f -> missed.add("Missed " + f.code() + " on " + f.primaryElement() + ": " + f.message()));
        falseClicks.forEach(c -> missed.add(c + " has no design error (a false click costs a point)."));
        neutral.forEach(c -> right.add(c + " is flagged for something else the validator noticed; no point lost."));
        int score = Math.max(0, found.size() - falseClicks.size());
        return new SpotGrade(found, notFound, falseClicks, neutral, score, flaws.size(), right, missed);
    }

    private static Set<ElementId> accepted(Finding f, Answer.Spot spot) {
        Set<ElementId> ids = new LinkedHashSet<>(f.elements());
        for (ExpectedFinding e : spot.findings()) {
            if (e.code().equals(f.code()) && f.elements().contains(e.elements().get(0))) {
                ids.addAll(e.elements());
            }
        }
        return ids;
    }
}
