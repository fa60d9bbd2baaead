package dev.linkwright.io.export;

import java.util.Locale;

/** How bad a validation finding shown as a badge on an exported diagram is: red, amber or blue. */
public enum BadgeSeverity {
    ERROR("#D13212"),
    WARNING("#F2A900"),
    INFO("#147EBA");

    private final String color;

    BadgeSeverity(String color) {
        this.color = color;
    }

    /** The badge colour as {@code #RRGGBB}. */
    public String color() {
        return color;
    }

    /** Parses {@code error}, {@code warning} or {@code info} (case-insensitive). */
    public static BadgeSeverity parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("'" + text + "' is not a severity (expected error, warning or info)");
        }
    }
}
