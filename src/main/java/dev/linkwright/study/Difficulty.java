package dev.linkwright.study;

import java.util.Locale;

/** How hard an exercise is: {@code easy}, {@code medium} or {@code hard}. */
public enum Difficulty {
    EASY, MEDIUM, HARD;

    /** The spelling in pack files. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "Easy", "Medium", "Hard". */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }

    /** The difficulty spelled {@code text} in a pack file (case-insensitive). */
    public static Difficulty parse(String text) {
        for (Difficulty d : values()) {
            if (d.wire().equals(text.toLowerCase(Locale.ROOT))) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown difficulty '" + text + "' (expected easy, medium or hard)");
    }
}
