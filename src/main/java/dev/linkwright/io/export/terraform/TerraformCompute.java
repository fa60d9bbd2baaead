package dev.linkwright.io.export.terraform;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linkwright.io.export.AwsLocation;
import dev.linkwright.io.export.ResourceNames;
import dev.linkwright.io.export.terraform.TerraformConfig.Block;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.Instance;
import dev.linkwright.model.Listener;
import dev.linkwright.model.ListenerProtocol;
import dev.linkwright.model.LoadBalancer;
import dev.linkwright.model.LoadBalancerNode;
import dev.linkwright.model.LoadBalancerScheme;
import dev.linkwright.model.NetworkInterface;
import dev.linkwright.model.Target;
import dev.linkwright.model.TargetGroup;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Instances, network interfaces and load balancers as Terraform. AMIs and the instance type are
 * variables; an unset AMI variable falls back to the latest Amazon Linux 2023 image of the Region.
 */
final class TerraformCompute {

    static final String AMAZON_LINUX = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64";

    private final TerraformContext ctx;
    private final Map<ElementId, Integer> nextDeviceIndex = new HashMap<>();

    TerraformCompute(TerraformContext ctx) {
        this.ctx = ctx;
    }

    void instance(Instance instance) {
        Block b = ctx.resource("aws_instance", instance);
        ObjectNode body = b.body();
        body.put("ami", ami(instance));
        body.put("instance_type", ctx.config.variable("instance_type", "string",
                "EC2 instance type of every instance in the design", TerraformConfig.nodes().textNode("t3.micro")));
        body.put("subnet_id", ctx.ref(instance.parent(), "id"));
        if (instance.privateIp() != null) {
            body.put("private_ip", instance.privateIp().toString());
        }
        if (!instance.secondaryIps().isEmpty()) {
            ArrayNode ips = body.putArray("secondary_private_ips");
            instance.secondaryIps().forEach(ip -> ips.add(ip.toString()));
        }
        putGroups(body.putArray("vpc_security_group_ids"), instance.securityGroups());
        body.put("source_dest_check", instance.sourceDestCheck());
        if (instance.publicIp() != null) {
            body.put("associate_public_ip_address", true);
            ctx.summary.notExported(instance.id(), "public IP " + instance.publicIp(), "AWS assigns public addresses; the instance gets a new one");
        }
        if (!instance.state().equals("running")) {
            ctx.summary.notExported(instance.id(), "state " + instance.state(), "Terraform creates running instances");
        }
    }

    /** {@code coalesce(var.ami_<region>, <latest Amazon Linux 2023 in the Region>)}. */
    private String ami(Instance instance) {
        AwsLocation at = AwsLocation.of(ctx.topology, instance).orElseThrow();
        String region = ResourceNames.snakeCase(at.region());
        String variable = "ami_" + region;
        ctx.config.variable(variable, "string", "AMI for the instances in " + at.region()
                + "; null takes the latest Amazon Linux 2023", TerraformConfig.nodes().nullNode());
        TerraformConfig.Block latest = ctx.config.data("aws_ssm_parameter", "al2023-" + at.region(), ctx.providerOf(instance));
        latest.body().put("name", AMAZON_LINUX);
        return "${coalesce(var." + variable + ", " + latest.address() + ".insecure_value)}";
    }

    private void putGroups(ArrayNode into, List<ElementId> groups) {
        for (ElementId sg : groups) {
            into.add(ctx.ref(sg, "id"));
        }
    }

    void networkInterface(NetworkInterface eni) {
        Block b = ctx.resource("aws_network_interface", eni);
        ObjectNode body = b.body();
        body.put("subnet_id", ctx.ref(eni.parent(), "id"));
        if (!eni.privateIps().isEmpty()) {
            ArrayNode ips = body.putArray("private_ips");
            eni.privateIps().forEach(ip -> ips.add(ip.toString()));
        }
        putGroups(body.putArray("security_groups"), eni.securityGroups());
        body.put("source_dest_check", eni.sourceDestCheck());
        if (!eni.description().isEmpty()) {
            body.put("description", eni.description());
        }
        if (eni.attachedInstance() != null) {
            Block att = ctx.part("aws_network_interface_attachment", eni, "attachment", eni.label() + " attachment");
            att.body().put("instance_id", ctx.ref(eni.attachedInstance(), "id"));
            att.body().put("network_interface_id", b.ref("id"));
            att.body().put("device_index", nextDeviceIndex.merge(eni.attachedInstance(), 1, Integer::sum));
        }
    }

