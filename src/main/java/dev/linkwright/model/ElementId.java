package dev.linkwright.model;

import java.util.Objects;

/**
 * The stable, user-visible identifier of an element, e.g. {@code vpc-0a1b2c} or {@code instance-a}.
 *
 * <p>Ids are unique within a design and are used in files, on the command line and in analysis
 * results. Imported AWS resources keep their AWS id.
 *
 * <pre>{@code
 * ElementId id = ElementId.of("subnet-a");
 * }</pre>
 */
public record ElementId(String value) implements Comparable<ElementId> {

    /** Longest id accepted; AWS ARNs stay well below it. */
    public static final int MAX_LENGTH = 256;

    public ElementId {
        Objects.requireNonNull(value, "id");
        String problem = problemWith(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** Returns the id for {@code value}, or throws {@link IllegalArgumentException} with the reason. */
    public static ElementId of(String value) {
        return new ElementId(value);
    }

    /** Why {@code value} cannot be an id, or {@code null} when it can. */
    public static String problemWith(String value) {
        if (value == null || value.isEmpty()) {
            return "an id must not be empty";
        }
        if (value.length() > MAX_LENGTH) {
            return "an id must be at most " + MAX_LENGTH + " characters";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                return "an id must not contain spaces or control characters: '" + value + "'";
            }
        }
        return null;
    }

    @Override
    public int compareTo(ElementId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
