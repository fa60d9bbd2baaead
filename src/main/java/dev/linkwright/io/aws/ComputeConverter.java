package dev.linkwright.io.aws;

import dev.linkwright.model.ElementId;
import dev.linkwright.model.Instance;
import dev.linkwright.model.InternetGateway;
import dev.linkwright.model.Ipv4Address;
import dev.linkwright.model.NatConnectivity;
import dev.linkwright.model.NatGateway;
import dev.linkwright.model.NetworkInterface;
import dev.linkwright.model.SecurityGroup;
import dev.linkwright.model.Subnet;
import dev.linkwright.model.Vpc;
import dev.linkwright.model.VpnGateway;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Converts what sits in subnets and at the edge of VPCs: instances (with their primary interface's
 * addresses and security groups), secondary and standalone network interfaces, Elastic IPs,
 * internet gateways, NAT gateways and virtual private gateways.
 */
final class ComputeConverter {

    private final ImportContext ctx;
    private final EniDirectory enis;
    private final Map<String, Ipv4Address> elasticIpsByEni = new HashMap<>();
    private final Map<String, Ipv4Address> elasticIpsByInstance = new HashMap<>();
    private final Set<String> usedElasticIps = new HashSet<>();
    private final Set<String> importedInstances = new HashSet<>();

    ComputeConverter(ImportContext ctx, EniDirectory enis) {
        this.ctx = ctx;
        this.enis = enis;
    }

    /** Fills the interface directory: {@code NetworkInterfaces} first, then interfaces inside instances. */
    static EniDirectory directory(ImportContext ctx) {
        EniDirectory enis = new EniDirectory();
        ctx.each(AwsKind.NETWORK_INTERFACES, n -> enis.add(n, null));
        for (AwsNode instance : instances(ctx)) {
            try {
                String id = instance.text("InstanceId");
                for (AwsNode n : instance.items("NetworkInterfaces")) {
                    enis.add(n, id);
                }
            } catch (AwsInputException e) {
                ctx.problem(e);
            }
        }
        return enis;
    }

    /** Every instance object: those inside {@code Reservations} and those of a bare {@code Instances} list. */
    static List<AwsNode> instances(ImportContext ctx) {
        List<AwsNode> all = new ArrayList<>();
        ctx.each(AwsKind.RESERVATIONS, r -> all.addAll(r.items("Instances")));
        all.addAll(ctx.index.all(AwsKind.INSTANCES));
        return all;
    }

    void elasticIps() {
        ctx.each(AwsKind.ADDRESSES, a -> {
            Ipv4Address ip = a.optIp("PublicIp");
            String eni = a.optText("NetworkInterfaceId");
            String instance = a.optText("InstanceId");
            if (ip == null || eni == null && instance == null) {
                ctx.report.skipped(AwsKind.ADDRESSES, "not associated with anything", a.optText("PublicIp"));
                return;
            }
            if (eni != null) {
                elasticIpsByEni.putIfAbsent(eni, ip);
            }
            if (instance != null) {
                elasticIpsByInstance.putIfAbsent(instance, ip);
            }
        });
    }

    /** The Elastic IP of an interface or instance, remembered as used. */
    private Ipv4Address elasticIp(String eni, String instance) {
        Ipv4Address ip = eni == null ? null : elasticIpsByEni.get(eni);
        if (ip == null && instance != null) {
            ip = elasticIpsByInstance.get(instance);
        }
        if (ip != null) {
            usedElasticIps.add(ip.toString());
        }
        return ip;
    }

    void instances() {
        Set<String> seen = new HashSet<>();
        int n = 0;
        for (AwsNode i : instances(ctx)) {
            if ((++n & 1023) == 0) {
                ctx.checkCancelled();
            }
            try {
                String id = i.text("InstanceId");
                if (seen.add(id)) {
                    instance(i);
                } else {
                    ctx.report.skipped(AwsKind.RESERVATIONS, "listed again by another file (kept once)", id);
                }
            } catch (AwsInputException e) {
                ctx.problem(e);
            } catch (IllegalArgumentException e) {
                ctx.problem(new AwsInputException(i.file(), i.pointer(), e.getMessage()));
            }
        }
    }