    void loadBalancer(LoadBalancer lb) {
        Block b = ctx.resource("aws_lb", lb);
        ObjectNode body = b.body();
        body.put("name", awsName(lb.label()));
        body.put("load_balancer_type", lb.type().wire());
        body.put("internal", lb.scheme() == LoadBalancerScheme.INTERNAL);
        body.put("ip_address_type", lb.ipAddressType().wire());
        body.put("enable_cross_zone_load_balancing", lb.crossZone());
        ArrayNode mappings = body.putArray("subnet_mapping");
        for (LoadBalancerNode node : lb.nodes()) {
            ObjectNode m = mappings.addObject();
            m.put("subnet_id", ctx.ref(node.subnet(), "id"));
            if (node.ip() != null && lb.scheme() == LoadBalancerScheme.INTERNAL) {
                m.put("private_ipv4_address", node.ip().toString());
            }
        }
        if (!lb.securityGroups().isEmpty() || lb.createdWithSecurityGroups()) {
            putGroups(body.putArray("security_groups"), lb.securityGroups());
            body.put("enforce_security_group_inbound_rules_on_private_link_traffic",
                    lb.enforceSecurityGroupsOnPrivateLink() ? "on" : "off");
        }
        for (Listener l : lb.listeners()) {
            listener(lb, b, l);
        }
    }

    private void listener(LoadBalancer lb, Block lbBlock, Listener l) {
        Block b = ctx.part("aws_lb_listener", lb, l.protocol().wire() + "-" + l.port(), lb.label() + " " + l.protocol().wire() + " " + l.port());
        ObjectNode body = b.body();
        body.put("load_balancer_arn", lbBlock.ref("arn"));
        body.put("port", l.port());
        body.put("protocol", l.protocol().wire());
        if (l.protocol() == ListenerProtocol.TLS || l.protocol() == ListenerProtocol.HTTPS) {
            String variable = ResourceNames.snakeCase(lb.id().value()) + "_certificate_arn";
            body.put("certificate_arn", ctx.config.variable(variable, "string", "ACM certificate for the "
                    + l.protocol().wire() + " listener of " + lb.id(), null));
            ctx.summary.input("variable", variable, "ACM certificate ARN for the " + l.protocol().wire() + " listener of " + lb.id());
        }
        if (l.targetGroup() != null) {
            ObjectNode action = body.putArray("default_action").addObject();
            action.put("type", "forward");
            action.put("target_group_arn", ctx.ref(l.targetGroup(), "arn"));
        }
    }

    void targetGroup(TargetGroup group) {
        Block b = ctx.resource("aws_lb_target_group", group);
        ObjectNode body = b.body();
        body.put("name", awsName(group.label()));
        body.put("port", group.port());
        body.put("protocol", group.protocol().wire());
        body.put("target_type", group.targetType().wire());
        body.put("vpc_id", ctx.ref(group.parent(), "id"));
        if (group.preserveClientIp() != null) {
            body.put("preserve_client_ip", group.preserveClientIp().toString());
        }
        if (group.crossZone() != null) {
            body.put("load_balancing_cross_zone_enabled", group.crossZone().toString());
        }
        List<Target> targets = group.targets();
        for (int i = 0; i < targets.size(); i++) {
            target(group, b, targets.get(i), i + 1);
        }
    }

    private void target(TargetGroup group, Block groupBlock, Target t, int n) {
        String key = t.instance() != null ? t.instance().value() : t.ip().toString();
        Block b = ctx.part("aws_lb_target_group_attachment", group, "target-" + key, group.label() + " target " + n);
        b.body().put("target_group_arn", groupBlock.ref("arn"));
        b.body().put("target_id", t.instance() != null ? ctx.ref(t.instance(), "id") : t.ip().toString());
        if (t.port() != null) {
            b.body().put("port", t.port());
        }
    }

    /** Load balancer and target group names: at most 32 letters, digits and hyphens, no hyphen at the ends. */
    static String awsName(String label) {
        String s = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.startsWith("internal-")) {
            s = "lb-" + s;
        }
        s = s.length() > 32 ? s.substring(0, 32).replaceAll("-+$", "") : s;
        return s.isEmpty() ? "linkwright" : s;
    }

}
