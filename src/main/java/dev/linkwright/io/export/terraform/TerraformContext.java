package dev.linkwright.io.export.terraform;

import dev.linkwright.io.export.AwsLocation;
import dev.linkwright.io.export.ExportScope;
import dev.linkwright.io.export.ResourceNames;
import dev.linkwright.io.export.SummaryBuilder;
import dev.linkwright.io.export.terraform.TerraformConfig.Block;
import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.NetworkAcl;
import dev.linkwright.model.Placement;
import dev.linkwright.model.PrefixList;
import dev.linkwright.model.TgwAttachment;
import dev.linkwright.model.TgwRouteTable;
import dev.linkwright.model.TopologyView;
import dev.linkwright.model.TransitGateway;
import dev.linkwright.model.Vpc;
import java.util.Optional;

/**
 * What the Terraform writers share: the design, the scope, the configuration being written and
 * the summary, and the one place that turns a reference to an element into a Terraform expression
 * (a resource attribute when the export creates the element, else a variable).
 */
final class TerraformContext {

    final TopologyView topology;
    final ExportScope scope;
    final TerraformConfig config;
    final SummaryBuilder summary;

    TerraformContext(TopologyView topology, ExportScope scope, TerraformConfig config, SummaryBuilder summary) {
        this.topology = topology;
        this.scope = scope;
        this.config = config;
        this.summary = summary;
    }

    /** The provider ({@code aws.acct111111111111_us_east_1}) that manages {@code element}. */
    String providerOf(Element element) {
        AwsLocation at = AwsLocation.of(topology, element).orElseThrow(
                () -> new IllegalStateException(element.id() + " is in no account"));
        return config.provider(at.accountId(), at.accountName(), at.region());
    }

    /** Adds the resource that stands for {@code element} and records it in the summary. */
    Block resource(String type, Element element) {
        Block b = config.resource(type, element.id().value(), providerOf(element), element, element.label());
        summary.exported(element, b.address());
        return b;
    }

    /** Like {@link #resource}, managed through the provider of {@code providerFrom}. */
    Block resourceVia(String type, Element element, Element providerFrom) {
        Block b = config.resource(type, element.id().value(), providerOf(providerFrom), element, element.label());
        summary.exported(element, b.address());
        return b;
    }

    /** Adds a resource that is part of {@code element} (a rule, a route, an association). */
    Block part(String type, Element element, String suffix, String nameTag) {
        return partVia(type, element, suffix, nameTag, element);
    }

    /** Like {@link #part}, managed through the provider of {@code providerFrom} (the other side of a link). */
    Block partVia(String type, Element element, String suffix, String nameTag, Element providerFrom) {
        Block b = config.resource(type, element.id().value() + "-" + suffix, providerOf(providerFrom), element, nameTag);
        summary.exported(element, b.address());
        return b;
    }

    /** True when the export creates {@code element} (in scope, in an account, of a kind Terraform can create). */
    boolean creates(Element element) {
        return scope.includes(element.id()) && AwsLocation.of(topology, element).isPresent() && target(element) != null;
    }

    /**
     * An expression for {@code attribute} of the element {@code id} names (or owns, for a nested
     * id): {@code ${aws_vpc.vpc_a.id}} when the export creates it, else a variable the user sets.
     */
    String ref(ElementId id, String attribute) {
        Optional<Element> element = topology.owner(id);
        if (element.isPresent() && creates(element.get())) {
            return target(element.get()).expression(attribute);
        }
        String why = element.isEmpty() ? "not in the design"
                : !scope.includes(element.get().id()) ? "outside the exported selection" : "not created by this configuration";
        return externalVariable(id, attribute, why);
    }

    /** The address to use in {@code depends_on} for an element the export creates, or null. */
    String dependency(ElementId id) {
        Optional<Element> element = topology.owner(id);
        return element.isPresent() && creates(element.get()) ? target(element.get()).address() : null;
    }

    private String externalVariable(ElementId id, String attribute, String why) {
        String name = ResourceNames.snakeCase(id.value()) + "_" + attribute;
        String expression = config.variable(name, "string", attribute + " of " + id + ", which this configuration does not create ("
                + why + ")", null);
        summary.input("variable", name, attribute + " of " + id + " (" + why + ")");
        return expression;
    }

    /**
     * Where the id of a created element comes from: a resource or data source address, and the
     * attribute that holds the id when it is not {@code id} (an attachment created by a VPN
     * connection, a transit gateway's default route table).
     */
    record Target(String address, String idAttribute) {
        String expression(String attribute) {
            String attr = idAttribute != null && attribute.equals("id") ? idAttribute : attribute;
            return "${" + address + "." + attr + "}";
        }
    }

