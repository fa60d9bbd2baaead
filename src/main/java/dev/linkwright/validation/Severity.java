package dev.linkwright.validation;

import java.util.Locale;

/**
 * How bad a finding is: an {@link #ERROR} means AWS would refuse the design or it cannot work; a
 * {@link #WARNING} means it is legal but almost certainly not what the designer wants.
 */
public enum Severity {
    ERROR, WARNING;

    /** The severity of a code by its prefix: {@code E_...} is an error, {@code W_...} a warning. */
    public static Severity ofCode(String code) {
        if (code.startsWith("E_")) {
            return ERROR;
        }
        if (code.startsWith("W_")) {
            return WARNING;
        }
        throw new IllegalArgumentException("a finding code starts with E_ or W_, not '" + code + "'");
    }

    /** The lower-case spelling used on the command line and in JSON: {@code error}, {@code warning}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
