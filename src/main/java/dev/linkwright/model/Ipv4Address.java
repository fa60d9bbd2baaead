package dev.linkwright.model;

/**
 * An IPv4 address held as an unsigned 32-bit value.
 *
 * <pre>{@code
 * Ipv4Address a = Ipv4Address.parse("10.0.1.10");
 * a.toString(); // "10.0.1.10"
 * }</pre>
 */
public record Ipv4Address(int bits) implements Comparable<Ipv4Address> {

    /** Parses a dotted quad; throws {@link IllegalArgumentException} naming what is wrong. */
    public static Ipv4Address parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("an IPv4 address is required");
        }
        String s = text.trim();
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("'" + text + "' is not an IPv4 address (expected four numbers like 10.0.1.10)");
        }
        int bits = 0;
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException("'" + text + "' is not an IPv4 address (expected four numbers like 10.0.1.10)");
            }
            int octet = Integer.parseInt(part);
            if (octet > 255) {
                throw new IllegalArgumentException("'" + text + "' is not an IPv4 address (" + octet + " is above 255)");
            }
            bits = (bits << 8) | octet;
        }
        return new Ipv4Address(bits);
    }

    /** True when {@code text} parses as an IPv4 address. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The address as an unsigned value in a long. */
    public long unsigned() {
        return Integer.toUnsignedLong(bits);
    }

    /** The address {@code delta} further on (wrapping is the caller's concern). */
    public Ipv4Address plus(long delta) {
        return new Ipv4Address((int) (unsigned() + delta));
    }

    @Override
    public int compareTo(Ipv4Address o) {
        return Integer.compareUnsigned(bits, o.bits);
    }

    @Override
    public String toString() {
        return ((bits >>> 24) & 0xff) + "." + ((bits >>> 16) & 0xff) + "." + ((bits >>> 8) & 0xff) + "." + (bits & 0xff);
    }
}
