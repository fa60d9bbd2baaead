package dev.linkwright.study;

import java.util.Locale;

/**
 * The three kinds of exercise: predict a verdict, fix a broken design, spot the design errors.
 * The wire names ({@code predict}, {@code fix}, {@code spot}) are what pack files use.
 */
public enum ExerciseMode {
    /** "Can X reach Y on TCP 443?": answer reachable or blocked, and name the blocking component. */
    PREDICT("predict", "Predict"),
    /** A broken design with flows that carry intents: edit it until every intent holds. */
    FIX("fix", "Fix it"),
    /** Find the design errors the validator knows by clicking the elements involved. */
    SPOT("spot", "Spot the flaw");

    private final String wire;
    private final String label;

    ExerciseMode(String wire, String label) {
        this.wire = wire;
        this.label = label;
    }

    /** The spelling in pack files. */
    public String wire() {
        return wire;
    }

    /** The name shown to students. */
    public String label() {
        return label;
    }

    /** The mode spelled {@code text} in a pack file (case-insensitive). */
    public static ExerciseMode parse(String text) {
        for (ExerciseMode m : values()) {
            if (m.wire.equals(text.toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown exercise mode '" + text + "' (expected predict, fix or spot)");
    }
}
