package dev.linkwright.model;

/**
 * An inclusive range of TCP/UDP ports, e.g. {@code 443} or {@code 1024-65535}.
 *
 * <pre>{@code
 * PortRange.parse("1024-65535").contains(40000); // true
 * }</pre>
 */
public record PortRange(int from, int to) {

    public static final PortRange ALL = new PortRange(0, 65535);
    public static final PortRange EPHEMERAL = new PortRange(1024, 65535);

    public PortRange {
        if (from < 0 || to > 65535 || from > to) {
            throw new IllegalArgumentException("port range " + from + "-" + to + " is not within 0-65535 (from <= to)");
        }
    }

    public static PortRange single(int port) {
        return new PortRange(port, port);
    }

    /** Parses {@code 443}, {@code 1024-65535}, {@code all} or {@code *}. */
    public static PortRange parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a port or port range is required (like 443 or 1024-65535)");
        }
        String s = text.trim();
        if (s.equals("all") || s.equals("*")) {
            return ALL;
        }
        int dash = s.indexOf('-');
        try {
            if (dash < 0) {
                return single(parsePort(s, text));
            }
            return new PortRange(parsePort(s.substring(0, dash).trim(), text), parsePort(s.substring(dash + 1).trim(), text));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a port range (expected like 443 or 1024-65535)");
        }
    }

    private static int parsePort(String s, String whole) {
        if (s.isEmpty() || s.length() > 5 || !s.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("'" + whole + "' is not a port range (expected like 443 or 1024-65535)");
        }
        int p = Integer.parseInt(s);
        if (p > 65535) {
            throw new IllegalArgumentException("port " + p + " in '" + whole + "' is above 65535");
        }
        return p;
    }

    public boolean contains(int port) {
        return port >= from && port <= to;
    }

    public boolean isAll() {
        return from == 0 && to == 65535;
    }

    /** The overlap with {@code other}, or null when none. */
    public PortRange intersect(PortRange other) {
        int f = Math.max(from, other.from);
        int t = Math.min(to, other.to);
        return f <= t ? new PortRange(f, t) : null;
    }

    @Override
    public String toString() {
        if (isAll()) {
            return "all";
        }
        return from == to ? Integer.toString(from) : from + "-" + to;
    }
}
