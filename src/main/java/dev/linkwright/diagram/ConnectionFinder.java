package dev.linkwright.diagram;

import dev.linkwright.model.AttachmentType;
import dev.linkwright.model.AwsService;
import dev.linkwright.model.CustomerGateway;
import dev.linkwright.model.DirectConnectGateway;
import dev.linkwright.model.DirectConnectGatewayAssociation;
import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.EndpointService;
import dev.linkwright.model.GatewayEndpoint;
import dev.linkwright.model.InterfaceEndpoint;
import dev.linkwright.model.Internet;
import dev.linkwright.model.InternetGateway;
import dev.linkwright.model.Listener;
import dev.linkwright.model.LoadBalancer;
import dev.linkwright.model.PeeringConnection;
import dev.linkwright.model.Target;
import dev.linkwright.model.TargetGroup;
import dev.linkwright.model.TgwAttachment;
import dev.linkwright.model.TopologyView;
import dev.linkwright.model.TransitGateway;
import dev.linkwright.model.VirtualInterface;
import dev.linkwright.model.VpnConnection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the lines a diagram draws, from the references between elements, in one pass: peering,
 * transit gateway attachments, VPN, customer gateway to on-premises, Direct Connect, PrivateLink,
 * endpoint service to load balancer, load balancer to targets, gateway endpoints and internet
 * gateways.
 */
final class ConnectionFinder {

    /** A line before routing: kind, the element it stands for, and its two ends. */
    record Link(ConnectionKind kind, ElementId element, ElementId from, ElementId to) {
        String key() {
            return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + from + "->" + to;
        }
    }

    private final TopologyView view;
    private final Map<String, Link> links = new LinkedHashMap<>();

    ConnectionFinder(TopologyView view) {
        this.view = view;
    }

    List<Link> find() {
        List<Element> all = view.elements();
        Set<ElementId> attachedResources = new HashSet<>();
        Map<String, ElementId> awsServicesByName = new HashMap<>();
        ElementId internet = null;
        for (Element e : all) {
            if (e instanceof TgwAttachment a && a.resource() != null) {
                attachedResources.add(a.resource());
            } else if (e instanceof AwsService s && s.serviceName() != null) {
                awsServicesByName.putIfAbsent(s.serviceName(), s.id());
            } else if (e instanceof Internet) {
                internet = e.id();
            }
        }
        for (Element e : all) {
            if (e instanceof PeeringConnection p) {
                add(ConnectionKind.PEERING, p.id(), p.requesterVpc(), p.id());
                add(ConnectionKind.PEERING, p.id(), p.id(), p.accepterVpc());
            } else if (e instanceof TgwAttachment a) {
                if (a.resource() != null && !(a.type() == AttachmentType.PEERING && attachedResources.contains(a.id())
                        && a.resource().compareTo(a.id()) > 0)) {
                    add(ConnectionKind.TGW_ATTACHMENT, a.id(), a.id(), a.resource());
                }
            } else if (e instanceof VpnConnection v) {
                boolean viaAttachment = attachedResources.contains(v.id()) && isTransitGateway(v.gateway());
                if (!viaAttachment) {
                    add(ConnectionKind.VPN, v.id(), v.gateway(), v.id());
                }
                add(ConnectionKind.VPN, v.id(), v.id(), v.customerGateway());
            } else if (e instanceof CustomerGateway c && c.network() != null) {
                add(ConnectionKind.CUSTOMER_NETWORK, c.id(), c.id(), c.network());
            } else if (e instanceof VirtualInterface vif) {
                add(ConnectionKind.DIRECT_CONNECT, vif.id(), vif.network(), vif.id());
                add(ConnectionKind.DIRECT_CONNECT, vif.id(), vif.id(), vif.gateway());
            } else if (e instanceof DirectConnectGateway dxgw) {
                for (DirectConnectGatewayAssociation a : dxgw.associations()) {
                    boolean viaAttachment = attachedResources.contains(dxgw.id()) && isTransitGateway(a.gateway());
                    if (!viaAttachment) {
                        add(ConnectionKind.DX_GATEWAY_ASSOCIATION, dxgw.id(), dxgw.id(), a.gateway());
                    }
                }
            } else if (e instanceof InterfaceEndpoint ep) {
                ElementId target = ep.service() != null ? ep.service() : awsServicesByName.get(ep.serviceName());
                add(ConnectionKind.PRIVATELINK, ep.id(), ep.id(), target);
            } else if (e instanceof EndpointService svc) {
                for (ElementId lb : svc.loadBalancers()) {
                    add(ConnectionKind.SERVICE_LOAD_BALANCER, svc.id(), svc.id(), lb);
                }
            } else if (e instanceof LoadBalancer lb) {
                for (Listener l : lb.listeners()) {
                    view.find(l.targetGroup(), TargetGroup.class).ifPresent(tg -> {
                        for (Target t : tg.targets()) {
                            add(ConnectionKind.LOAD_BALANCER_TARGET, lb.id(), lb.id(), t.instance());
                        }
                    });
                }
            } else if (e instanceof GatewayEndpoint gw) {
                add(ConnectionKind.GATEWAY_ENDPOINT, gw.id(), gw.id(), awsServicesByName.get(gw.serviceName()));
            } else if (e instanceof InternetGateway igw && internet != null) {
                add(ConnectionKind.INTERNET, igw.id(), igw.id(), internet);
            }
        }
        return new ArrayList<>(links.values());
    }

    private boolean isTransitGateway(ElementId id) {
        return view.find(id, TransitGateway.class).isPresent();
    }

    private void add(ConnectionKind kind, ElementId element, ElementId from, ElementId to) {
        if (from == null || to == null || from.equals(to) || !view.contains(from) || !view.contains(to)) {
            return;
        }
        Link link = new Link(kind, element, from, to);
        links.putIfAbsent(link.key(), link);
    }
}
