package dev.linkwright.diagram;

import dev.linkwright.model.Account;
import dev.linkwright.model.AvailabilityZone;
import dev.linkwright.model.AwsService;
import dev.linkwright.model.Cidr;
import dev.linkwright.model.CustomerGateway;
import dev.linkwright.model.DirectConnectConnection;
import dev.linkwright.model.Element;
import dev.linkwright.model.EndpointInterface;
import dev.linkwright.model.Instance;
import dev.linkwright.model.InterfaceEndpoint;
import dev.linkwright.model.InternetHost;
import dev.linkwright.model.Listener;
import dev.linkwright.model.LoadBalancer;
import dev.linkwright.model.NatGateway;
import dev.linkwright.model.NetworkInterface;
import dev.linkwright.model.OnPremisesHost;
import dev.linkwright.model.OnPremisesNetwork;
import dev.linkwright.model.Placement;
import dev.linkwright.model.Region;
import dev.linkwright.model.Subnet;
import dev.linkwright.model.TopologyView;
import dev.linkwright.model.VirtualInterface;
import dev.linkwright.model.Vpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The two label lines of each element: a title (its name, or its id when it has none) and a
 * lighter detail line with what a network engineer looks for first (CIDR for networks, IP address
 * for hosts and endpoints, listeners for load balancers, the id for the rest).
 */
public final class DiagramLabels {

    private static final Map<String, String> REGION_NAMES = Map.ofEntries(
            Map.entry("us-east-1", "US East (N. Virginia)"), Map.entry("us-east-2", "US East (Ohio)"),
            Map.entry("us-west-1", "US West (N. California)"), Map.entry("us-west-2", "US West (Oregon)"),
            Map.entry("ca-central-1", "Canada (Central)"), Map.entry("ca-west-1", "Canada West (Calgary)"),
            Map.entry("sa-east-1", "South America (São Paulo)"), Map.entry("eu-west-1", "Europe (Ireland)"),
            Map.entry("eu-west-2", "Europe (London)"), Map.entry("eu-west-3", "Europe (Paris)"),
            Map.entry("eu-central-1", "Europe (Frankfurt)"), Map.entry("eu-central-2", "Europe (Zurich)"),
            Map.entry("eu-north-1", "Europe (Stockholm)"), Map.entry("eu-south-1", "Europe (Milan)"),
            Map.entry("eu-south-2", "Europe (Spain)"), Map.entry("ap-south-1", "Asia Pacific (Mumbai)"),
            Map.entry("ap-south-2", "Asia Pacific (Hyderabad)"), Map.entry("ap-northeast-1", "Asia Pacific (Tokyo)"),
            Map.entry("ap-northeast-2", "Asia Pacific (Seoul)"), Map.entry("ap-northeast-3", "Asia Pacific (Osaka)"),
            Map.entry("ap-southeast-1", "Asia Pacific (Singapore)"), Map.entry("ap-southeast-2", "Asia Pacific (Sydney)"),
            Map.entry("ap-southeast-3", "Asia Pacific (Jakarta)"), Map.entry("ap-southeast-4", "Asia Pacific (Melbourne)"),
            Map.entry("ap-east-1", "Asia Pacific (Hong Kong)"), Map.entry("me-south-1", "Middle East (Bahrain)"),
            Map.entry("me-central-1", "Middle East (UAE)"), Map.entry("il-central-1", "Israel (Tel Aviv)"),
            Map.entry("af-south-1", "Africa (Cape Town)"));

    private DiagramLabels() {
    }

    /** The first label line: the element's name, or its id. */
    public static String title(Element e) {
        if (e instanceof Account a) {
            return a.name().isEmpty() ? "AWS Account" : a.name();
        }
        if (e instanceof Region r) {
            return r.name().isEmpty() ? REGION_NAMES.getOrDefault(r.code(), "Region") : r.name();
        }
        if (e instanceof AvailabilityZone az) {
            return az.name().isEmpty() ? az.zoneName() : az.name();
        }
        return e.label();
    }

    /** The second, lighter line; empty when there is nothing worth adding to the title. */
    public static String detail(TopologyView view, Element e) {
        String detail = rawDetail(view, e);
        if (detail == null || detail.equals(title(e))) {
            return "";
        }
        return detail;
    }

