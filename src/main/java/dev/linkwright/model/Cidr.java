package dev.linkwright.model;

/**
 * An IPv4 CIDR block such as {@code 10.0.0.0/16}.
 *
 * <p>A block keeps the address as written, so a block with host bits set ({@code 10.0.0.18/18})
 * can be recognised as non-canonical; all set arithmetic uses the network address.
 *
 * <pre>{@code
 * Cidr vpc = Cidr.parse("10.0.0.0/16");
 * vpc.contains(Cidr.parse("10.0.1.0/24")); // true
 * Cidr.parse("100.68.0.18/18").canonical(); // 100.68.0.0/18
 * }</pre>
 */
public record Cidr(Ipv4Address address, int prefixLength) implements Comparable<Cidr> {

    public static final Cidr ANY = new Cidr(new Ipv4Address(0), 0);

    public Cidr {
        if (address == null) {
            throw new IllegalArgumentException("a CIDR needs an address");
        }
        if (prefixLength < 0 || prefixLength > 32) {
            throw new IllegalArgumentException("prefix length /" + prefixLength + " is outside 0-32");
        }
    }

    /** Parses {@code a.b.c.d/n}; a bare address is read as a /32. */
    public static Cidr parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a CIDR block is required (like 10.0.0.0/16)");
        }
        String s = text.trim();
        int slash = s.indexOf('/');
        if (slash < 0) {
            return new Cidr(Ipv4Address.parse(s), 32);
        }
        String prefix = s.substring(slash + 1);
        if (prefix.isEmpty() || prefix.length() > 2 || !prefix.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("'" + text + "' is not a CIDR block (expected like 10.0.0.0/16)");
        }
        int length = Integer.parseInt(prefix);
        if (length > 32) {
            throw new IllegalArgumentException("'" + text + "' is not a CIDR block (prefix /" + length + " is above /32)");
        }
        Ipv4Address address;
        try {
            address = Ipv4Address.parse(s.substring(0, slash));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a CIDR block (expected like 10.0.0.0/16)");
        }
        return new Cidr(address, length);
    }

    /** True when {@code text} parses as a CIDR block. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The block containing just {@code address}. */
    public static Cidr host(Ipv4Address address) {
        return new Cidr(address, 32);
    }

    private int mask() {
        return prefixLength == 0 ? 0 : -1 << (32 - prefixLength);
    }

    /** The first address of the block (host bits cleared). */
    public Ipv4Address network() {
        return new Ipv4Address(address.bits() & mask());
    }

    /** The last address of the block. */
    public Ipv4Address last() {
        return new Ipv4Address((address.bits() & mask()) | ~mask());
    }

    /** Number of addresses in the block. */
    public long size() {
        return 1L << (32 - prefixLength);
    }

    /** True when no host bits are set. */
    public boolean isCanonical() {
        return (address.bits() & ~mask()) == 0;
    }

    /** The same block with host bits cleared. */
    public Cidr canonical() {
        return isCanonical() ? this : new Cidr(network(), prefixLength);
    }

    public boolean contains(Ipv4Address a) {
        return (a.bits() & mask()) == (address.bits() & mask());
    }

    /** True when every address of {@code other} is in this block. */
    public boolean contains(Cidr other) {
        return other.prefixLength >= prefixLength && contains(other.network());
    }

    public boolean overlaps(Cidr other) {
        return contains(other) || other.contains(this);
    }

    /** The {@code n}-th address of the block (0 = network address). */
    public Ipv4Address addressAt(long n) {
        return new Ipv4Address((int) (network().unsigned() + n));
    }

    @Override
    public int compareTo(Cidr o) {
        int c = network().compareTo(o.network());
        return c != 0 ? c : Integer.compare(prefixLength, o.prefixLength);
    }

    @Override
    public String toString() {
        return address + "/" + prefixLength;
    }
}
