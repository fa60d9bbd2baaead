package dev.linkwright.model;

import java.util.Locale;
import java.util.StringJoiner;

/**
 * An enum with a spelling in files ({@link #wire()}). Parsing is forgiving about case, dashes and
 * underscores, so {@code pendingAcceptance}, {@code PendingAcceptance} and
 * {@code pending-acceptance} all name the same value.
 */
public interface WireEnum {

    /** The spelling written to files. */
    String wire();

    /** Finds the constant of {@code type} spelled {@code text}, or throws naming the accepted values. */
    static <E extends Enum<E> & WireEnum> E parse(Class<E> type, String text, String what) {
        if (text != null) {
            String key = normalise(text);
            for (E e : type.getEnumConstants()) {
                if (normalise(e.wire()).equals(key) || normalise(e.name()).equals(key)) {
                    return e;
                }
            }
        }
        StringJoiner accepted = new StringJoiner(", ");
        for (E e : type.getEnumConstants()) {
            accepted.add(e.wire());
        }
        throw new IllegalArgumentException("'" + text + "' is not a " + what + " (expected one of " + accepted + ")");
    }

    private static String normalise(String s) {
        return s.trim().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "").replace(" ", "");
    }
}