    /** Where {@code e} comes from in the configuration, or null when Terraform creates nothing for it. */
    Target target(Element e) {
        switch (e.kind()) {
            case TGW_ROUTE_TABLE: return tgwRouteTableTarget((TgwRouteTable) e);
            case TGW_ATTACHMENT: return attachmentTarget((TgwAttachment) e);
            default:
                String type = primaryType(e);
                return type == null ? null : own(type, e.id());
        }
    }

    private Target own(String type, ElementId id) {
        return new Target(type + "." + config.name(type, id.value()), null);
    }

    private String primaryType(Element e) {
        switch (e.kind()) {
            case VPC: return "aws_vpc";
            case SUBNET: return "aws_subnet";
            case ROUTE_TABLE: return "aws_route_table";
            case NETWORK_ACL: return ((NetworkAcl) e).defaultAcl() ? "aws_default_network_acl" : "aws_network_acl";
            case SECURITY_GROUP: return "aws_security_group";
            case PREFIX_LIST: return ((PrefixList) e).awsManaged() ? "data.aws_ec2_managed_prefix_list" : "aws_ec2_managed_prefix_list";
            case INSTANCE: return "aws_instance";
            case NETWORK_INTERFACE: return "aws_network_interface";
            case LOAD_BALANCER: return "aws_lb";
            case TARGET_GROUP: return "aws_lb_target_group";
            case ENDPOINT_SERVICE: return "aws_vpc_endpoint_service";
            case INTERFACE_ENDPOINT: case GATEWAY_ENDPOINT: return "aws_vpc_endpoint";
            case INTERNET_GATEWAY: return "aws_internet_gateway";
            case NAT_GATEWAY: return "aws_nat_gateway";
            case VPN_GATEWAY: return "aws_vpn_gateway";
            case PEERING_CONNECTION: return "aws_vpc_peering_connection";
            case TRANSIT_GATEWAY: return "aws_ec2_transit_gateway";
            case CUSTOMER_GATEWAY: return "aws_customer_gateway";
            case VPN_CONNECTION: return "aws_vpn_connection";
            case VIRTUAL_INTERFACE: return TerraformHybrid.virtualInterfaceType(e);
            case DX_GATEWAY: return "aws_dx_gateway";
            default: return null;
        }
    }

    private Target tgwRouteTableTarget(TgwRouteTable table) {
        TransitGateway tgw = topology.find(table.parent(), TransitGateway.class).orElse(null);
        if (tgw != null && isAwsDefaultTable(tgw, table.id())) {
            return new Target("aws_ec2_transit_gateway." + config.name("aws_ec2_transit_gateway", tgw.id().value()),
                    "association_default_route_table_id");
        }
        return own("aws_ec2_transit_gateway_route_table", table.id());
    }

    /** True when {@code table} is the default route table AWS creates with the gateway. */
    static boolean isAwsDefaultTable(TransitGateway tgw, ElementId table) {
        return tgw.defaultAssociation() && table.equals(tgw.associationDefaultRouteTable());
    }

    private Target attachmentTarget(TgwAttachment a) {
        switch (a.type()) {
            case VPC:
                return own(crossAccountVpcAttachment(a) ? "aws_ec2_transit_gateway_vpc_attachment_accepter"
                        : "aws_ec2_transit_gateway_vpc_attachment", a.id());
            case PEERING:
                return own("aws_ec2_transit_gateway_peering_attachment", a.id());
            case DIRECT_CONNECT_GATEWAY:
                return own("data.aws_ec2_transit_gateway_dx_gateway_attachment", a.id());
            case VPN:
                Element vpn = topology.find(a.resource()).orElse(null);
                if (vpn == null || !scope.includes(vpn.id())) {
                    return null;
                }
                return new Target("aws_vpn_connection." + config.name("aws_vpn_connection", vpn.id().value()),
                        "transit_gateway_attachment_id");
            default:
                return null;
        }
    }

    /** True when a VPC attachment's VPC belongs to another account than its transit gateway. */
    boolean crossAccountVpcAttachment(TgwAttachment a) {
        Optional<Vpc> vpc = topology.find(a.resource(), Vpc.class);
        if (vpc.isEmpty()) {
            return false;
        }
        String vpcAccount = Placement.accountOf(topology, vpc.get().id()).map(x -> x.id().value()).orElse("");
        String tgwAccount = Placement.accountOf(topology, a.id()).map(x -> x.id().value()).orElse("");
        return !vpcAccount.equals(tgwAccount);
    }
}