    private void instance(AwsNode i) {
        ElementId id = i.id("InstanceId");
        AwsNode state = i.child("State");
        String stateName = state == null ? null : state.optText("Name");
        List<EniDirectory.Eni> interfaces = enis.ofInstance(id.value());
        EniDirectory.Eni primary = interfaces.isEmpty() ? null : interfaces.get(0);
        ElementId subnet = primary != null && ctx.has(primary.subnet(), Subnet.class) ? primary.subnet() : i.optId("SubnetId");
        if (!ctx.has(subnet, Subnet.class)) {
            ctx.report.skipped(AwsKind.RESERVATIONS, subnet == null ? stateName + " instance without a subnet"
                    : "its subnet is not in the snapshot", id.value());
            return;
        }
        Ipv4Address privateIp = primary != null && primary.privateIp() != null ? primary.privateIp() : i.optIp("PrivateIpAddress");
        if (privateIp == null) {
            ctx.report.skipped(AwsKind.RESERVATIONS, "no private IP address", id.value());
            return;
        }
        Ipv4Address publicIp = primary != null ? primary.publicIp() : null;
        if (publicIp == null) {
            publicIp = i.optIp("PublicIpAddress");
        }
        Ipv4Address elastic = elasticIp(primary == null ? null : primary.id().value(), id.value());
        publicIp = publicIp == null ? elastic : publicIp;
        List<ElementId> groups = primary != null && !primary.groups().isEmpty() ? primary.groups() : instanceGroups(i);
        Boolean check = primary != null && primary.sourceDestCheck() != null ? primary.sourceDestCheck() : i.optBool("SourceDestCheck");
        ElementId eniId = primary == null || ctx.topology.isIdTaken(primary.id()) ? null : primary.id();
        ctx.put(new Instance(id, i.nameTag(), subnet, privateIp, primary == null ? List.of() : primary.secondaryIps(), publicIp,
                existingGroups(groups, id), check == null || check, stateName, eniId));
        importedInstances.add(id.value());
        ctx.report.imported(AwsKind.RESERVATIONS);
        for (int k = 1; k < interfaces.size(); k++) {
            networkInterface(interfaces.get(k), id);
        }
    }

    private static List<ElementId> instanceGroups(AwsNode i) {
        List<ElementId> groups = new ArrayList<>();
        for (AwsNode g : i.items("SecurityGroups")) {
            ElementId id = g.optId("GroupId");
            if (id != null) {
                groups.add(id);
            }
        }
        return groups;
    }

    /** The groups that exist; a group not in the snapshot cannot be evaluated, so it is left out with a note. */
    private List<ElementId> existingGroups(List<ElementId> groups, ElementId owner) {
        List<ElementId> kept = new ArrayList<>();
        for (ElementId g : groups) {
            if (ctx.has(g, SecurityGroup.class)) {
                kept.add(g);
            } else {
                ctx.report.note("security groups not in the snapshot were left off the interfaces that use them "
                        + "(their rules are unknown)", owner + ": " + g);
            }
        }
        return kept;
    }

    /** A secondary interface of {@code instance}, or a standalone one when {@code instance} is null. */
    private void networkInterface(EniDirectory.Eni e, ElementId instance) {
        boolean listed = listedInterface(e);
        if (!ctx.has(e.subnet(), Subnet.class)) {
            if (listed) {
                ctx.report.skipped(AwsKind.NETWORK_INTERFACES, "its subnet is not in the snapshot", e.id().value());
            }
            return;
        }
        if (e.privateIp() == null) {
            if (listed) {
                ctx.report.skipped(AwsKind.NETWORK_INTERFACES, "no private IP address", e.id().value());
            }
            return;
        }
        if (ctx.topology.isIdTaken(e.id())) {
            return;
        }
        Ipv4Address elastic = elasticIp(e.id().value(), null);
        Ipv4Address publicIp = e.publicIp() != null ? e.publicIp() : elastic;
        ctx.put(new NetworkInterface(e.id(), e.node().nameTag(), e.subnet(), e.privateIp(), e.secondaryIps(), publicIp,
                existingGroups(e.groups(), e.id()), e.sourceDestCheck() == null || e.sourceDestCheck(), instance,
                e.description()));
        if (listed) {
            ctx.report.imported(AwsKind.NETWORK_INTERFACES);
        }
    }

    /** True for interfaces of a {@code NetworkInterfaces} file (not only embedded in an instance). */
    private static boolean listedInterface(EniDirectory.Eni e) {
        return e.listed();
    }

