package dev.linkwright.edit;

import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.ElementKind;
import dev.linkwright.model.PeeringConnection;
import dev.linkwright.model.Placement;
import dev.linkwright.model.Region;
import dev.linkwright.model.TgwAttachment;
import dev.linkwright.model.TopologyView;
import dev.linkwright.model.TransitGateway;
import dev.linkwright.model.Vpc;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which elements a reference field may name: a subnet's route table is a route table of the same
 * VPC, a route's target a gateway, peering connection, interface or instance the VPC can use, a VPN
 * connection's gateway a virtual private gateway or transit gateway. The inspector offers these as
 * choices, so a reference cannot be set to something AWS would refuse.
 */
public final class ReferenceTargets {

    /** How far from the owning element candidates are looked for. */
    enum Scope { ANYWHERE, SAME_VPC, SAME_REGION, OWNER_CHILDREN, OWNER_SIBLINGS }

    private record Rule(Set<ElementKind> kinds, Scope scope) {
    }

    private static final Map<String, Rule> RULES = new HashMap<>();

    static {
        rule("Subnet.routeTable", Scope.SAME_VPC, ElementKind.ROUTE_TABLE);
        rule("Subnet.networkAcl", Scope.SAME_VPC, ElementKind.NETWORK_ACL);
        for (String owner : List.of("Instance", "NetworkInterface", "LoadBalancer", "InterfaceEndpoint")) {
            rule(owner + ".securityGroups", Scope.SAME_VPC, ElementKind.SECURITY_GROUP);
        }
        rule("NetworkInterface.attachedInstance", Scope.SAME_VPC, ElementKind.INSTANCE);
        rule("EndpointService.loadBalancers", Scope.SAME_REGION, ElementKind.LOAD_BALANCER);
        rule("InterfaceEndpoint.service", Scope.ANYWHERE, ElementKind.ENDPOINT_SERVICE);
        rule("GatewayEndpoint.prefixList", Scope.ANYWHERE, ElementKind.PREFIX_LIST);
        rule("GatewayEndpoint.routeTables", Scope.SAME_VPC, ElementKind.ROUTE_TABLE);
        rule("PeeringConnection.requesterVpc", Scope.ANYWHERE, ElementKind.VPC);
        rule("PeeringConnection.accepterVpc", Scope.ANYWHERE, ElementKind.VPC);
        rule("TransitGateway.associationDefaultRouteTable", Scope.OWNER_CHILDREN, ElementKind.TGW_ROUTE_TABLE);
        rule("TransitGateway.propagationDefaultRouteTable", Scope.OWNER_CHILDREN, ElementKind.TGW_ROUTE_TABLE);
        rule("TgwAttachment.resource", Scope.ANYWHERE, ElementKind.VPC, ElementKind.VPN_CONNECTION, ElementKind.DX_GATEWAY,
                ElementKind.TRANSIT_GATEWAY);
        rule("TgwAttachment.subnets", Scope.ANYWHERE, ElementKind.SUBNET);
        rule("TgwAttachment.association", Scope.OWNER_SIBLINGS, ElementKind.TGW_ROUTE_TABLE);
        rule("TgwAttachment.propagations", Scope.OWNER_SIBLINGS, ElementKind.TGW_ROUTE_TABLE);
        rule("CustomerGateway.network", Scope.ANYWHERE, ElementKind.ON_PREMISES_NETWORK);
        rule("VpnConnection.gateway", Scope.SAME_REGION, ElementKind.VPN_GATEWAY, ElementKind.TRANSIT_GATEWAY);
        rule("VpnConnection.customerGateway", Scope.SAME_REGION, ElementKind.CUSTOMER_GATEWAY);
        rule("VirtualInterface.gateway", Scope.ANYWHERE, ElementKind.VPN_GATEWAY, ElementKind.DX_GATEWAY);
        rule("VirtualInterface.network", Scope.ANYWHERE, ElementKind.ON_PREMISES_NETWORK);
        rule("RouteTable.propagatingGateways", Scope.SAME_VPC, ElementKind.VPN_GATEWAY);
        rule("AwsService.prefixList", Scope.ANYWHERE, ElementKind.PREFIX_LIST);
        // fields of nested values: the owner is the element holding them
        rule("Route.target", Scope.ANYWHERE, ElementKind.INTERNET_GATEWAY, ElementKind.NAT_GATEWAY,
                ElementKind.PEERING_CONNECTION, ElementKind.TRANSIT_GATEWAY, ElementKind.VPN_GATEWAY, ElementKind.GATEWAY_ENDPOINT,
                ElementKind.NETWORK_INTERFACE, ElementKind.INSTANCE, ElementKind.INTERFACE_ENDPOINT);
        rule("Route.destinationPrefixList", Scope.ANYWHERE, ElementKind.PREFIX_LIST);
        rule("SecurityGroupRule.securityGroup", Scope.ANYWHERE, ElementKind.SECURITY_GROUP);
        rule("SecurityGroupRule.prefixList", Scope.ANYWHERE, ElementKind.PREFIX_LIST);
        rule("Listener.targetGroup", Scope.SAME_VPC, ElementKind.TARGET_GROUP);
        rule("Target.instance", Scope.SAME_VPC, ElementKind.INSTANCE);
        rule("LoadBalancerNode.subnet", Scope.SAME_VPC, ElementKind.SUBNET);
        rule("EndpointInterface.subnet", Scope.SAME_VPC, ElementKind.SUBNET);
        rule("TgwRoute.attachment", Scope.OWNER_SIBLINGS, ElementKind.TGW_ATTACHMENT);
        rule("TgwRoute.prefixList", Scope.ANYWHERE, ElementKind.PREFIX_LIST);
        rule("DirectConnectGatewayAssociation.gateway", Scope.ANYWHERE, ElementKind.VPN_GATEWAY, ElementKind.TRANSIT_GATEWAY);
        rule("OnPremisesRoute.via", Scope.ANYWHERE, ElementKind.VPN_CONNECTION, ElementKind.VIRTUAL_INTERFACE);
        rule("OnPremisesRoute.destinationPrefixList", Scope.ANYWHERE, ElementKind.PREFIX_LIST);
    }

