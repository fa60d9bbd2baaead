package dev.linkwright.edit;

import dev.linkwright.model.Cidr;
import dev.linkwright.model.CustomerGateway;
import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.EndpointInterface;
import dev.linkwright.model.Instance;
import dev.linkwright.model.InterfaceEndpoint;
import dev.linkwright.model.InternetHost;
import dev.linkwright.model.Ipv4Address;
import dev.linkwright.model.LoadBalancer;
import dev.linkwright.model.LoadBalancerNode;
import dev.linkwright.model.NatGateway;
import dev.linkwright.model.NetworkInterface;
import dev.linkwright.model.OnPremisesHost;
import dev.linkwright.model.OnPremisesNetwork;
import dev.linkwright.model.Subnet;
import dev.linkwright.model.TopologyView;
import dev.linkwright.model.Vpc;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Free addresses for new elements: a CIDR block for a new VPC that overlaps no other VPC, a block
 * for a new subnet inside its VPC that overlaps no other subnet, the next free private address of a
 * subnet (AWS reserves the first four and the last address of every subnet, R-VPC-4).
 */
public final class Addresses {

    /** Addresses AWS keeps at the start of a subnet (network, router, DNS, future use). */
    public static final int RESERVED_AT_START = 4;

    private Addresses() {
    }

    /** Every IPv4 address an element of {@code t} uses inside {@code subnet}. */
    public static Set<Ipv4Address> usedIn(TopologyView t, ElementId subnet) {
        Set<Ipv4Address> used = new HashSet<>();
        for (Element e : t.children(subnet)) {
            if (e instanceof Instance i) {
                used.addAll(i.privateIps());
            } else if (e instanceof NetworkInterface n) {
                used.addAll(n.privateIps());
            } else if (e instanceof NatGateway nat && nat.privateIp() != null) {
                used.add(nat.privateIp());
            }
        }
        for (ElementId referrer : t.referrers(subnet)) {
            Element e = t.find(referrer).orElse(null);
            if (e instanceof LoadBalancer lb) {
                for (LoadBalancerNode n : lb.nodes()) {
                    if (n.subnet().equals(subnet) && n.ip() != null) {
                        used.add(n.ip());
                    }
                }
            } else if (e instanceof InterfaceEndpoint ie) {
                for (EndpointInterface i : ie.interfaces()) {
                    if (i.subnet().equals(subnet) && i.ip() != null) {
                        used.add(i.ip());
                    }
                }
            }
        }
        return used;
    }

    /**
     * The first free private address of {@code subnet} (from .10 in blocks of 64 addresses or more,
     * else after the reserved ones), skipping {@code alsoTaken}; empty when the subnet is full.
     */
    public static Optional<Ipv4Address> nextFreeIp(TopologyView t, Subnet subnet, Set<Ipv4Address> alsoTaken) {
        if (subnet.cidr() == null) {
            return Optional.empty();
        }
        Set<Ipv4Address> used = usedIn(t, subnet.id());
        used.addAll(alsoTaken);
        return nextFree(subnet.cidr(), used);
    }

