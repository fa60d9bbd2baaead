package dev.linkwright.io.export.cloudformation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linkwright.io.export.cloudformation.CfnContext.Attr;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.EndpointInterface;
import dev.linkwright.model.EndpointService;
import dev.linkwright.model.GatewayEndpoint;
import dev.linkwright.model.Instance;
import dev.linkwright.model.InterfaceEndpoint;
import dev.linkwright.model.IpAddressType;
import dev.linkwright.model.Ipv4Address;
import dev.linkwright.model.Listener;
import dev.linkwright.model.ListenerProtocol;
import dev.linkwright.model.LoadBalancer;
import dev.linkwright.model.LoadBalancerNode;
import dev.linkwright.model.LoadBalancerScheme;
import dev.linkwright.model.NetworkInterface;
import dev.linkwright.model.Target;
import dev.linkwright.model.TargetGroup;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Instances, network interfaces, load balancers, endpoint services and VPC endpoints as
 * CloudFormation. Each stack takes the AMI (default: the latest Amazon Linux 2023 through SSM) and
 * the instance type as parameters.
 */
final class CfnServices {

    static final String AMAZON_LINUX = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64";

    private final CfnContext ctx;
    private final Map<ElementId, Integer> nextDeviceIndex = new HashMap<>();

    CfnServices(CfnContext ctx) {
        this.ctx = ctx;
    }

    void instance(Instance instance) {
        CfnResource r = ctx.resource("AWS::EC2::Instance", instance);
        CfnTemplate t = ctx.templateOf(instance);
        ObjectNode p = r.properties;
        p.set("ImageId", Cfn.ref(t.parameterWithDefault("ImageId", "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>",
                "AMI of the instances (an SSM parameter name; default: the latest Amazon Linux 2023)", AMAZON_LINUX)));
        p.set("InstanceType", Cfn.ref(t.parameterWithDefault("InstanceType", "String", "EC2 instance type of the instances", "t3.micro")));
        if (instance.publicIp() == null && instance.secondaryIps().isEmpty()) {
            p.set("SubnetId", ctx.id(t, instance.parent()));
            if (instance.privateIp() != null) {
                p.put("PrivateIpAddress", instance.privateIp().toString());
            }
            p.set("SecurityGroupIds", ids(t, instance.securityGroups()));
            p.put("SourceDestCheck", instance.sourceDestCheck());
        } else {
            primaryInterface(instance, t, p);
        }
        if (instance.publicIp() != null) {
            ctx.summary.notExported(instance.id(), "public IP " + instance.publicIp(), "AWS assigns public addresses; the instance gets a new one");
        }
        if (!instance.state().equals("running")) {
            ctx.summary.notExported(instance.id(), "state " + instance.state(), "CloudFormation creates running instances");
        }
    }

    /** Public and secondary addresses need the instance's interface spelled out. */
    private void primaryInterface(Instance instance, CfnTemplate t, ObjectNode p) {
        ObjectNode eni = p.putArray("NetworkInterfaces").addObject();
        eni.put("DeviceIndex", "0");
        eni.set("SubnetId", ctx.id(t, instance.parent()));
        eni.set("GroupSet", ids(t, instance.securityGroups()));
        eni.put("AssociatePublicIpAddress", instance.publicIp() != null);
        putAddresses(eni, instance.privateIp(), instance.secondaryIps());
        if (!instance.sourceDestCheck()) {
            p.put("SourceDestCheck", false);
        }
    }

    private static void putAddresses(ObjectNode eni, Ipv4Address primary, List<Ipv4Address> secondary) {
        if (primary == null) {
            return;
        }
        ArrayNode ips = eni.putArray("PrivateIpAddresses");
        ips.addObject().put("PrivateIpAddress", primary.toString()).put("Primary", true);
        secondary.forEach(ip -> ips.addObject().put("PrivateIpAddress", ip.toString()).put("Primary", false));
    }

    private ArrayNode ids(CfnTemplate t, List<ElementId> elements) {
        ArrayNode list = Cfn.NODES.arrayNode();
        elements.forEach(id -> list.add(ctx.id(t, id)));
        return list;
    }

