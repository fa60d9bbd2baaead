package dev.linkwright.model;

import java.util.Optional;

/**
 * Where an element sits: its account, Region, VPC and Availability Zone, and the route table and
 * network ACL that apply to a subnet. Derived facts every reader needs, computed from a
 * {@link TopologyView}.
 */
public final class Placement {

    private Placement() {
    }

    public static Optional<Account> accountOf(TopologyView t, ElementId id) {
        return t.find(id, Account.class).or(() -> t.ancestor(id, Account.class));
    }

    public static Optional<Region> regionOf(TopologyView t, ElementId id) {
        return t.find(id, Region.class).or(() -> t.ancestor(id, Region.class));
    }

    /** The Region code of {@code id} ("us-east-1"), or null when it is not in a Region. */
    public static String regionCodeOf(TopologyView t, ElementId id) {
        return regionOf(t, id).map(Region::code).orElse(null);
    }

    public static Optional<Vpc> vpcOf(TopologyView t, ElementId id) {
        return t.find(id, Vpc.class).or(() -> t.ancestor(id, Vpc.class));
    }

    public static Optional<AvailabilityZone> zoneOf(TopologyView t, ElementId id) {
        return t.find(id, AvailabilityZone.class).or(() -> t.ancestor(id, AvailabilityZone.class));
    }

    public static Optional<Subnet> subnetOf(TopologyView t, ElementId id) {
        return t.find(id, Subnet.class).or(() -> t.ancestor(id, Subnet.class));
    }

    /**
     * The AZ id (use1-az1) of an AZ, or of the AZ an element sits in: the AZ's own zone id, else the
     * account's mapping of its name, else null when unknown.
     */
    public static String zoneIdOf(TopologyView t, ElementId id) {
        Optional<AvailabilityZone> az = zoneOf(t, id);
        if (az.isEmpty()) {
            return null;
        }
        if (az.get().zoneId() != null && !az.get().zoneId().isEmpty()) {
            return az.get().zoneId();
        }
        return accountOf(t, az.get().id()).map(a -> a.zoneIds().get(az.get().zoneName())).orElse(null);
    }

    /** The AZ name (us-east-1a) an element sits in, or null. */
    public static String zoneNameOf(TopologyView t, ElementId id) {
        return zoneOf(t, id).map(AvailabilityZone::zoneName).orElse(null);
    }

    /** The route table a subnet uses: its explicit association, else its VPC's main table. */
    public static Optional<RouteTable> routeTableOf(TopologyView t, Subnet subnet) {
        if (subnet.routeTable() != null) {
            return t.find(subnet.routeTable(), RouteTable.class);
        }
        return vpcOf(t, subnet.id()).flatMap(vpc -> mainRouteTableOf(t, vpc.id()));
    }

    public static Optional<RouteTable> mainRouteTableOf(TopologyView t, ElementId vpc) {
        for (Element child : t.children(vpc)) {
            if (child instanceof RouteTable rt && rt.main()) {
                return Optional.of(rt);
            }
        }
        return Optional.empty();
    }

    /**
     * The network ACL a subnet uses: its explicit association, else its VPC's default ACL; empty
     * when the VPC has none modelled (an implicit default ACL that allows everything, R-NACL-2).
     */
    public static Optional<NetworkAcl> networkAclOf(TopologyView t, Subnet subnet) {
        if (subnet.networkAcl() != null) {
            return t.find(subnet.networkAcl(), NetworkAcl.class);
        }
        return vpcOf(t, subnet.id()).flatMap(vpc -> {
            for (Element child : t.children(vpc.id())) {
                if (child instanceof NetworkAcl acl && acl.defaultAcl()) {
                    return Optional.of(acl);
                }
            }
            return Optional.empty();
        });
    }
}
