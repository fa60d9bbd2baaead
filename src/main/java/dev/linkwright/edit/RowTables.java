package dev.linkwright.edit;

import dev.linkwright.model.Cidr;
import dev.linkwright.model.DirectConnectGatewayAssociation;
import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.ElementKind;
import dev.linkwright.model.EndpointInterface;
import dev.linkwright.model.InternetGateway;
import dev.linkwright.model.Ipv4Address;
import dev.linkwright.model.Ipv6Cidr;
import dev.linkwright.model.Listener;
import dev.linkwright.model.ListenerProtocol;
import dev.linkwright.model.LoadBalancerNode;
import dev.linkwright.model.NatGateway;
import dev.linkwright.model.NetworkAclRule;
import dev.linkwright.model.OnPremisesRoute;
import dev.linkwright.model.Placement;
import dev.linkwright.model.PortRange;
import dev.linkwright.model.PrefixList;
import dev.linkwright.model.Protocol;
import dev.linkwright.model.Route;
import dev.linkwright.model.RouteOrigin;
import dev.linkwright.model.RuleAction;
import dev.linkwright.model.SecurityGroupRule;
import dev.linkwright.model.Subnet;
import dev.linkwright.model.Target;
import dev.linkwright.model.TargetGroup;
import dev.linkwright.model.TgwRoute;
import dev.linkwright.model.TopologyView;
import dev.linkwright.model.Vpc;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rule editors' tables: the columns of each kind of row (security-group rules, network ACL
 * rules, routes, transit gateway routes, and every other list of values an element holds), how a
 * cell is shown and typed, and what a new row starts as. Rules and routes read as the AWS console
 * shows them: a security-group rule has one "source / destination" column that takes a CIDR block,
 * a security group or a prefix list; a route has one destination column.
 *
 * <pre>{@code
 * List<RowTables.Column> columns = RowTables.columns(SecurityGroupRule.class);
 * SecurityGroupRule r = (SecurityGroupRule) RowTables.with(rule, columns.get(2), "sg-web", topology);
 * }</pre>
 */
public final class RowTables {

    /** Keys of columns that stand for several fields of the row. */
    private static final String PEER = "peer";
    private static final String DESTINATION = "destination";
    private static final String BLOCK = "block";

    /**
     * A column: a key (the field, or a combined column's key), a header, the value type (for the
     * cell editor), and, for references, the record and field whose legal targets to offer.
     */
    public record Column(String key, String header, ValueText.ValueType type, Class<?> rowType, boolean reference) {

        /** The values of a choice column, as typed. */
        public List<String> choices() {
            Class<?> c = type.isList() ? type.item() : type.raw();
            if (c == Protocol.class) {
                return List.of("tcp", "udp", "icmp", "all");
            }
            return c != null && c.isEnum() ? ValueText.choices(c) : List.of();
        }
    }

    private RowTables() {
    }

    /** The columns of a row type. */
    public static List<Column> columns(Class<?> rowType) {
        if (rowType == SecurityGroupRule.class) {
            return List.of(col(rowType, "protocol", "Protocol", Protocol.class), col(rowType, "ports", "Ports", PortRange.class),
                    new Column(PEER, "Source / destination", text(), rowType, false), col(rowType, "description", "Description", String.class));
        }
        if (rowType == NetworkAclRule.class) {
            return List.of(col(rowType, "number", "Rule #", int.class), col(rowType, "action", "Action", RuleAction.class),
                    col(rowType, "protocol", "Protocol", Protocol.class), col(rowType, "ports", "Ports", PortRange.class),
                    new Column(BLOCK, "CIDR block", text(), rowType, false));
        }
        if (rowType == Route.class) {
            return List.of(new Column(DESTINATION, "Destination", text(), rowType, false),
                    new Column("target", "Target", new ValueText.ValueType(ElementId.class, null, true), rowType, true),
                    col(rowType, "origin", "Origin", RouteOrigin.class));
        }
        if (rowType == TgwRoute.class) {
            return List.of(new Column(DESTINATION, "Destination", text(), rowType, false),
                    new Column("attachment", "Attachment (empty: blackhole)", new ValueText.ValueType(ElementId.class, null, true), rowType, true),
                    col(rowType, "origin", "Origin", RouteOrigin.class));
        }
        List<Column> out = new ArrayList<>();
        for (ElementProperties.Property p : ElementProperties.columnsOf(rowType)) {
            out.add(new Column(p.field(), p.label(), p.type(), rowType, p.reference()));
        }
        return out;
    }

    private static ValueText.ValueType text() {
        return new ValueText.ValueType(String.class, null, false);
    }

    private static Column col(Class<?> rowType, String field, String header, Class<?> type) {
        return new Column(field, header, new ValueText.ValueType(type, null, !type.isPrimitive()), rowType, false);
    }

