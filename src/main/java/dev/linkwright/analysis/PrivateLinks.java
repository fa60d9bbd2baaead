package dev.linkwright.analysis;

import dev.linkwright.model.AwsService;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.ElementKind;
import dev.linkwright.model.EndpointService;
import dev.linkwright.model.EndpointState;
import dev.linkwright.model.InterfaceEndpoint;
import dev.linkwright.model.Placement;
import dev.linkwright.model.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * PrivateLink, consumer side (R-IEP-*, R-PL-*): a packet delivered to an interface endpoint's
 * interface is checked against the endpoint (state, protocol, Region, principal, AZ id) and handed
 * to the endpoint service's load balancer in the same AZ, or to the AWS service the endpoint
 * serves. The load balancer part is {@link LoadBalancing}.
 */
final class PrivateLinks {

    /** AZ ids where cross-Region PrivateLink is not offered (R-PL-12). */
    private static final Set<String> NO_CROSS_REGION_AZS = Set.of("use1-az3", "usw1-az2", "apne1-az3", "apne2-az2", "apne2-az4");

    private final Walk w;
    private final LoadBalancing lb;

    PrivateLinks(Walk w) {
        this.w = w;
        this.lb = new LoadBalancing(w);
    }

    LoadBalancing loadBalancing() {
        return lb;
    }

    /** A packet delivered to endpoint interface {@code eni}: through the endpoint to the service. */
    Decision throughEndpoint(Iface eni, Flow f) {
        InterfaceEndpoint ep = (InterfaceEndpoint) eni.owner;
        Packet p = f.packet();
        w.open(ep.id(), ElementKind.INTERFACE_ENDPOINT);
        EndpointService svc = ep.service() == null ? null : w.index.view.find(ep.service(), EndpointService.class).orElse(null);
        checkState(ep, svc, p);
        privateDnsAdvisory(ep, svc, eni, f);
        if (!protocolAllowed(ep, p)) {
            return Decision.stop();
        }
        if (ep.service() == null) {
            return toAwsService(ep, f);
        }
        if (svc == null) {
            w.fail(StepAction.ENDPOINT_CHECK, ep.id(), p, new Walk.Block(ep.id(), "UNKNOWN_RESOURCE", null, "R-PL-1",
                    Disposition.NEIGHBOR_UNREACHABLE, "Endpoint service " + ep.service() + " of " + ep.id() + " is not in the design."));
            return Decision.stop();
        }
        int region = regionCheck(ep, eni, svc, p);
        if (region < 0) {
            return Decision.stop();
        }
        boolean crossRegion = region > 0;
        if (!crossRegion && !serviceInAz(ep, eni, svc, p)) {
            return Decision.stop();
        }
        w.pass(StepAction.ENDPOINT_CHECK, ep.id(), "Endpoint " + ep.id() + " connects to " + svc.id() + (crossRegion ? " across Regions"
                : " in " + eni.azId() + ", a service AZ (compared by AZ id, R-PL-3)") + ".", p);
        return lb.privateLinkHandoff(ep, eni, svc, f, crossRegion);
    }

    /**
     * R-PL-13: a client outside the endpoint's VPC (peer, transit gateway, on-premises) reaches the
     * endpoint by address, but its private DNS name would not resolve there.
     */
    private void privateDnsAdvisory(InterfaceEndpoint ep, EndpointService svc, Iface eni, Flow f) {
        boolean named = ep.privateDns() && (svc == null || svc.privateDnsName() != null);
        boolean outside = f.entry() != Flow.Entry.ORIGIN || !eni.vpc().id().equals(f.sourceVpc());
        if (named && outside) {
            String name = svc != null ? svc.privateDnsName() : DnsNames.defaultName(ep.serviceName());
            w.run.advise("X_PRIVATE_DNS_NOT_RESOLVABLE", ep.id(), "This client reaches " + ep.id() + " by address; the private DNS"
                    + " name " + name + " would not resolve for it, because private DNS is served only inside " + eni.vpc()
                    + " (use a private hosted zone or a Route 53 Resolver inbound endpoint, R-PL-13).");
        }
    }

