package dev.linkwright.diagram;

import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.ElementKind;
import dev.linkwright.model.EndpointInterface;
import dev.linkwright.model.InterfaceEndpoint;
import dev.linkwright.model.InternetGateway;
import dev.linkwright.model.LoadBalancer;
import dev.linkwright.model.LoadBalancerNode;
import dev.linkwright.model.Route;
import dev.linkwright.model.RouteTable;
import dev.linkwright.model.Subnet;
import dev.linkwright.model.TopologyView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tree the diagram draws, built in one pass over a topology: each element's diagram container
 * (its parent, except load balancers and interface endpoints, drawn in their first subnet), the
 * children of each container in drawing order, the replicas (the other subnets a load balancer or
 * endpoint also has a node or network interface in) and which subnets are public.
 */
final class DiagramTree {

    private final TopologyView view;
    private final List<Element> roots = new ArrayList<>();
    private final Map<ElementId, List<Element>> children = new HashMap<>();
    private final Map<ElementId, ElementId> containers = new HashMap<>();
    private final Set<ElementId> publicSubnets = new HashSet<>();
    private final Map<ElementId, List<Replica>> replicasBySubnet = new HashMap<>();
    private final Map<ElementId, List<Replica>> replicasByElement = new HashMap<>();

    /**
     * A further place an element is drawn: load balancer node {@code index} or endpoint network
     * interface {@code index} (1 for the second subnet, ...), in {@code subnet}, with its address.
     */
    record Replica(Element element, int index, ElementId subnet, String address) {
    }

    DiagramTree(TopologyView view) {
        this.view = view;
        List<Element> all = view.elements();
        findPublicSubnets(all);
        for (Element e : all) {
            ElementId container = diagramContainer(e);
            if (container == null) {
                roots.add(e);
            } else {
                containers.put(e.id(), container);
                children.computeIfAbsent(container, k -> new ArrayList<>()).add(e);
            }
        }
        for (Element e : all) {
            findReplicas(e);
        }
        for (Map.Entry<ElementId, List<Element>> entry : children.entrySet()) {
            Element container = view.get(entry.getKey());
            if (container.kind() == ElementKind.AVAILABILITY_ZONE) {
                entry.getValue().sort(Comparator.comparing(s -> publicSubnets.contains(s.id()) ? 0 : 1));
            } else if (container.kind() == ElementKind.SUBNET) {
                entry.getValue().sort(Comparator.comparing(DiagramTree::subnetOrder));
            }
        }
    }

    TopologyView view() {
        return view;
    }

    /** Top-level elements in document order. */
    List<Element> roots() {
        return roots;
    }

    /** What the diagram draws inside {@code id}, in drawing order. */
    List<Element> children(ElementId id) {
        return children.getOrDefault(id, List.of());
    }

    /** The element whose box holds {@code id} on the diagram, or null at the top. */
    ElementId container(ElementId id) {
        return containers.get(id);
    }

    /** The replicas drawn in {@code subnet}. */
    List<Replica> replicasIn(ElementId subnet) {
        return replicasBySubnet.getOrDefault(subnet, List.of());
    }

    /** The replicas of {@code element}, in index order. */
    List<Replica> replicasOf(ElementId element) {
        return replicasByElement.getOrDefault(element, List.of());
    }

    /** Sorts the items drawn in a subnet: load balancers first (traffic enters there), endpoints last. */
    static int subnetOrder(ElementKind kind) {
        if (kind == ElementKind.LOAD_BALANCER) {
            return 0;
        }
        return kind == ElementKind.INTERFACE_ENDPOINT ? 2 : 1;
    }

    boolean isPublicSubnet(ElementId id) {
        return publicSubnets.contains(id);
    }

    static NodeShape shapeOf(ElementKind kind) {
        switch (kind) {
            case ROUTE_TABLE: case TGW_ROUTE_TABLE: case NETWORK_ACL: case SECURITY_GROUP: case TARGET_GROUP:
            case PREFIX_LIST:
                return NodeShape.CHIP;
            case DX_CONNECTION:
                return NodeShape.GROUP;
            default:
                return kind.isContainer() ? NodeShape.GROUP : NodeShape.ICON;
        }
    }

    private static int subnetOrder(Element e) {
        return subnetOrder(e.kind());
    }

    /** Each further subnet (in the element's own VPC) a load balancer or endpoint sits in. */
    private void findReplicas(Element e) {
        List<ElementId> subnets = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        if (e instanceof LoadBalancer lb) {
            for (LoadBalancerNode node : lb.nodes()) {
                subnets.add(node.subnet());
                addresses.add(node.ip() == null ? null : node.ip().toString());
            }
        } else if (e instanceof InterfaceEndpoint ep) {
            for (EndpointInterface i : ep.interfaces()) {
                subnets.add(i.subnet());
                addresses.add(i.ip() == null ? null : i.ip().toString());
            }
        } else {
            return;
        }
        ElementId drawnIn = containers.get(e.id());
        Set<ElementId> seen = new HashSet<>();
        seen.add(drawnIn);
        int index = 0;
        for (int i = 0; i < subnets.size(); i++) {
            ElementId subnet = subnets.get(i);
            if (!seen.add(subnet) || !isSubnetOf(subnet, e.parent())) {
                continue;
            }
            Replica r = new Replica(e, ++index, subnet, addresses.get(i));
            replicasBySubnet.computeIfAbsent(subnet, k -> new ArrayList<>()).add(r);
            replicasByElement.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(r);
        }
    }

    private ElementId diagramContainer(Element e) {
        ElementId parent = e.parent();
        if (parent == null || !view.contains(parent)) {
            return null;
        }
        if (e instanceof LoadBalancer lb) {
            for (LoadBalancerNode node : lb.nodes()) {
                if (isSubnetOf(node.subnet(), parent)) {
                    return node.subnet();
                }
            }
        } else if (e instanceof InterfaceEndpoint ep) {
            for (EndpointInterface i : ep.interfaces()) {
                if (isSubnetOf(i.subnet(), parent)) {
                    return i.subnet();
                }
            }
        }
        return parent;
    }

    private boolean isSubnetOf(ElementId subnet, ElementId vpc) {
        return view.find(subnet, Subnet.class).map(s -> vpc.equals(vpcOf(s))).orElse(false);
    }

    private ElementId vpcOf(Subnet s) {
        if (s.parent() == null) {
            return null;
        }
        return view.find(s.parent()).map(Element::parent).orElse(null);
    }

    /** A subnet is public when its route table has a route to an internet gateway (R-RT-9). */
    private void findPublicSubnets(List<Element> all) {
        Set<ElementId> internetGateways = new HashSet<>();
        Map<ElementId, RouteTable> mainTables = new HashMap<>();
        List<Subnet> subnets = new ArrayList<>();
        for (Element e : all) {
            if (e instanceof InternetGateway) {
                internetGateways.add(e.id());
            } else if (e instanceof RouteTable rt && rt.main()) {
                mainTables.putIfAbsent(rt.parent(), rt);
            } else if (e instanceof Subnet s) {
                subnets.add(s);
            }
        }
        if (internetGateways.isEmpty()) {
            return;
        }
        for (Subnet s : subnets) {
            RouteTable rt = s.routeTable() != null ? view.find(s.routeTable(), RouteTable.class).orElse(null)
                    : mainTables.get(vpcOf(s));
            if (rt == null) {
                continue;
            }
            for (Route r : rt.routes()) {
                if (r.target() != null && internetGateways.contains(r.target())) {
                    publicSubnets.add(s.id());
                    break;
                }
            }
        }
    }
}