    void networkInterface(NetworkInterface eni) {
        CfnResource r = ctx.resource("AWS::EC2::NetworkInterface", eni);
        CfnTemplate t = ctx.templateOf(eni);
        r.properties.set("SubnetId", ctx.id(t, eni.parent()));
        putAddresses(r.properties, eni.privateIp(), eni.secondaryIps());
        r.properties.set("GroupSet", ids(t, eni.securityGroups()));
        r.properties.put("SourceDestCheck", eni.sourceDestCheck());
        if (!eni.description().isEmpty()) {
            r.properties.put("Description", eni.description());
        }
        if (eni.attachedInstance() != null) {
            CfnResource a = ctx.part("AWS::EC2::NetworkInterfaceAttachment", eni, "attachment", "");
            a.properties.put("DeviceIndex", Integer.toString(nextDeviceIndex.merge(eni.attachedInstance(), 1, Integer::sum)));
            a.properties.set("InstanceId", ctx.id(t, eni.attachedInstance()));
            a.properties.set("NetworkInterfaceId", r.ref());
        }
    }

    void loadBalancer(LoadBalancer lb) {
        CfnResource r = ctx.resource("AWS::ElasticLoadBalancingV2::LoadBalancer", lb);
        CfnTemplate t = ctx.templateOf(lb);
        ObjectNode p = r.properties;
        p.put("Name", awsName(lb.label()));
        p.put("Type", lb.type().wire());
        p.put("Scheme", lb.scheme().wire());
        p.put("IpAddressType", lb.ipAddressType().wire());
        ArrayNode mappings = p.putArray("SubnetMappings");
        for (LoadBalancerNode node : lb.nodes()) {
            ObjectNode m = mappings.addObject();
            m.set("SubnetId", ctx.id(t, node.subnet()));
            if (node.ip() != null && lb.scheme() == LoadBalancerScheme.INTERNAL) {
                m.put("PrivateIPv4Address", node.ip().toString());
            }
        }
        if (!lb.securityGroups().isEmpty() || lb.createdWithSecurityGroups()) {
            p.set("SecurityGroups", ids(t, lb.securityGroups()));
            p.put("EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic", lb.enforceSecurityGroupsOnPrivateLink() ? "on" : "off");
        }
        p.putArray("LoadBalancerAttributes").addObject().put("Key", "load_balancing.cross_zone.enabled")
                .put("Value", Boolean.toString(lb.crossZone()));
        for (Listener l : lb.listeners()) {
            listener(lb, r, t, l);
        }
    }

    private void listener(LoadBalancer lb, CfnResource lbResource, CfnTemplate t, Listener l) {
        CfnResource r = ctx.part("AWS::ElasticLoadBalancingV2::Listener", lb, l.protocol().wire() + "-" + l.port(), "");
        r.properties.set("LoadBalancerArn", lbResource.ref());
        r.properties.put("Port", l.port());
        r.properties.put("Protocol", l.protocol().wire());
        if (l.protocol() == ListenerProtocol.TLS || l.protocol() == ListenerProtocol.HTTPS) {
            String param = t.requiredParameter(lb.id() + "-certificate-arn", "String",
                    "ACM certificate for the " + l.protocol().wire() + " listener of " + lb.id());
            ctx.summary.input(t.stackName, param, "ACM certificate ARN for the " + l.protocol().wire() + " listener of " + lb.id());
            r.properties.putArray("Certificates").addObject().set("CertificateArn", Cfn.ref(param));
        }
        if (l.targetGroup() != null) {
            ObjectNode action = r.properties.putArray("DefaultActions").addObject();
            action.put("Type", "forward");
            action.set("TargetGroupArn", ctx.value(t, l.targetGroup(), Attr.ARN));
        }
    }

    void targetGroup(TargetGroup group) {
        CfnResource r = ctx.resource("AWS::ElasticLoadBalancingV2::TargetGroup", group);
        CfnTemplate t = ctx.templateOf(group);
        ObjectNode p = r.properties;
        p.put("Name", awsName(group.label()));
        p.put("Port", group.port());
        p.put("Protocol", group.protocol().wire());
        p.put("TargetType", group.targetType().wire());
        p.set("VpcId", ctx.id(t, group.parent()));
        ArrayNode targets = p.putArray("Targets");
        for (Target target : group.targets()) {
            ObjectNode o = targets.addObject();
            o.set("Id", target.instance() != null ? ctx.id(t, target.instance()) : Cfn.NODES.textNode(target.ip().toString()));
            if (target.port() != null) {
                o.put("Port", target.port());
            }
        }
        ArrayNode attributes = Cfn.NODES.arrayNode();
        if (group.preserveClientIp() != null) {
            attributes.addObject().put("Key", "preserve_client_ip.enabled").put("Value", group.preserveClientIp().toString());
        }
        if (group.crossZone() != null) {
            attributes.addObject().put("Key", "load_balancing.cross_zone.enabled").put("Value", group.crossZone().toString());
        }
        if (!attributes.isEmpty()) {
            p.set("TargetGroupAttributes", attributes);
        }
    }

