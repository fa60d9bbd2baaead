package dev.linkwright.io.export.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linkwright.io.export.AwsLocation;
import dev.linkwright.io.export.ExportScope;
import dev.linkwright.io.export.ResourceNames;
import dev.linkwright.io.export.SummaryBuilder;
import dev.linkwright.model.AttachmentType;
import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.ElementKind;
import dev.linkwright.model.PeeringConnection;
import dev.linkwright.model.PrefixList;
import dev.linkwright.model.TgwAttachment;
import dev.linkwright.model.TopologyView;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the CloudFormation writers share: the design, the scope, one template per account and
 * Region, the summary, and the one place that turns a reference to an element into a value: a
 * {@code Ref} or {@code Fn::GetAtt} in the same stack, a parameter filled from another stack's
 * output, or a parameter a person fills.
 */
final class CfnContext {

    /** What a reference asks of its target. */
    enum Attr { ID, ARN, SERVICE_NAME }

    /** Kinds CloudFormation creates (Direct Connect has no resource types). */
    static final Set<ElementKind> CREATED = EnumSet.of(ElementKind.VPC, ElementKind.SUBNET, ElementKind.ROUTE_TABLE,
            ElementKind.NETWORK_ACL, ElementKind.SECURITY_GROUP, ElementKind.PREFIX_LIST, ElementKind.INSTANCE,
            ElementKind.NETWORK_INTERFACE, ElementKind.LOAD_BALANCER, ElementKind.TARGET_GROUP, ElementKind.ENDPOINT_SERVICE,
            ElementKind.INTERFACE_ENDPOINT, ElementKind.GATEWAY_ENDPOINT, ElementKind.INTERNET_GATEWAY, ElementKind.NAT_GATEWAY,
            ElementKind.VPN_GATEWAY, ElementKind.PEERING_CONNECTION, ElementKind.TRANSIT_GATEWAY, ElementKind.TGW_ROUTE_TABLE,
            ElementKind.TGW_ATTACHMENT, ElementKind.CUSTOMER_GATEWAY, ElementKind.VPN_CONNECTION);

    /** Resource types with a {@code Tags} property. */
    static final Set<String> TAGGABLE = Set.of("AWS::EC2::VPC", "AWS::EC2::Subnet", "AWS::EC2::RouteTable",
            "AWS::EC2::SecurityGroup", "AWS::EC2::NetworkAcl", "AWS::EC2::InternetGateway", "AWS::EC2::EIP",
            "AWS::EC2::NatGateway", "AWS::EC2::Instance", "AWS::EC2::NetworkInterface",
            "AWS::ElasticLoadBalancingV2::LoadBalancer", "AWS::ElasticLoadBalancingV2::TargetGroup",
            "AWS::EC2::VPCEndpointService", "AWS::EC2::VPCEndpoint", "AWS::EC2::VPCPeeringConnection",
            "AWS::EC2::TransitGateway", "AWS::EC2::TransitGatewayRouteTable", "AWS::EC2::TransitGatewayVpcAttachment",
            "AWS::EC2::TransitGatewayPeeringAttachment", "AWS::EC2::VPNGateway", "AWS::EC2::CustomerGateway",
            "AWS::EC2::VPNConnection", "AWS::EC2::PrefixList", "AWS::RAM::ResourceShare", "AWS::IAM::Role");

    final TopologyView topology;
    final ExportScope scope;
    final SummaryBuilder summary;
    private final String stackPrefix;
    private final Map<AwsLocation, CfnTemplate> templates = new LinkedHashMap<>();
    private final Map<CfnTemplate, Map<String, CfnTemplate>> stackInputs = new LinkedHashMap<>();

    CfnContext(TopologyView topology, ExportScope scope, SummaryBuilder summary, String stackPrefix) {
        this.topology = topology;
        this.scope = scope;
        this.summary = summary;
        this.stackPrefix = stackPrefix;
    }

    Collection<CfnTemplate> templates() {
        return templates.values();
    }

    /** For a stack, its parameters filled from other stacks' outputs, with the stack each comes from. */
    Map<String, CfnTemplate> inputsFromOtherStacks(CfnTemplate stack) {
        return stackInputs.getOrDefault(stack, Map.of());
    }

    /** The template of the account and Region {@code element} is deployed in. */
    CfnTemplate templateOf(Element element) {
        AwsLocation at = AwsLocation.of(topology, element).orElseThrow(
                () -> new IllegalStateException(element.id() + " is in no account"));
        return templates.computeIfAbsent(new AwsLocation(at.accountId(), "", at.region()),
                k -> new CfnTemplate(at, stackPrefix + "-" + at.accountId() + "-" + at.region()));
    }

    /** Adds the resource standing for {@code element} to its stack, tagged, and records it. */
    CfnResource resource(String type, Element element) {
        return add(templateOf(element), element.id().value(), type, element, element.label());
    }

    /** Adds the resource standing for {@code element} to the stack of {@code stackFrom}. */
    CfnResource resourceIn(String type, Element element, Element stackFrom) {
        return add(templateOf(stackFrom), element.id().value(), type, element, element.label());
    }

    /** Adds a resource that is part of {@code element} (a rule, a route, an association). */
    CfnResource part(String type, Element element, String suffix, String nameTag) {
        return add(templateOf(element), element.id().value() + "-" + suffix, type, element, nameTag);
    }

    /** Like {@link #part}, in the stack of {@code stackFrom} (the other side of a link). */
    CfnResource partIn(String type, Element element, String suffix, String nameTag, Element stackFrom) {
        return add(templateOf(stackFrom), element.id().value() + "-" + suffix, type, element, nameTag);
    }

