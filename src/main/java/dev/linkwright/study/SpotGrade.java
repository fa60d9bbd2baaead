package dev.linkwright.study;

import dev.linkwright.model.ElementId;
import dev.linkwright.validation.Finding;
import java.util.List;

/**
 * The grade of a Spot-the-flaw attempt: the flaws (validator findings the exercise asks for) found
 * and missed, the clicks that named no flaw (each costs a point) and the clicks on elements of
 * other findings (neither gain nor cost). Score = found minus false clicks, at least 0.
 */
public record SpotGrade(List<Finding> found, List<Finding> missedFindings, List<ElementId> falseClicks,
                        List<ElementId> neutralClicks, int score, int maxScore, List<String> right, List<String> missed)
        implements Grade {

    public SpotGrade {
        found = List.copyOf(found);
        missedFindings = List.copyOf(missedFindings);
        falseClicks = List.copyOf(falseClicks);
        neutralClicks = List.copyOf(neutralClicks);
        right = List.copyOf(right);
        missed = List.copyOf(missed);
    }
}
