package dev.linkwright.study;

/**
 * Progress in one topic: how many exercises there are, how many were tried and solved, and the
 * sum of best scores out of the sum of their maximum scores (tried exercises only).
 */
public record TopicSummary(String topic, String title, int exercises, int attempted, int solved, int score, int maxScore) {

    /** Solved exercises as a fraction of all (0 when the topic is empty). */
    public double solvedFraction() {
        return exercises == 0 ? 0 : (double) solved / exercises;
    }

    /** "3 of 8 solved". */
    public String describe() {
        return solved + " of " + exercises + " solved" + (attempted > solved ? ", " + (attempted - solved) + " tried" : "");
    }
}
