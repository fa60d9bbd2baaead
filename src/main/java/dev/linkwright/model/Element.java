package dev.linkwright.model;

import java.util.List;

/**
 * One element of a design: a container (account, region, VPC, AZ, subnet, ...) or a resource.
 *
 * <p>Elements are immutable values; an edit replaces an element with a changed copy (see the
 * {@code command} package). Containment is the {@link #parent()} id; every other relation is a
 * {@link Reference} by id, so the model holds no object references between elements.
 */
public sealed interface Element permits Account, Region, Vpc, AvailabilityZone, Subnet, RouteTable,
        NetworkAcl, SecurityGroup, PrefixList, Instance, NetworkInterface, LoadBalancer, TargetGroup,
        EndpointService, InterfaceEndpoint, GatewayEndpoint, InternetGateway, NatGateway, VpnGateway,
        PeeringConnection, TransitGateway, TgwRouteTable, TgwAttachment, CustomerGateway, VpnConnection,
        DirectConnectConnection, VirtualInterface, DirectConnectGateway, AwsService, OnPremisesNetwork,
        OnPremisesHost, Internet, InternetHost {

    ElementId id();

    /** A name for people; may be empty. */
    String name();

    /** The containing element, or null at the top of the tree. */
    ElementId parent();

    ElementKind kind();

    /** The ids this element refers to (other than its parent). */
    default List<Reference> references() {
        return List.of();
    }

    /** Ids of parts owned by this element that are addressable on their own (e.g. endpoint ENIs). */
    default List<ElementId> nestedIds() {
        return List.of();
    }

    /** The name, or the id when there is no name. */
    default String label() {
        return name() == null || name().isEmpty() ? id().value() : name();
    }
}