    /** R-PL-5, R-PL-6: only an Available endpoint carries traffic; a request not yet made would be decided now. */
    private void checkState(InterfaceEndpoint ep, EndpointService svc, Packet p) {
        EndpointState st = ep.state();
        if (st == EndpointState.AVAILABLE) {
            String note = svc != null && !principalAllowed(ep, svc) ? " The service no longer allows its principal, but an accepted"
                    + " connection keeps working (R-PL-4)." : "";
            w.pass(StepAction.STATE_CHECK, ep.id(), "Endpoint " + ep.id() + " is Available." + note, p);
            return;
        }
        if (st == EndpointState.REQUESTED && svc != null) {
            if (!principalAllowed(ep, svc)) {
                w.fail(StepAction.STATE_CHECK, ep.id(), p, new Walk.Block(ep.id(), "E_VPCE_PRINCIPAL_NOT_ALLOWED", null, "R-PL-4",
                        Disposition.NEIGHBOR_UNREACHABLE, "Endpoint service " + svc.id() + " does not allow principal "
                        + principalOf(ep) + ", so the endpoint cannot be created."));
                return;
            }
            if (!svc.effectiveAcceptanceRequired()) {
                w.pass(StepAction.STATE_CHECK, ep.id(), "The request would be accepted automatically (acceptance not required).", p);
                return;
            }
            st = EndpointState.PENDING_ACCEPTANCE;
        }
        String detail = "X_VPCE_STATE_" + st.wire();
        w.fail(StepAction.STATE_CHECK, ep.id(), p, new Walk.Block(ep.id(), "BAD_STATE", detail, st == EndpointState.PENDING_ACCEPTANCE
                ? "R-PL-5" : "R-PL-6", Disposition.NEIGHBOR_UNREACHABLE, "Endpoint " + ep.id() + " is " + st.wire()
                + (st == EndpointState.PENDING_ACCEPTANCE ? ": the provider has not accepted the connection request yet" : "")
                + "; only an Available endpoint carries traffic."));
    }

    private boolean principalAllowed(InterfaceEndpoint ep, EndpointService svc) {
        String principal = principalOf(ep);
        String account = accountOf(ep);
        for (String allowed : svc.allowedPrincipals()) {
            String a = allowed.trim();
            if (a.equals("*") || a.equals(principal) || a.equals(account)
                    || (account != null && a.equals("arn:aws:iam::" + account + ":root") && principal.contains(":" + account + ":"))) {
                return true;
            }
        }
        return false;
    }

    private String principalOf(InterfaceEndpoint ep) {
        if (ep.requesterPrincipal() != null) {
            return ep.requesterPrincipal();
        }
        String account = accountOf(ep);
        return "arn:aws:iam::" + account + ":root";
    }

    private String accountOf(InterfaceEndpoint ep) {
        VpcFacts vpc = w.index.vpcs.get(ep.parent());
        return vpc != null ? vpc.account : Placement.accountOf(w.index.view, ep.id()).map(a -> a.id().value()).orElse(null);
    }

    /** R-PL-10: TCP only in 2020 and for AWS services; ICMP never; otherwise the listener decides. */
    private boolean protocolAllowed(InterfaceEndpoint ep, Packet p) {
        Protocol proto = p.protocol();
        String why = null;
        if (proto == Protocol.ICMP || proto == Protocol.ALL) {
            why = "interface endpoints carry TCP (and, since 2024, UDP for endpoint services), not " + proto.label();
        } else if (w.run.legacy() && proto != Protocol.TCP) {
            why = "in 2020 an interface endpoint supported TCP traffic only";
        } else if (ep.service() == null && proto != Protocol.TCP) {
            why = "endpoints for AWS services carry the service's API over TCP";
        }
        if (why == null) {
            return true;
        }
        w.fail(StepAction.ENDPOINT_CHECK, ep.id(), p, new Walk.Block(ep.id(), "PROTOCOL_RESTRICTION", null, "R-PL-10",
                Disposition.DENIED_IN, "Endpoint " + ep.id() + " does not carry " + proto.label() + ": " + why + "."));
        return false;
    }

    /**
     * R-PL-11, R-PL-12: same Region in 2020; across Regions only to a supported Region and AZ since
     * Nov 2024. Returns 0 for the same Region, 1 for a working cross-Region endpoint, -1 when blocked.
     */
    private int regionCheck(InterfaceEndpoint ep, Iface eni, EndpointService svc, Packet p) {
        String mine = eni.vpc().region;
        String theirs = w.index.regionOf(svc.id());
        if (mine == null || theirs == null || mine.equals(theirs)) {
            return 0;
        }
        String code = null;
        String why = null;
        if (w.run.legacy()) {
            code = "E_CROSS_REGION_ENDPOINT_UNSUPPORTED";
            why = "in 2020 endpoints were supported within the same Region only";
        } else if (!svc.supportedRegions().contains(mine)) {
            code = "E_VPCE_SERVICE_REGION_NOT_SUPPORTED";
            why = "the service (in " + theirs + ") does not list " + mine + " among its supported Regions";
        } else if (eni.azId() != null && NO_CROSS_REGION_AZS.contains(eni.azId())) {
            code = "E_CROSS_REGION_AZ_UNSUPPORTED";
            why = "cross-Region PrivateLink is not offered in AZ " + eni.azId();
        }
        if (code != null) {
            w.fail(StepAction.ENDPOINT_CHECK, ep.id(), p, new Walk.Block(ep.id(), code, null, w.run.legacy() ? "R-PL-11" : "R-PL-12",
                    Disposition.NEIGHBOR_UNREACHABLE, "Endpoint " + ep.id() + " in " + mine + " cannot use " + svc.id() + ": " + why + "."));
            return -1;
        }
        return 1;
    }

