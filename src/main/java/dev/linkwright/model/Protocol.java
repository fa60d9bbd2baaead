package dev.linkwright.model;

import java.util.Locale;

/** An IP protocol as security groups, network ACLs and queries name it. */
public enum Protocol {
    TCP(6), UDP(17), ICMP(1), ALL(-1);

    private final int number;

    Protocol(int number) {
        this.number = number;
    }

    /** The IANA protocol number, -1 for "all". */
    public int number() {
        return number;
    }

    /** True for protocols with ports (TCP and UDP). */
    public boolean hasPorts() {
        return this == TCP || this == UDP;
    }

    /** True when a rule for this protocol matches a packet of {@code packet}. */
    public boolean matches(Protocol packet) {
        return this == ALL || this == packet;
    }

    /** Parses {@code tcp}, {@code udp}, {@code icmp}, {@code all}, {@code -1} or a protocol number. */
    public static Protocol parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("a protocol is required (tcp, udp, icmp or all)");
        }
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "tcp": case "6": return TCP;
            case "udp": case "17": return UDP;
            case "icmp": case "1": return ICMP;
            case "all": case "-1": case "any": return ALL;
            default:
                throw new IllegalArgumentException("'" + text + "' is not a protocol (expected tcp, udp, icmp or all)");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return label();
    }
}