    private static String rawDetail(TopologyView view, Element e) {
        switch (e.kind()) {
            case ACCOUNT:
                return e.id().value();
            case REGION:
                return ((Region) e).code();
            case VPC:
                return cidrs(((Vpc) e).cidrBlocks());
            case AVAILABILITY_ZONE: {
                String zoneId = Placement.zoneIdOf(view, e.id());
                AvailabilityZone az = (AvailabilityZone) e;
                return zoneId == null ? (az.name().isEmpty() ? "" : az.zoneName())
                        : (az.name().isEmpty() ? zoneId : az.zoneName() + " · " + zoneId);
            }
            case SUBNET: {
                Subnet s = (Subnet) e;
                return s.cidr() != null ? s.cidr().toString() : String.valueOf(s.ipv6Cidr());
            }
            case INSTANCE: {
                Instance i = (Instance) e;
                return i.publicIp() == null ? String.valueOf(i.privateIp()) : i.privateIp() + " · " + i.publicIp();
            }
            case NETWORK_INTERFACE:
                return String.valueOf(((NetworkInterface) e).privateIp());
            case LOAD_BALANCER: {
                LoadBalancer lb = (LoadBalancer) e;
                return lb.nodes().isEmpty() || lb.nodes().get(0).ip() == null ? listeners(lb)
                        : replicaDetail(lb, lb.nodes().get(0).ip().toString());
            }
            case INTERFACE_ENDPOINT:
                return endpointDetail((InterfaceEndpoint) e);
            case NAT_GATEWAY: {
                NatGateway n = (NatGateway) e;
                return n.elasticIp() != null ? n.elasticIp().toString() : n.privateIp() != null ? n.privateIp().toString() : e.id().value();
            }
            case CUSTOMER_GATEWAY:
                return String.valueOf(((CustomerGateway) e).ip());
            case DX_CONNECTION: {
                DirectConnectConnection dx = (DirectConnectConnection) e;
                List<String> parts = new ArrayList<>();
                if (dx.location() != null && !dx.location().isEmpty()) {
                    parts.add(dx.location());
                }
                if (dx.bandwidth() != null && !dx.bandwidth().isEmpty()) {
                    parts.add(dx.bandwidth());
                }
                return parts.isEmpty() ? e.id().value() : String.join(" · ", parts);
            }
            case VIRTUAL_INTERFACE: {
                VirtualInterface vif = (VirtualInterface) e;
                String type = vif.type() == null ? "" : vif.type().wire() + " VIF";
                return vif.vlan() == null ? type : type + " · VLAN " + vif.vlan();
            }
            case AWS_SERVICE:
                return ((AwsService) e).serviceName();
            case ON_PREMISES_NETWORK:
                return cidrs(((OnPremisesNetwork) e).cidrs());
            case ON_PREMISES_HOST:
                return String.valueOf(((OnPremisesHost) e).ip());
            case INTERNET_HOST:
                return String.valueOf(((InternetHost) e).ip());
            case INTERNET:
                return "";
            default:
                return e.id().value();
        }
    }

    /**
     * The detail line of a replica (a further node of a load balancer, a further network interface
     * of an endpoint) at {@code address}.
     */
    public static String replicaDetail(Element e, String address) {
        if (e instanceof LoadBalancer lb) {
            String listeners = listeners(lb);
            boolean hasListeners = !lb.listeners().isEmpty();
            return address == null ? listeners : hasListeners ? listeners + " · " + address : address;
        }
        return address == null ? e.id().value() : address;
    }

    /** The friendly name of a Region code ("US East (N. Virginia)"), or null when unknown. */
    public static String regionName(String code) {
        return REGION_NAMES.get(code);
    }

    private static String cidrs(List<Cidr> cidrs) {
        List<String> parts = new ArrayList<>();
        for (Cidr c : cidrs) {
            parts.add(c.toString());
        }
        return String.join(", ", parts);
    }

    private static String listeners(LoadBalancer lb) {
        List<String> parts = new ArrayList<>();
        for (Listener l : lb.listeners()) {
            parts.add(l.protocol().wire() + " " + l.port());
        }
        return parts.isEmpty() ? lb.id().value() : String.join(", ", parts);
    }

    private static String endpointDetail(InterfaceEndpoint ep) {
        for (EndpointInterface i : ep.interfaces()) {
            if (i.ip() != null) {
                return i.ip().toString();
            }
        }
        return ep.id().value();
    }
}