    /** The text of a cell. */
    public static String text(Object row, Column c) {
        if (row instanceof SecurityGroupRule r && c.key().equals(PEER)) {
            return r.peerText();
        }
        if (row instanceof NetworkAclRule r && c.key().equals(BLOCK)) {
            return r.cidrText();
        }
        if (row instanceof Route r && c.key().equals(DESTINATION)) {
            return r.destinationText();
        }
        if (row instanceof TgwRoute r && c.key().equals(DESTINATION)) {
            return r.destination() != null ? r.destination().toString() : r.prefixList().value();
        }
        return ValueText.format(ElementRecords.get((Record) row, c.key()));
    }

    /**
     * {@code row} with the cell of column {@code c} set from typed {@code text}; throws
     * {@link IllegalArgumentException} with the reason when the text cannot be used.
     */
    public static Object with(Object row, Column c, String text, TopologyView t) {
        String s = text == null ? "" : text.trim();
        if (row instanceof SecurityGroupRule r && c.key().equals(PEER)) {
            Peer p = peer(s, t);
            return new SecurityGroupRule(r.protocol(), r.ports(), p.cidr, p.ipv6, p.group, p.prefixList, r.description());
        }
        if (row instanceof SecurityGroupRule r && c.key().equals("protocol")) {
            Protocol protocol = Protocol.parse(s);
            PortRange ports = protocol.hasPorts() && !r.protocol().hasPorts() ? PortRange.single(443) : r.ports();
            return new SecurityGroupRule(protocol, ports, r.cidr(), r.ipv6Cidr(), r.securityGroup(), r.prefixList(), r.description());
        }
        if (row instanceof NetworkAclRule r && c.key().equals(BLOCK)) {
            if (s.contains(":")) {
                return new NetworkAclRule(r.number(), r.action(), r.protocol(), r.ports(), null, Ipv6Cidr.parse(s));
            }
            return new NetworkAclRule(r.number(), r.action(), r.protocol(), r.ports(), Cidr.parse(s), null);
        }
        if (row instanceof Route r && c.key().equals(DESTINATION)) {
            Peer p = peer(s, t);
            if (p.group != null) {
                throw new IllegalArgumentException("a route's destination is a CIDR block or a prefix list, not a security group");
            }
            return new Route(p.cidr, p.ipv6, p.prefixList, r.target(), r.origin());
        }
        if (row instanceof TgwRoute r && c.key().equals(DESTINATION)) {
            Peer p = peer(s, t);
            if (p.cidr == null && p.prefixList == null) {
                throw new IllegalArgumentException("a transit gateway route's destination is an IPv4 CIDR block or a prefix list");
            }
            return new TgwRoute(p.cidr, p.prefixList, r.attachment(), r.origin());
        }
        Object value = ValueText.parse(s, c.type());
        if (c.reference() && value instanceof ElementId id && t != null && !t.contains(id)) {
            throw new IllegalArgumentException("there is no element '" + id + "' in the design");
        }
        return ElementRecords.with((Record) row, c.key(), value);
    }

    private record Peer(Cidr cidr, Ipv6Cidr ipv6, ElementId group, ElementId prefixList) {
    }

    /** Reads a CIDR block, an IPv6 block, a security group id or a prefix list id. */
    private static Peer peer(String s, TopologyView t) {
        if (s.isEmpty()) {
            throw new IllegalArgumentException("a CIDR block, a security group or a prefix list is required");
        }
        if (Character.isDigit(s.charAt(0)) && !s.contains(":")) {
            return new Peer(Cidr.parse(s), null, null, null);
        }
        if (s.contains(":")) {
            return new Peer(null, Ipv6Cidr.parse(s), null, null);
        }
        ElementId id = ElementId.of(s);
        boolean prefixList = t != null && t.find(id, PrefixList.class).isPresent() || (t != null && !t.contains(id) && s.startsWith("pl-"));
        if (t != null && t.contains(id) && !prefixList && t.get(id).kind() != ElementKind.SECURITY_GROUP) {
            throw new IllegalArgumentException("'" + s + "' is " + t.get(id).kind().phrase() + ", not a security group or prefix list");
        }
        return prefixList ? new Peer(null, null, null, id) : new Peer(null, null, id, null);
    }

    /** The elements a reference column may name, for a row held by {@code owner}. */
    public static List<ElementId> candidates(TopologyView t, Element owner, Column c) {
        if (!c.reference()) {
            return List.of();
        }
        return ReferenceTargets.candidates(t, owner, c.rowType(), c.key());
    }