    /** Load balancer and target group names: at most 32 letters, digits and hyphens. */
    static String awsName(String label) {
        String s = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.startsWith("internal-")) {
            s = "lb-" + s;
        }
        s = s.length() > 32 ? s.substring(0, 32).replaceAll("-+$", "") : s;
        return s.isEmpty() ? "linkwright" : s;
    }

    void endpointService(EndpointService service) {
        CfnResource r = ctx.resource("AWS::EC2::VPCEndpointService", service);
        CfnTemplate t = ctx.templateOf(service);
        r.properties.put("AcceptanceRequired", service.effectiveAcceptanceRequired());
        ArrayNode lbs = r.properties.putArray("NetworkLoadBalancerArns");
        service.loadBalancers().forEach(lb -> lbs.add(ctx.value(t, lb, Attr.ARN)));
        Set<String> families = new LinkedHashSet<>();
        for (IpAddressType type : service.supportedIpAddressTypes()) {
            families.addAll(type == IpAddressType.DUALSTACK ? List.of("ipv4", "ipv6") : List.of(type.wire()));
        }
        ArrayNode types = r.properties.putArray("SupportedIpAddressTypes");
        families.forEach(types::add);
        if (!service.supportedRegions().isEmpty()) {
            ArrayNode regions = r.properties.putArray("SupportedRegions");
            service.supportedRegions().forEach(regions::add);
        }
        if (service.privateDnsName() != null) {
            ctx.summary.notExported(service.id(), "private DNS name " + service.privateDnsName(),
                    "set it on the endpoint service after deploying (aws ec2 modify-vpc-endpoint-service-configuration)");
        }
        if (!service.allowedPrincipals().isEmpty()) {
            CfnResource perms = ctx.part("AWS::EC2::VPCEndpointServicePermissions", service, "permissions", "");
            perms.properties.set("ServiceId", r.ref());
            ArrayNode principals = perms.properties.putArray("AllowedPrincipals");
            service.allowedPrincipals().forEach(principals::add);
        }
        if (service.effectiveAcceptanceRequired()) {
            ctx.summary.note("Endpoint service " + service.id() + " requires acceptance: CloudFormation cannot accept endpoint "
                    + "connections; accept them with aws ec2 accept-vpc-endpoint-connections.");
        }
    }

    void interfaceEndpoint(InterfaceEndpoint endpoint) {
        CfnResource r = ctx.resource("AWS::EC2::VPCEndpoint", endpoint);
        CfnTemplate t = ctx.templateOf(endpoint);
        ObjectNode p = r.properties;
        p.set("VpcId", ctx.id(t, endpoint.parent()));
        p.put("VpcEndpointType", "Interface");
        p.set("ServiceName", endpoint.service() != null ? ctx.value(t, endpoint.service(), Attr.SERVICE_NAME)
                : Cfn.NODES.textNode(endpoint.serviceName()));
        if (endpoint.serviceRegion() != null) {
            p.put("ServiceRegion", endpoint.serviceRegion());
        }
        ArrayNode subnets = p.putArray("SubnetIds");
        for (EndpointInterface i : endpoint.interfaces()) {
            subnets.add(ctx.id(t, i.subnet()));
            if (i.ip() != null) {
                ctx.summary.notExported(endpoint.id(), "address " + i.ip() + " in " + i.subnet(),
                        "CloudFormation cannot choose endpoint addresses; AWS assigns them");
            }
        }
        p.set("SecurityGroupIds", ids(t, endpoint.securityGroups()));
        p.put("PrivateDnsEnabled", endpoint.privateDns());
        p.put("IpAddressType", endpoint.ipAddressType().wire());
        putPolicy(p, endpoint.policy());
    }

    void gatewayEndpoint(GatewayEndpoint endpoint) {
        CfnResource r = ctx.resource("AWS::EC2::VPCEndpoint", endpoint);
        CfnTemplate t = ctx.templateOf(endpoint);
        r.properties.set("VpcId", ctx.id(t, endpoint.parent()));
        r.properties.put("VpcEndpointType", "Gateway");
        r.properties.put("ServiceName", endpoint.serviceName());
        r.properties.set("RouteTableIds", ids(t, endpoint.routeTables()));
        putPolicy(r.properties, endpoint.policy());
    }

    private static void putPolicy(ObjectNode p, String policy) {
        if (policy == null) {
            return;
        }
        try {
            p.set("PolicyDocument", new ObjectMapper().readTree(policy));
        } catch (JsonProcessingException e) {
            p.put("PolicyDocument", policy);
        }
    }
}
