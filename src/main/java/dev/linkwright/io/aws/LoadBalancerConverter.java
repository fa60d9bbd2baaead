package dev.linkwright.io.aws;

import dev.linkwright.model.ElementId;
import dev.linkwright.model.Instance;
import dev.linkwright.model.IpAddressType;
import dev.linkwright.model.Ipv4Address;
import dev.linkwright.model.Listener;
import dev.linkwright.model.ListenerProtocol;
import dev.linkwright.model.LoadBalancer;
import dev.linkwright.model.LoadBalancerNode;
import dev.linkwright.model.LoadBalancerScheme;
import dev.linkwright.model.LoadBalancerType;
import dev.linkwright.model.SecurityGroup;
import dev.linkwright.model.Subnet;
import dev.linkwright.model.Target;
import dev.linkwright.model.TargetGroup;
import dev.linkwright.model.TargetHealth;
import dev.linkwright.model.TargetType;
import dev.linkwright.model.Vpc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Converts Elastic Load Balancing: load balancers (Network Load Balancers, and Application and
 * Gateway Load Balancers kept with their type), their nodes (one per enabled AZ, with the node
 * address from {@code LoadBalancerAddresses} or the load balancer's own interfaces), listeners
 * ({@code LoadBalancerListeners}), cross-zone setting ({@code LoadBalancerAttributes}), and
 * target groups with their targets and health ({@code LoadBalancerTargetHealth}).
 */
final class LoadBalancerConverter {

    private final ImportContext ctx;
    private final EniDirectory enis;
    private final Map<String, ElementId> loadBalancers = new HashMap<>();
    private final Map<String, ElementId> targetGroups = new HashMap<>();

    LoadBalancerConverter(ImportContext ctx, EniDirectory enis) {
        this.ctx = ctx;
        this.enis = enis;
    }

    /** The element id of the load balancer with {@code arn}, when it was imported. */
    ElementId loadBalancer(String arn) {
        return loadBalancers.get(arn);
    }

    void targetGroups() {
        Map<String, Map<String, String>> attributes = attributes(AwsKind.TARGET_GROUP_ATTRIBUTES, "TargetGroupArn");
        Map<String, List<AwsNode>> health = new HashMap<>();
        ctx.each(AwsKind.TARGET_HEALTH, h -> health.computeIfAbsent(h.text("TargetGroupArn"), k -> new ArrayList<>())
                .addAll(h.items("TargetHealthDescriptions")));
        ctx.eachDistinct(AwsKind.TARGET_GROUPS, "TargetGroupArn", tg -> {
            String arn = tg.text("TargetGroupArn");
            ElementId id = ElementId.of(AwsArns.targetGroupId(arn));
            ElementId vpc = tg.optId("VpcId");
            String type = tg.optText("TargetType");
            if ("lambda".equalsIgnoreCase(type)) {
                ctx.report.skipped(AwsKind.TARGET_GROUPS, "Lambda targets are not modelled", id.value());
                return;
            }
            if (!ctx.has(vpc, Vpc.class)) {
                ctx.report.skipped(AwsKind.TARGET_GROUPS, "its VPC is not in the snapshot", id.value());
                return;
            }
            ListenerProtocol protocol = listenerProtocol(tg, "Protocol", ListenerProtocol.TCP);
            Long port = tg.optLong("Port", 1, 65535);
            Map<String, String> attrs = attributes.getOrDefault(arn, Map.of());
            ctx.put(new TargetGroup(id, tg.optText("TargetGroupName"), vpc, targetType(tg, type), protocol,
                    port != null ? port.intValue() : protocol == ListenerProtocol.GENEVE ? 6081 : 1,
                    flag(attrs.get("load_balancing.cross_zone.enabled")), flag(attrs.get("preserve_client_ip.enabled")),
                    targets(id, health.getOrDefault(arn, List.of()))));
            targetGroups.put(arn, id);
            ctx.report.imported(AwsKind.TARGET_GROUPS);
        });
        ctx.each(AwsKind.TARGET_GROUP_ATTRIBUTES, a -> {
            if (targetGroups.containsKey(a.text("TargetGroupArn"))) {
                ctx.report.imported(AwsKind.TARGET_GROUP_ATTRIBUTES);
            } else {
                ctx.report.skipped(AwsKind.TARGET_GROUP_ATTRIBUTES, "its target group was not imported",
                        AwsArns.targetGroupId(a.text("TargetGroupArn")));
            }
        });
        ctx.each(AwsKind.TARGET_HEALTH, h -> {
            if (targetGroups.containsKey(h.text("TargetGroupArn"))) {
                ctx.report.imported(AwsKind.TARGET_HEALTH);
            } else {
                ctx.report.skipped(AwsKind.TARGET_HEALTH, "its target group was not imported", AwsArns.targetGroupId(h.text("TargetGroupArn")));
            }
        });
    }

    private static TargetType targetType(AwsNode tg, String type) {
        try {
            return type == null ? TargetType.INSTANCE : TargetType.parse(type);
        } catch (IllegalArgumentException e) {
            throw tg.problem("TargetType", e.getMessage());
        }
    }

    private static ListenerProtocol listenerProtocol(AwsNode n, String key, ListenerProtocol fallback) {
        String text = n.optText(key);
        try {
            return text == null ? fallback : ListenerProtocol.parse(text);
        } catch (IllegalArgumentException e) {
            throw n.problem(key, e.getMessage());
        }
    }

    /** {@code "true"}/{@code "false"}; null for anything else (e.g. "use_load_balancer_configuration"). */
    private static Boolean flag(String value) {
        if ("true".equalsIgnoreCase(value)) {
            return true;
        }
        return "false".equalsIgnoreCase(value) ? false : null;
    }

    private List<Target> targets(ElementId group, List<AwsNode> descriptions) {
        List<Target> targets = new ArrayList<>();
        for (AwsNode d : descriptions) {
            AwsNode t = d.child("Target");
            if (t == null) {
                throw d.problem("Target", "a target health description needs a 'Target'");
            }
            String targetId = t.text("Id");
            Long port = t.optLong("Port", 1, 65535);
            AwsNode h = d.child("TargetHealth");
            TargetHealth health = health(h == null ? null : h.optText("State"));
            if (Ipv4Address.isValid(targetId)) {
                targets.add(new Target(null, Ipv4Address.parse(targetId), port == null ? null : port.intValue(), health));
            } else if (ctx.has(ElementId.of(targetId), Instance.class)) {
                targets.add(new Target(ElementId.of(targetId), null, port == null ? null : port.intValue(), health));
            } else {
                ctx.report.note("targets that are not instances in the snapshot or IPv4 addresses were left out of their "
                        + "target groups", group + ": " + targetId);
            }
        }
        return targets;
    }

    private static TargetHealth health(String state) {
        if (state == null) {
            return null;
        }
        String s = state.toLowerCase(Locale.ROOT);
        if (s.contains("draining")) {
            return TargetHealth.DRAINING;
        }
        try {
            return TargetHealth.parse(s);
        } catch (IllegalArgumentException e) {
            return TargetHealth.UNAVAILABLE;
        }
    }

    void loadBalancers() {
        Map<String, Map<String, String>> attributes = attributes(AwsKind.LOAD_BALANCER_ATTRIBUTES, "LoadBalancerArn");
        Map<String, List<AwsNode>> listeners = listeners();
        ctx.eachDistinct(AwsKind.LOAD_BALANCERS, "LoadBalancerArn", lb -> {
            String arn = lb.text("LoadBalancerArn");
            ElementId id = ElementId.of(AwsArns.loadBalancerId(arn));
            ElementId vpc = lb.optId("VpcId");
            if (!ctx.has(vpc, Vpc.class)) {
                ctx.report.skipped(AwsKind.LOAD_BALANCERS, "its VPC is not in the snapshot", id.value());
                return;
            }
            LoadBalancerType type = lbType(lb);
            List<ElementId> groups = new ArrayList<>();
            for (String g : lb.texts("SecurityGroups")) {
                if (ctx.has(ElementId.of(g), SecurityGroup.class)) {
                    groups.add(ElementId.of(g));
                } else {
                    ctx.report.note("security groups not in the snapshot were left off the interfaces that use them "
                            + "(their rules are unknown)", id + ": " + g);
                }
            }
            Boolean crossZone = flag(attributes.getOrDefault(arn, Map.of()).get("load_balancing.cross_zone.enabled"));
            AwsNode state = lb.child("State");
            ctx.put(new LoadBalancer(id, lb.optText("LoadBalancerName"), vpc, type, scheme(lb), ipType(lb), nodes(lb, id),
                    groups, !lb.texts("SecurityGroups").isEmpty(),
                    !"off".equalsIgnoreCase(lb.optText("EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic")),
                    crossZone != null ? crossZone : type == LoadBalancerType.APPLICATION,
                    listenersOf(id, type, listeners.getOrDefault(arn, List.of())), state == null ? null : state.optText("Code")));
            loadBalancers.put(arn, id);
            ctx.report.imported(AwsKind.LOAD_BALANCERS);
        });
        for (AwsKind kind : List.of(AwsKind.LOAD_BALANCER_LISTENERS, AwsKind.LOAD_BALANCER_ATTRIBUTES)) {
            ctx.each(kind, item -> {
                String arn = item.text("LoadBalancerArn");
                if (loadBalancers.containsKey(arn)) {
                    ctx.report.imported(kind);
                } else {
                    ctx.report.skipped(kind, "its load balancer was not imported", AwsArns.loadBalancerId(arn));
                }
            });
        }
    }

    private static LoadBalancerType lbType(AwsNode lb) {
        String type = lb.optText("Type");
        try {
            return type == null ? LoadBalancerType.NETWORK : LoadBalancerType.parse(type);
        } catch (IllegalArgumentException e) {
            throw lb.problem("Type", e.getMessage());
        }
    }

    private static LoadBalancerScheme scheme(AwsNode lb) {
        String scheme = lb.optText("Scheme");
        try {
            return scheme == null ? null : LoadBalancerScheme.parse(scheme);
        } catch (IllegalArgumentException e) {
            throw lb.problem("Scheme", e.getMessage());
        }
    }

    private static IpAddressType ipType(AwsNode lb) {
        String t = lb.optText("IpAddressType");
        return t != null && t.toLowerCase(Locale.ROOT).startsWith("dualstack") ? IpAddressType.DUALSTACK : IpAddressType.IPV4;
    }

    /** One node per enabled AZ; its address from the AZ's addresses, else from the load balancer's interface there. */
    private List<LoadBalancerNode> nodes(AwsNode lb, ElementId id) {
        List<EniDirectory.Eni> interfaces = enis.ofOwner(EniDirectory.Owner.LOAD_BALANCER, id.value());
        List<LoadBalancerNode> nodes = new ArrayList<>();
        for (AwsNode az : lb.items("AvailabilityZones")) {
            ElementId subnet = az.optId("SubnetId");
            if (!ctx.has(subnet, Subnet.class)) {
                ctx.report.note("load balancer nodes in subnets not in the snapshot were left out", id + ": " + subnet);
                continue;
            }
            Ipv4Address ip = null;
            for (AwsNode a : az.items("LoadBalancerAddresses")) {
                ip = ip != null ? ip : a.optIp("PrivateIPv4Address");
            }
            for (EniDirectory.Eni e : interfaces) {
                if (ip == null && subnet.equals(e.subnet())) {
                    ip = e.privateIp();
                }
            }
            nodes.add(new LoadBalancerNode(subnet, ip));
        }
        return nodes;
    }

    /** Listener objects per load balancer ARN, from grouped files and plain {@code Listeners} lists. */
    private Map<String, List<AwsNode>> listeners() {
        Map<String, List<AwsNode>> byArn = new HashMap<>();
        ctx.each(AwsKind.LOAD_BALANCER_LISTENERS, g -> byArn.computeIfAbsent(g.text("LoadBalancerArn"), k -> new ArrayList<>())
                .addAll(g.items("Listeners")));
        ctx.each(AwsKind.LISTENERS, l -> byArn.computeIfAbsent(l.text("LoadBalancerArn"), k -> new ArrayList<>()).add(l));
        return byArn;
    }

    private List<Listener> listenersOf(ElementId lb, LoadBalancerType type, List<AwsNode> items) {
        List<Listener> listeners = new ArrayList<>();
        for (AwsNode l : items) {
            boolean gateway = type == LoadBalancerType.GATEWAY;
            ListenerProtocol protocol = listenerProtocol(l, "Protocol", gateway ? ListenerProtocol.GENEVE : ListenerProtocol.TCP);
            Long port = l.optLong("Port", 1, 65535);
            if (port == null && !gateway) {
                throw l.problem("Port", "a listener needs a 'Port'");
            }
            listeners.add(new Listener(protocol, port == null ? 6081 : port.intValue(), forwardTarget(lb, l)));
        }
        return listeners;
    }

    /** The target group of a listener's forward action, when it was imported. */
    private ElementId forwardTarget(ElementId lb, AwsNode listener) {
        for (AwsNode action : listener.items("DefaultActions")) {
            if (!"forward".equalsIgnoreCase(action.optText("Type"))) {
                continue;
            }
            String arn = action.optText("TargetGroupArn");
            AwsNode config = action.child("ForwardConfig");
            if (arn == null && config != null) {
                List<AwsNode> groups = config.items("TargetGroups");
                if (groups.size() > 1) {
                    ctx.report.note("listeners forwarding to several weighted target groups were given the first one", lb.value());
                }
                arn = groups.isEmpty() ? null : groups.get(0).optText("TargetGroupArn");
            }
            if (arn != null) {
                ElementId tg = targetGroups.get(arn);
                if (tg == null) {
                    ctx.report.note("listeners forwarding to target groups not in the snapshot were kept without a target group",
                            lb + " -> " + AwsArns.targetGroupId(arn));
                }
                return tg;
            }
        }
        return null;
    }

    /** Key-value attributes per ARN from grouped {@code ...Attributes} files. */
    private Map<String, Map<String, String>> attributes(AwsKind kind, String arnKey) {
        Map<String, Map<String, String>> byArn = new HashMap<>();
        ctx.each(kind, item -> {
            Map<String, String> attrs = byArn.computeIfAbsent(item.text(arnKey), k -> new HashMap<>());
            for (AwsNode a : item.items("Attributes")) {
                attrs.put(a.text("Key"), a.optText("Value"));
            }
        });
        return byArn;
    }
}
