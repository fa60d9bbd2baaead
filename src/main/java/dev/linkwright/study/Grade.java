package dev.linkwright.study;

import java.util.List;

/**
 * What a grader says about one attempt, as plain data: the score out of the most there is, whether
 * the exercise counts as solved, and what was right and what was missed, in sentences.
 */
public sealed interface Grade permits PredictGrade, FixGrade, SpotGrade {

    int score();

    int maxScore();

    /** True when the attempt earned full marks. */
    default boolean solved() {
        return score() == maxScore();
    }

    /** What the student got right, one sentence each. */
    List<String> right();

    /** What the student missed or got wrong, one sentence each. */
    List<String> missed();
}