    /**
     * A sensible new row for field {@code field} of {@code owner} holding {@code rows}: the next free
     * rule number, a rule for HTTPS from the VPC, a default route to the VPC's internet or NAT
     * gateway, the next listener port, an instance of the VPC not yet a target, ...
     */
    public static Object newRow(Class<?> rowType, TopologyView t, Element owner, String field, List<?> rows) {
        Vpc vpc = Placement.vpcOf(t, owner.id()).orElse(null);
        Cidr vpcBlock = vpc == null || vpc.cidrBlocks().isEmpty() ? Cidr.parse("10.0.0.0/8") : vpc.cidrBlocks().get(0).canonical();
        if (rowType == SecurityGroupRule.class) {
            return field.equals("egress") ? SecurityGroupRule.allowAllTo(Cidr.ANY)
                    : SecurityGroupRule.allowCidr(Protocol.TCP, PortRange.single(443), vpcBlock);
        }
        if (rowType == NetworkAclRule.class) {
            int highest = 0;
            for (Object o : rows) {
                highest = Math.max(highest, ((NetworkAclRule) o).number());
            }
            int number = Math.min(NetworkAclRule.MAX_NUMBER, (highest / 100 + 1) * 100);
            return NetworkAclRule.of(number, RuleAction.ALLOW, Protocol.TCP, PortRange.single(443), Cidr.ANY);
        }
        if (rowType == Route.class) {
            Set<Cidr> used = new HashSet<>();
            for (Object o : rows) {
                if (((Route) o).destination() != null) {
                    used.add(((Route) o).destination().canonical());
                }
            }
            Cidr dest = freeDestination(used);
            ElementId target = null;
            if (vpc != null) {
                for (Element e : t.children(vpc.id())) {
                    if (e instanceof InternetGateway) {
                        target = e.id();
                    }
                }
                if (target == null) {
                    target = t.all(NatGateway.class).stream().filter(n -> Placement.vpcOf(t, n.id()).map(v -> v.id().equals(vpc.id())).orElse(false))
                            .map(Element::id).findFirst().orElse(null);
                }
            }
            return Route.to(dest, target);
        }
        if (rowType == TgwRoute.class) {
            Set<Cidr> used = new HashSet<>();
            for (Object o : rows) {
                if (((TgwRoute) o).destination() != null) {
                    used.add(((TgwRoute) o).destination().canonical());
                }
            }
            List<ElementId> attachments = ReferenceTargets.candidates(t, owner, TgwRoute.class, "attachment");
            return TgwRoute.to(freeDestination(used), attachments.isEmpty() ? null : attachments.get(0));
        }
        if (rowType == Listener.class) {
            Set<Integer> ports = new HashSet<>();
            for (Object o : rows) {
                ports.add(((Listener) o).port());
            }
            int port = 443;
            while (ports.contains(port)) {
                port = port == 443 ? 80 : port + 1;
            }
            List<ElementId> groups = ReferenceTargets.candidates(t, owner, Listener.class, "targetGroup");
            return new Listener(ListenerProtocol.TCP, port, groups.isEmpty() ? null : groups.get(0));
        }
        if (rowType == Target.class) {
            Set<ElementId> registered = new HashSet<>();
            for (Object o : rows) {
                registered.add(((Target) o).instance());
            }
            for (ElementId id : ReferenceTargets.candidates(t, owner, Target.class, "instance")) {
                if (!registered.contains(id)) {
                    return Target.instance(id);
                }
            }
            int port = owner instanceof TargetGroup tg ? tg.port() : 443;
            return new Target(null, vpcBlock.addressAt(10), port, null);
        }
        if (rowType == LoadBalancerNode.class || rowType == EndpointInterface.class) {
            Set<ElementId> present = new HashSet<>();
            Set<String> zones = new HashSet<>();
            for (Object o : rows) {
                ElementId s = o instanceof LoadBalancerNode n ? n.subnet() : ((EndpointInterface) o).subnet();
                present.add(s);
                zones.add(Placement.zoneNameOf(t, s));
            }
            for (ElementId id : ReferenceTargets.candidates(t, owner, rowType, "subnet")) {
                if (!present.contains(id) && !zones.contains(Placement.zoneNameOf(t, id))) {
                    Ipv4Address ip = t.find(id, Subnet.class).flatMap(s -> Addresses.nextFreeIp(t, s, Set.of())).orElse(null);
                    return rowType == LoadBalancerNode.class ? new LoadBalancerNode(id, ip) : new EndpointInterface(id, null, ip);
                }
            }
            throw new IllegalArgumentException("every Availability Zone of the VPC already has one: add a subnet in another AZ first");
        }
        if (rowType == DirectConnectGatewayAssociation.class) {
            for (ElementId id : ReferenceTargets.candidates(t, owner, rowType, "gateway")) {
                if (rows.stream().noneMatch(o -> ((DirectConnectGatewayAssociation) o).gateway().equals(id))) {
                    return new DirectConnectGatewayAssociation(id, null, "associated");
                }
            }
            throw new IllegalArgumentException("there is no virtual private gateway or transit gateway left to associate");
        }
        if (rowType == OnPremisesRoute.class) {
            List<ElementId> via = ReferenceTargets.candidates(t, owner, rowType, "via");
            if (via.isEmpty()) {
                throw new IllegalArgumentException("connect a VPN or a Direct Connect virtual interface to this network first");
            }
            return new OnPremisesRoute(Cidr.parse("10.0.0.0/8"), null, via.get(0));
        }
        throw new IllegalArgumentException("rows of this kind cannot be added here");
    }

    private static Cidr freeDestination(Set<Cidr> used) {
        for (String s : List.of("0.0.0.0/0", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")) {
            Cidr c = Cidr.parse(s);
            if (!used.contains(c)) {
                return c;
            }
        }
        for (int i = 0; i < 256; i++) {
            Cidr c = Cidr.parse("10." + i + ".0.0/16");
            if (!used.contains(c)) {
                return c;
            }
        }
        return Cidr.ANY;
    }
}