    private static void rule(String key, Scope scope, ElementKind first, ElementKind... rest) {
        RULES.put(key, new Rule(EnumSet.of(first, rest), scope));
    }

    private ReferenceTargets() {
    }

    /** A route of a VPC's table may send traffic to the VPC's gateways and interfaces, its peerings, and transit gateways of its Region. */
    private static boolean routeTargetInScope(TopologyView t, ElementId vpc, Element e) {
        if (vpc == null) {
            return true;
        }
        if (e instanceof PeeringConnection p) {
            return p.peerOf(vpc) != null;
        }
        if (e instanceof TransitGateway) {
            return Objects.equals(Placement.regionCodeOf(t, vpc), Placement.regionCodeOf(t, e.id()));
        }
        return vpc.equals(Placement.vpcOf(t, e.id()).map(Vpc::id).orElse(null));
    }

    /** True when field {@code field} of {@code recordType} names other elements. */
    public static boolean isReference(Class<?> recordType, String field) {
        return RULES.containsKey(recordType.getSimpleName() + "." + field);
    }

    /** The kinds field {@code field} of {@code recordType} may name; all kinds when not known. */
    public static Set<ElementKind> kinds(Class<?> recordType, String field) {
        Rule r = RULES.get(recordType.getSimpleName() + "." + field);
        return r == null ? EnumSet.allOf(ElementKind.class) : r.kinds();
    }

    /**
     * The elements field {@code field} of a {@code recordType} held by {@code owner} may name, in
     * document order.
     */
    public static List<ElementId> candidates(TopologyView t, Element owner, Class<?> recordType, String field) {
        Rule r = RULES.get(recordType.getSimpleName() + "." + field);
        if (r == null) {
            return List.of();
        }
        List<ElementId> out = new ArrayList<>();
        ElementId ownerVpc = Placement.vpcOf(t, owner.id()).map(Vpc::id).orElse(null);
        ElementId ownerRegion = Placement.regionOf(t, owner.id()).map(Region::id).orElse(null);
        if (owner instanceof TgwAttachment at && field.equals("subnets") && t.contains(at.resource())) {
            ownerVpc = at.resource();
        }
        for (Element e : t.elements()) {
            if (!r.kinds().contains(e.kind()) || e.id().equals(owner.id())) {
                continue;
            }
            boolean inScope;
            switch (r.scope()) {
                case SAME_VPC:
                    inScope = ownerVpc == null || Objects.equals(ownerVpc, Placement.vpcOf(t, e.id()).map(Vpc::id).orElse(null));
                    break;
                case SAME_REGION:
                    inScope = ownerRegion == null || Objects.equals(Placement.regionCodeOf(t, owner.id()), Placement.regionCodeOf(t, e.id()));
                    break;
                case OWNER_CHILDREN:
                    inScope = owner.id().equals(e.parent());
                    break;
                case OWNER_SIBLINGS:
                    inScope = Objects.equals(owner.parent(), e.parent()) || owner.id().equals(e.parent());
                    break;
                default:
                    inScope = true;
                    break;
            }
            if (recordType.getSimpleName().equals("Route") && field.equals("target")) {
                inScope = routeTargetInScope(t, ownerVpc, e);
            }
            if (owner instanceof TgwAttachment at && field.equals("subnets")) {
                inScope = Placement.vpcOf(t, e.id()).map(Vpc::id).map(v -> v.equals(at.resource())).orElse(false);
            }
            if (inScope) {
                out.add(e.id());
            }
        }
        return out;
    }
}