    /** The first free host address of {@code block} not in {@code used}, AWS's reserved ones skipped. */
    public static Optional<Ipv4Address> nextFree(Cidr block, Set<Ipv4Address> used) {
        Cidr c = block.canonical();
        long size = c.size();
        if (size < 8) {
            return Optional.empty();
        }
        long first = size >= 64 ? 10 : RESERVED_AT_START;
        for (long n = first; n < size - 1; n++) {
            Ipv4Address a = c.addressAt(n);
            if (!used.contains(a)) {
                return Optional.of(a);
            }
        }
        for (long n = RESERVED_AT_START; n < first; n++) {
            Ipv4Address a = c.addressAt(n);
            if (!used.contains(a)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** True when {@code a} may be given to an interface in {@code block} (inside, not reserved). */
    public static boolean isUsableIn(Cidr block, Ipv4Address a) {
        Cidr c = block.canonical();
        if (!c.contains(a)) {
            return false;
        }
        long n = a.unsigned() - c.network().unsigned();
        return n >= RESERVED_AT_START && n < c.size() - 1;
    }

    /** The prefix length a new subnet of {@code vpc} gets: /24, or smaller in a small VPC. */
    public static int subnetPrefixFor(Cidr vpcBlock) {
        return Math.min(28, Math.max(24, vpcBlock.prefixLength() + 2));
    }

    /** A block of {@code prefix} inside one of the VPC's blocks that overlaps none of {@code taken}. */
    public static Optional<Cidr> freeSubnetBlock(Vpc vpc, int prefix, List<Cidr> taken) {
        for (Cidr block : vpc.cidrBlocks()) {
            Optional<Cidr> free = freeBlockInside(block.canonical(), Math.max(prefix, block.prefixLength()), taken);
            if (free.isPresent()) {
                return free;
            }
        }
        return Optional.empty();
    }

    /** A free subnet block for a new subnet of {@code vpc} in {@code t}. */
    public static Optional<Cidr> freeSubnetBlock(TopologyView t, Vpc vpc) {
        if (vpc.cidrBlocks().isEmpty()) {
            return Optional.empty();
        }
        return freeSubnetBlock(vpc, subnetPrefixFor(vpc.cidrBlocks().get(0)), subnetBlocksOf(t, vpc.id()));
    }

    /** The IPv4 blocks of every subnet in {@code vpc}. */
    public static List<Cidr> subnetBlocksOf(TopologyView t, ElementId vpc) {
        List<Cidr> blocks = new ArrayList<>();
        for (Element az : t.children(vpc)) {
            for (Element s : t.children(az.id())) {
                if (s instanceof Subnet subnet && subnet.cidr() != null) {
                    blocks.add(subnet.cidr());
                }
            }
        }
        return blocks;
    }

    /** The first aligned block of {@code prefix} inside {@code outer} overlapping none of {@code taken}. */
    public static Optional<Cidr> freeBlockInside(Cidr outer, int prefix, List<Cidr> taken) {
        if (prefix < outer.prefixLength() || prefix > 32) {
            return Optional.empty();
        }
        long step = 1L << (32 - prefix);
        long start = outer.network().unsigned();
        long end = start + outer.size();
        for (long a = start; a < end; a += step) {
            Cidr candidate = new Cidr(new Ipv4Address((int) a), prefix);
            boolean clash = false;
            for (Cidr t : taken) {
                if (t.overlaps(candidate)) {
                    clash = true;
                    // jump past the block in the way
                    long past = t.canonical().network().unsigned() + t.canonical().size();
                    if (past > a + step) {
                        a = ((past + step - 1) / step) * step - step;
                    }
                    break;
                }
            }
            if (!clash) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** A /16 in 10.0.0.0/8 (then 172.16.0.0/12) that overlaps no VPC of the design. */
    public static Optional<Cidr> freeVpcBlock(TopologyView t) {
        List<Cidr> taken = new ArrayList<>();
        for (Vpc v : t.all(Vpc.class)) {
            taken.addAll(v.cidrBlocks());
        }
        for (OnPremisesNetwork n : t.all(OnPremisesNetwork.class)) {
            taken.addAll(n.cidrs());
        }
        return freeBlockInside(Cidr.parse("10.0.0.0/8"), 16, taken)
                .or(() -> freeBlockInside(Cidr.parse("172.16.0.0/12"), 16, taken));
    }

    /** A block for a new on-premises network: a /16 in 172.16.0.0/12, then 192.168.0.0/16, not in use. */
    public static Optional<Cidr> freeOnPremisesBlock(TopologyView t) {
        List<Cidr> taken = new ArrayList<>();
        for (Vpc v : t.all(Vpc.class)) {
            taken.addAll(v.cidrBlocks());
        }
        for (OnPremisesNetwork n : t.all(OnPremisesNetwork.class)) {
            taken.addAll(n.cidrs());
        }
        return freeBlockInside(Cidr.parse("172.16.0.0/12"), 16, taken)
                .or(() -> freeBlockInside(Cidr.parse("192.168.0.0/16"), 20, taken));
    }

    /** The next address of a documentation range ({@code 198.51.100.0/24}, ...) not used by hosts or gateways. */
    public static Ipv4Address nextPublicAddress(TopologyView t, Cidr range) {
        Set<Ipv4Address> used = new HashSet<>();
        for (Element e : t.elements()) {
            if (e instanceof CustomerGateway c && c.ip() != null) {
                used.add(c.ip());
            } else if (e instanceof InternetHost h) {
                used.add(h.ip());
            } else if (e instanceof NatGateway n && n.elasticIp() != null) {
                used.add(n.elasticIp());
            } else if (e instanceof Instance i && i.publicIp() != null) {
                used.add(i.publicIp());
            }
        }
        for (long n = 10; n < range.size() - 1; n++) {
            Ipv4Address a = range.addressAt(n);
            if (!used.contains(a)) {
                return a;
            }
        }
        return range.addressAt(10);
    }

    /** The next free host address of an on-premises network. */
    public static Optional<Ipv4Address> nextFreeHostIp(TopologyView t, OnPremisesNetwork network) {
        Set<Ipv4Address> used = new HashSet<>();
        for (Element e : t.children(network.id())) {
            if (e instanceof OnPremisesHost h) {
                used.add(h.ip());
            }
        }
        for (Cidr c : network.cidrs()) {
            Optional<Ipv4Address> free = nextFree(c, used);
            if (free.isPresent()) {
                return free;
            }
        }
        return Optional.empty();
    }

    /** The same host offset of {@code a} in {@code from}, inside {@code to}, when it is usable there. */
    public static Optional<Ipv4Address> sameOffset(Ipv4Address a, Cidr from, Cidr to) {
        long offset = a.unsigned() - from.canonical().network().unsigned();
        if (offset < 0 || offset >= to.size()) {
            return Optional.empty();
        }
        Ipv4Address moved = to.canonical().addressAt(offset);
        return isUsableIn(to, moved) ? Optional.of(moved) : Optional.empty();
    }
}
