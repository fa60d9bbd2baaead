package dev.linkwright.analysis;

import dev.linkwright.model.Cidr;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.GatewayEndpoint;
import dev.linkwright.model.InterfaceEndpoint;
import dev.linkwright.model.InternetGateway;
import dev.linkwright.model.Ipv4Address;
import dev.linkwright.model.PeeringConnection;
import dev.linkwright.model.SecurityGroup;
import dev.linkwright.model.TgwAttachment;
import dev.linkwright.model.Vpc;
import dev.linkwright.model.VpnGateway;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A VPC with its gateways, attachments, peerings and route tables, gathered once. */
final class VpcFacts {

    final Vpc vpc;
    final String region;
    final String account;
    InternetGateway internetGateway;
    VpnGateway vpnGateway;
    SecurityGroup defaultGroup;
    VpcRouteTable mainTable;
    final Map<ElementId, TgwAttachment> tgwAttachments = new LinkedHashMap<>();
    final List<PeeringConnection> peerings = new ArrayList<>();
    final List<GatewayEndpoint> gatewayEndpoints = new ArrayList<>();
    final List<InterfaceEndpoint> interfaceEndpoints = new ArrayList<>();
    final List<VpcRouteTable> routeTables = new ArrayList<>();
    final List<SubnetFacts> subnets = new ArrayList<>();
    /** Interfaces of this VPC by private address (VPCs may overlap, so addresses are looked up per VPC). */
    final java.util.Map<Integer, Iface> byAddress = new java.util.HashMap<>();

    VpcFacts(Vpc vpc, String region, String account) {
        this.vpc = vpc;
        this.region = region;
        this.account = account;
    }

    ElementId id() {
        return vpc.id();
    }

    boolean contains(Ipv4Address a) {
        return vpc.contains(a);
    }

    /** The VPC block containing {@code a}, or null. */
    Cidr blockOf(Ipv4Address a) {
        for (Cidr c : vpc.cidrBlocks()) {
            if (c.contains(a)) {
                return c;
            }
        }
        return null;
    }

    String cidrText() {
        List<String> texts = new ArrayList<>();
        vpc.cidrBlocks().forEach(c -> texts.add(c.toString()));
        return String.join(", ", texts);
    }

    @Override
    public String toString() {
        return vpc.id().value();
    }
}