    private CfnResource add(CfnTemplate t, String key, String type, Element owner, String nameTag) {
        CfnResource r = t.resource(key, type);
        if (TAGGABLE.contains(type)) {
            r.properties.set("Tags", Cfn.tags(nameTag, owner.id().value()));
        }
        summary.exported(owner, t.stackName + ": " + r.logicalId);
        return r;
    }

    /** True when the export creates {@code element}. */
    boolean creates(Element element) {
        return scope.includes(element.id()) && AwsLocation.of(topology, element).isPresent() && source(element, Attr.ID) != null;
    }

    /** The id of the element {@code target} names, as seen from template {@code from}. */
    JsonNode id(CfnTemplate from, ElementId target) {
        return value(from, target, Attr.ID);
    }

    /**
     * {@code attr} of the element {@code target} names (or owns), as seen from template {@code from}:
     * an intrinsic in the same stack, a deferred parameter filled from another stack's output, or a
     * parameter for a person to fill.
     */
    JsonNode value(CfnTemplate from, ElementId target, Attr attr) {
        Optional<Element> element = topology.owner(target);
        String key = target.value() + "-" + attr.name().toLowerCase().replace('_', '-');
        if (element.isEmpty() || !scope.includes(element.get().id())) {
            String why = element.isEmpty() ? "not in the design" : "outside the exported selection";
            return personFills(from, key, describe(attr, target) + " (" + why + ")");
        }
        Source source = source(element.get(), attr);
        if (source == null) {
            return unavailable(from, element.get(), key, attr);
        }
        if (source.template() == from) {
            return source.expression();
        }
        return crossStack(from, source.template(), key, source.expression(), describe(attr, target));
    }

    /**
     * A value of stack {@code source} used in stack {@code from}: an output there, a deferred
     * parameter here, and an input in the summary saying where its value comes from.
     */
    JsonNode crossStack(CfnTemplate from, CfnTemplate source, String key, JsonNode expression, String description) {
        String output = source.output(key, expression, description);
        String param = from.deferredParameter(key, description + ": output " + output + " of stack " + source.stackName);
        stackInputs.computeIfAbsent(from, k -> new LinkedHashMap<>()).put(param, source);
        summary.input(from.stackName, param, "output " + output + " of stack " + source.stackName);
        return Cfn.ref(param);
    }

    private JsonNode unavailable(CfnTemplate from, Element e, String key, Attr attr) {
        if (e instanceof TgwAttachment a && (a.type() == AttachmentType.VPN || a.type() == AttachmentType.DIRECT_CONNECT_GATEWAY)) {
            String param = from.deferredParameter(key, "id of transit gateway attachment " + e.id()
                    + ", which AWS creates with " + a.resource() + " (see aws ec2 describe-transit-gateway-attachments)");
            summary.input(from.stackName, param, "id of the attachment AWS creates for " + a.resource() + ", after it exists");
            return Cfn.ref(param);
        }
        String what = e instanceof PrefixList pl && pl.awsManaged()
                ? "id of the AWS-managed prefix list " + pl.label() + " (aws ec2 describe-managed-prefix-lists)"
                : describe(attr, e.id()) + " (CloudFormation does not create " + e.kind().phrase() + ")";
        return personFills(from, key, what);
    }

    private JsonNode personFills(CfnTemplate from, String key, String description) {
        String param = from.requiredParameter(key, "String", description);
        summary.input(from.stackName, param, description);
        return Cfn.ref(param);
    }

    private static String describe(Attr attr, ElementId target) {
        switch (attr) {
            case ARN: return "ARN of " + target;
            case SERVICE_NAME: return "service name of " + target;
            default: return "id of " + target;
        }
    }

    /** Where a created element's value comes from: its template and the intrinsic there. */
    record Source(CfnTemplate template, JsonNode expression) {
    }

    /** The source of {@code attr} of {@code e}, or null when CloudFormation does not create it. */
    Source source(Element e, Attr attr) {
        if (!CREATED.contains(e.kind()) || (e instanceof PrefixList pl && pl.awsManaged())) {
            return null;
        }
        CfnTemplate t = homeTemplate(e);
        if (e instanceof TgwAttachment a) {
            if (a.type() == AttachmentType.VPN || a.type() == AttachmentType.DIRECT_CONNECT_GATEWAY || a.type() == AttachmentType.CONNECT) {
                return null;
            }
        }
        String logicalId = t.logicalId(e.id().value());
        JsonNode ref = Cfn.ref(logicalId);
        switch (attr) {
            case ARN:
                return new Source(t, e.kind() == ElementKind.TRANSIT_GATEWAY ? Cfn.arn("ec2", "transit-gateway/", ref) : ref);
            case SERVICE_NAME:
                return new Source(t, Cfn.join("com.amazonaws.vpce.", Cfn.ref("AWS::Region"), ".", ref));
            default:
                return new Source(t, ref);
        }
    }

    /**
     * The stack that creates {@code e}: its own, except for resources the other side creates (a
     * VPC attachment is created by the VPC's owner, a peering connection by the requester).
     */
    CfnTemplate homeTemplate(Element e) {
        if (e instanceof TgwAttachment a && a.type() == AttachmentType.VPC) {
            return topology.find(a.resource()).map(this::templateOf).orElse(templateOf(e));
        }
        if (e instanceof PeeringConnection pcx) {
            return topology.find(pcx.requesterVpc()).map(this::templateOf).orElse(templateOf(e));
        }
        return templateOf(e);
    }

    static String stackPrefix(String fileName) {
        String base = ResourceNames.pascalCase(fileName).isEmpty() ? "linkwright" : fileName;
        String s = base.replaceAll("[^A-Za-z0-9-]+", "-").replaceAll("^[^A-Za-z]+", "").replaceAll("-+$", "");
        return s.isEmpty() ? "linkwright" : s.length() > 80 ? s.substring(0, 80) : s;
    }
}
