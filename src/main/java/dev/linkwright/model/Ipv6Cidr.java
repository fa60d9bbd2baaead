package dev.linkwright.model;

import java.math.BigInteger;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * An IPv6 CIDR block such as {@code 2600:1f18:1234:5600::/56}. Linkwright analyses IPv4 paths;
 * IPv6 blocks are kept for address-type rules (dual-stack subnets, endpoint IP types).
 */
public record Ipv6Cidr(BigInteger address, int prefixLength, String text) {

    public Ipv6Cidr {
        if (prefixLength < 0 || prefixLength > 128) {
            throw new IllegalArgumentException("IPv6 prefix length /" + prefixLength + " is outside 0-128");
        }
    }

    public static Ipv6Cidr parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("an IPv6 CIDR block is required (like 2600:1f18::/56)");
        }
        String s = text.trim();
        int slash = s.indexOf('/');
        String addressPart = slash < 0 ? s : s.substring(0, slash);
        int length = 128;
        if (slash >= 0) {
            String p = s.substring(slash + 1);
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException("'" + text + "' is not an IPv6 CIDR block (expected like 2600:1f18::/56)");
            }
            length = Integer.parseInt(p);
        }
        if (!addressPart.contains(":") || !addressPart.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.')) {
            throw new IllegalArgumentException("'" + text + "' is not an IPv6 CIDR block (expected like 2600:1f18::/56)");
        }
        try {
            InetAddress a = InetAddress.getByName(addressPart);
            if (!(a instanceof Inet6Address)) {
                throw new IllegalArgumentException("'" + text + "' is not an IPv6 CIDR block");
            }
            return new Ipv6Cidr(new BigInteger(1, a.getAddress()), length, s);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("'" + text + "' is not an IPv6 CIDR block (expected like 2600:1f18::/56)");
        }
    }

    private BigInteger network() {
        BigInteger mask = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE)
                .shiftRight(prefixLength).not();
        return address.and(mask);
    }

    public boolean contains(Ipv6Cidr other) {
        if (other.prefixLength < prefixLength) {
            return false;
        }
        BigInteger mask = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE).shiftRight(prefixLength).not();
        return other.address.and(mask).equals(network().and(mask));
    }

    public boolean overlaps(Ipv6Cidr other) {
        return contains(other) || other.contains(this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ipv6Cidr c && c.prefixLength == prefixLength && c.address.equals(address);
    }

    @Override
    public int hashCode() {
        return address.hashCode() * 31 + prefixLength;
    }

    @Override
    public String toString() {
        return text;
    }
}