    /**
     * Interfaces that belong to no modelled owner: unattached ones, those of services Linkwright
     * does not model (RDS, Lambda, EFS, ...), and those of instances not in the snapshot.
     */
    void standaloneInterfaces() {
        for (EniDirectory.Eni e : enis.all()) {
            boolean orphan = e.owner() == EniDirectory.Owner.INSTANCE && !importedInstances.contains(e.ownerId());
            if (e.owner() == EniDirectory.Owner.STANDALONE || orphan) {
                if (orphan) {
                    ctx.report.note("interfaces attached to instances not in the snapshot were kept as standalone interfaces",
                            e.id() + " (" + e.ownerId() + ")");
                } else if ("available".equals(e.node().optText("Status"))) {
                    ctx.report.note("interfaces attached to nothing (status available) were kept; the model has no interface "
                            + "state, so the analysis treats them as live", e.id().value());
                }
                try {
                    networkInterface(e, null);
                } catch (IllegalArgumentException ex) {
                    ctx.problem(new AwsInputException(e.node().file(), e.node().pointer(), ex.getMessage()));
                }
            } else if (listedInterface(e) && !ctx.topology.contains(e.id())) {
                // modelled inside its owner: an instance, NAT gateway, load balancer node, endpoint or TGW attachment
                ctx.report.imported(AwsKind.NETWORK_INTERFACES);
            }
        }
    }

    /** Counts the Elastic IPs that landed on an instance, interface or NAT gateway. */
    void finishElasticIps() {
        ctx.each(AwsKind.ADDRESSES, a -> {
            String ip = a.optText("PublicIp");
            if (ip != null && usedElasticIps.contains(ip)) {
                ctx.report.imported(AwsKind.ADDRESSES);
            } else if (a.optText("NetworkInterfaceId") != null || a.optText("InstanceId") != null) {
                ctx.report.skipped(AwsKind.ADDRESSES, "associated with something not in the snapshot", ip);
            }
        });
    }

    void internetGateways() {
        ctx.eachDistinct(AwsKind.INTERNET_GATEWAYS, "InternetGatewayId", g -> {
            ElementId id = g.id("InternetGatewayId");
            List<AwsNode> attachments = g.items("Attachments");
            AwsNode attachment = attachments.isEmpty() ? null : attachments.get(0);
            ElementId vpc = attachment == null ? null : attachment.optId("VpcId");
            if (vpc == null || !ctx.has(vpc, Vpc.class)) {
                ctx.report.skipped(AwsKind.INTERNET_GATEWAYS, vpc == null ? "not attached to a VPC" : "its VPC is not in the snapshot",
                        id.value());
                return;
            }
            String state = attachment.optText("State");
            ctx.put(new InternetGateway(id, g.nameTag(), vpc, state == null || state.equals("available") ? "attached" : state));
            ctx.report.imported(AwsKind.INTERNET_GATEWAYS);
        });
    }

    void natGateways() {
        ctx.eachDistinct(AwsKind.NAT_GATEWAYS, "NatGatewayId", g -> {
            ElementId id = g.id("NatGatewayId");
            ElementId subnet = g.optId("SubnetId");
            if (!ctx.has(subnet, Subnet.class)) {
                ctx.report.skipped(AwsKind.NAT_GATEWAYS, "its subnet is not in the snapshot", id.value());
                return;
            }
            Ipv4Address privateIp = null;
            Ipv4Address publicIp = null;
            for (AwsNode a : g.items("NatGatewayAddresses")) {
                if (privateIp == null || a.bool("IsPrimary", false)) {
                    privateIp = a.optIp("PrivateIp");
                    publicIp = a.optIp("PublicIp");
                    String eni = a.optText("NetworkInterfaceId");
                    if (privateIp == null && enis.get(eni) != null) {
                        privateIp = enis.get(eni).privateIp();
                    }
                    Ipv4Address elastic = elasticIp(eni, null);
                    publicIp = publicIp == null ? elastic : publicIp;
                }
            }
            String connectivity = g.optText("ConnectivityType");
            NatConnectivity type = "private".equalsIgnoreCase(connectivity) ? NatConnectivity.PRIVATE : NatConnectivity.PUBLIC;
            ctx.put(new NatGateway(id, g.nameTag(), subnet, type, privateIp, type == NatConnectivity.PUBLIC ? publicIp : null,
                    g.optText("State")));
            ctx.report.imported(AwsKind.NAT_GATEWAYS);
        });
    }

    void vpnGateways() {
        ctx.eachDistinct(AwsKind.VPN_GATEWAYS, "VpnGatewayId", g -> {
            ElementId parent = null;
            for (AwsNode a : g.items("VpcAttachments")) {
                String state = a.optText("State");
                ElementId vpc = a.optId("VpcId");
                if (("attached".equals(state) || "attaching".equals(state)) && ctx.has(vpc, Vpc.class)) {
                    parent = vpc;
                }
            }
            if (parent == null) {
                parent = ctx.accounts.region(ctx.accounts.accountOf(g, null), g.file().region());
            }
            ctx.put(new VpnGateway(g.id("VpnGatewayId"), g.nameTag(), parent, g.optLong("AmazonSideAsn", 1, 4294967295L),
                    g.optText("State")));
            ctx.report.imported(AwsKind.VPN_GATEWAYS);
        });
    }
}