    /** R-PL-3: the endpoint interface's AZ must be a service AZ, compared by AZ id. */
    private boolean serviceInAz(InterfaceEndpoint ep, Iface eni, EndpointService svc, Packet p) {
        List<String> zones = serviceZones(svc);
        if (eni.azId() == null || zones.contains(eni.azId())) {
            // an AZ without a known AZ id cannot be compared: the design does not say, so do not block
            return true;
        }
        w.fail(StepAction.ENDPOINT_CHECK, eni.subnet.id(), p, new Walk.Block(ep.id(), "VPCE_SERVICE_NOT_INSTALLED_IN_AZ", null, "R-PL-3",
                Disposition.NEIGHBOR_UNREACHABLE, "Endpoint " + ep.id() + "'s interface is in subnet " + eni.subnet + " ("
                + eni.subnet.azName + " = " + eni.azId() + "), but service " + svc.id() + " is only available in " + zones
                + " (AZs are compared by AZ id, not name)."));
        return false;
    }

    /** The service's AZ ids: as configured, else the AZs of its load balancers' nodes (R-PL-2). */
    List<String> serviceZones(EndpointService svc) {
        if (svc.zoneIds() != null) {
            return svc.zoneIds();
        }
        List<String> zones = new ArrayList<>();
        for (ElementId lbId : svc.loadBalancers()) {
            for (Iface node : w.index.nodesByLoadBalancer.getOrDefault(lbId, List.of())) {
                if (node.azId() != null && !zones.contains(node.azId())) {
                    zones.add(node.azId());
                }
            }
        }
        return zones;
    }

    /** An endpoint for an AWS service (SQS, S3 interface endpoint, ...): the service itself answers. */
    private Decision toAwsService(InterfaceEndpoint ep, Flow f) {
        AwsService svc = null;
        for (AwsService s : w.index.services) {
            if (s.serviceName().equalsIgnoreCase(ep.serviceName())) {
                svc = s;
                break;
            }
        }
        ElementId id = svc != null ? svc.id() : ElementId.of(ep.serviceName().replace(' ', '-'));
        w.pass(StepAction.PRIVATELINK_HANDOFF, ep.id(), "Endpoint " + ep.id() + " hands the connection to " + ep.serviceName() + ".",
                f.packet());
        if (ep.policy() != null && restrictivePolicy(ep.policy())) {
            w.run.advise("X_ENDPOINT_POLICY_ADVISORY", ep.id(), "Endpoint " + ep.id() + " has an endpoint policy; " + ep.serviceName()
                    + " evaluates it per request, so some actions may be denied although the network path works (R-EV-5).");
        }
        w.open(id, ElementKind.AWS_SERVICE);
        w.pass(StepAction.DELIVERED, id, ep.serviceName() + " receives the request.", f.packet());
        return Decision.deliverThrough(Disposition.ACCEPTED, new Segment.Relay(List.of(
                new Segment.ReplyHop(id, ElementKind.AWS_SERVICE, StepAction.PRIVATELINK_HANDOFF, "The service answers through the endpoint."),
                new Segment.ReplyHop(ep.id(), ElementKind.INTERFACE_ENDPOINT, StepAction.PRIVATELINK_HANDOFF,
                        "The endpoint returns the reply from its interface."))));
    }

    /** True unless the policy is the default "allow everything" (R-PL-14). */
    static boolean restrictivePolicy(String policy) {
        String s = policy.replaceAll("\\s", "").toLowerCase(Locale.ROOT);
        boolean fullAllow = s.contains("\"effect\":\"allow\"") && (s.contains("\"action\":\"*\"") || s.contains("\"action\":[\"*\"]"))
                && (s.contains("\"resource\":\"*\"") || s.contains("\"resource\":[\"*\"]"));
        return s.contains("\"deny\"") || !fullAllow;
    }
}
