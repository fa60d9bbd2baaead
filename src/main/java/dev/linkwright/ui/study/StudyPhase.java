package dev.linkwright.ui.study;

/** Where a student is with the open exercise. */
public enum StudyPhase {
    /** No exercise chosen yet. */
    IDLE,
    /** Working on it: choosing, clicking, editing. */
    ANSWERING,
    /** The attempt was graded (for Fix it: every intent holds). */
    GRADED,
    /** The answer, its explanation and the trace were shown. */
    REVEALED
}
