package dev.linkwright.io.export.picture;

import dev.linkwright.diagram.AwsIcon;
import dev.linkwright.diagram.LineStyle;
import dev.linkwright.diagram.NodeStyle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * draw.io styles for the diagram's node and line styles: the AWS group shapes of draw.io's AWS
 * sidebar for containers ({@code mxgraph.aws4.group} with its group icons), the AWS 4 resource
 * shapes for resources, and the curated SVG itself for icons draw.io has no shape for.
 */
final class DrawioStyles {

    private static final String GROUP = "points=[];outlineConnect=0;gradientColor=none;html=1;whiteSpace=wrap;fontSize=13;"
            + "fontStyle=1;container=1;pointerEvents=0;collapsible=0;recursiveResize=0;verticalAlign=top;align=left;";
    private static final String RESOURCE = "sketch=0;outlineConnect=0;fontColor=#232F3E;gradientColor=none;dashed=0;"
            + "verticalLabelPosition=bottom;verticalAlign=top;align=center;html=1;fontSize=12;fontStyle=0;aspect=fixed;pointerEvents=1;";

    private static final Map<AwsIcon, String[]> SHAPES = new EnumMap<>(AwsIcon.class);

    static {
        shape(AwsIcon.EC2_INSTANCE, "instance2", "#ED7100");
        shape(AwsIcon.NETWORK_LOAD_BALANCER, "network_load_balancer", "#8C4FFF");
        shape(AwsIcon.APPLICATION_LOAD_BALANCER, "application_load_balancer", "#8C4FFF");
        shape(AwsIcon.GATEWAY_LOAD_BALANCER, "gateway_load_balancer", "#8C4FFF");
        shape(AwsIcon.VPC_ENDPOINTS, "endpoints", "#8C4FFF");
        shape(AwsIcon.CUSTOMER_GATEWAY, "customer_gateway", "#8C4FFF");
        shape(AwsIcon.VPN_CONNECTION, "vpn_connection", "#8C4FFF");
        shape(AwsIcon.VPN_GATEWAY, "vpn_gateway", "#8C4FFF");
        shape(AwsIcon.PEERING_CONNECTION, "peering", "#8C4FFF");
        shape(AwsIcon.TRANSIT_GATEWAY_ATTACHMENT, "transit_gateway_attachment", "#8C4FFF");
        shape(AwsIcon.INTERNET_GATEWAY, "internet_gateway", "#8C4FFF");
        shape(AwsIcon.NAT_GATEWAY, "nat_gateway", "#8C4FFF");
        shape(AwsIcon.NETWORK_INTERFACE, "elastic_network_interface", "#8C4FFF");
        shape(AwsIcon.ROUTER, "router", "#8C4FFF");
        shape(AwsIcon.SERVER, "traditional_server", "#232F3D");
        shape(AwsIcon.CLIENT, "client", "#232F3D");
        shape(AwsIcon.USERS, "users", "#232F3D");
        service(AwsIcon.SERVICE_PRIVATELINK, "vpc_privatelink", "#8C4FFF");
        service(AwsIcon.SERVICE_DIRECT_CONNECT, "direct_connect", "#8C4FFF");
        service(AwsIcon.SERVICE_SITE_TO_SITE_VPN, "site_to_site_vpn", "#8C4FFF");
        service(AwsIcon.SERVICE_TRANSIT_GATEWAY, "transit_gateway", "#8C4FFF");
        service(AwsIcon.SERVICE_ELASTIC_LOAD_BALANCING, "elastic_load_balancing", "#8C4FFF");
        service(AwsIcon.SERVICE_VPC, "vpc", "#8C4FFF");
        service(AwsIcon.SERVICE_EC2, "ec2", "#ED7100");
        service(AwsIcon.SERVICE_S3, "s3", "#7AA116");
        service(AwsIcon.SERVICE_DYNAMODB, "dynamodb", "#C925D1");
    }

    private static void shape(AwsIcon icon, String shape, String fill) {
        SHAPES.put(icon, new String[] {"shape=mxgraph.aws4." + shape + ";fillColor=" + fill + ";strokeColor=none;"});
    }

    private static void service(AwsIcon icon, String resIcon, String fill) {
        SHAPES.put(icon, new String[] {"shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4." + resIcon + ";fillColor=" + fill
                + ";strokeColor=#ffffff;"});
    }

    private DrawioStyles() {
    }

    /** True when draw.io draws the group with its own AWS group shape and corner icon. */
    static boolean hasGroupIcon(NodeStyle style) {
        return switch (style.name()) {
            case "account", "region", "vpc", "public-subnet", "private-subnet", "aws-cloud", "corporate-data-center" -> true;
            default -> false;
        };
    }

    /** The style of a group (container) cell. */
    static String group(NodeStyle style) {
        String s = switch (style.name()) {
            case "account" -> aws4Group("group_account", "#CD2264", "none", "#CD2264", false);
            case "region" -> aws4Group("group_region", "#00A4A6", "none", "#147EBA", true);
            case "vpc" -> aws4Group("group_vpc2", "#8C4FFF", "none", "#8C4FFF", false);
            case "public-subnet" -> aws4Group("group_security_group", "#7AA116", "#F2F6E8", "#248814", false) + "grStroke=0;";
            case "private-subnet" -> aws4Group("group_security_group", "#00A4A6", "#E6F6F7", "#147EBA", false) + "grStroke=0;";
            case "aws-cloud" -> aws4Group("group_aws_cloud_alt", "#232F3E", "none", "#232F3E", false);
            case "corporate-data-center" -> aws4Group("group_corporate_data_center", "#7D8998", "none", "#5A6C86", false);
            case "availability-zone" -> "rounded=0;dashed=1;dashPattern=8 5;strokeColor=#147EBA;fillColor=none;fontColor=#147EBA;spacingLeft=10;";
            default -> "rounded=0;dashed=" + (style.dashed() ? 1 : 0) + ";strokeColor=" + stroke(style) + ";fillColor=none;fontColor="
                    + stroke(style) + ";spacingLeft=" + (style.icon() == null ? 10 : 40) + ";";
        };
        return GROUP + s;
    }

    private static String aws4Group(String icon, String stroke, String fill, String font, boolean dashed) {
        return "shape=mxgraph.aws4.group;grIcon=mxgraph.aws4." + icon + ";strokeColor=" + stroke + ";fillColor=" + fill
                + ";fontColor=" + font + ";dashed=" + (dashed ? 1 : 0) + ";spacingLeft=30;";
    }

    private static String stroke(NodeStyle style) {
        return style.stroke() == null ? "#7D8998" : style.stroke();
    }

    /** The style of a resource drawn as an icon with its label below. */
    static String icon(AwsIcon icon) {
        String[] known = SHAPES.get(icon);
        return RESOURCE + (known != null ? known[0] : image(icon));
    }

    /** The curated SVG of {@code icon} embedded as a data URI (draw.io's own form, without ";base64"). */
    static String image(AwsIcon icon) {
        try (InputStream in = DrawioStyles.class.getResourceAsStream(icon.resourcePath())) {
            if (in == null) {
                throw new IllegalStateException("icon " + icon.resourcePath() + " is missing from the classpath");
            }
            return "shape=image;imageAspect=0;strokeColor=none;image=data:image/svg+xml," + Base64.getEncoder().encodeToString(in.readAllBytes()) + ";";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The style of a chip (route table, security group ...): a pill. */
    static String chip(NodeStyle style) {
        return "rounded=1;arcSize=50;whiteSpace=wrap;html=1;fontSize=11;align=left;spacingLeft=6;fontColor=#232F3E;fillColor="
                + Colors.tint(style.stroke(), 0.08) + ";strokeColor=" + Colors.tint(style.stroke(), 0.6) + ";";
    }

    /** The style of an edge drawn in {@code line}'s look. */
    static String edge(LineStyle line) {
        StringBuilder s = new StringBuilder("edgeStyle=none;rounded=0;html=1;jumpStyle=none;");
        s.append("strokeColor=").append(line.color()).append(";strokeWidth=").append(SvgWriter.num(line.width())).append(';');
        s.append(line.arrow() ? "endArrow=block;endFill=1;" : "endArrow=none;").append("startArrow=none;");
        if (!line.dashes().isEmpty()) {
            s.append("dashed=1;dashPattern=").append(dashPattern(line.dashes(), line.width())).append(';');
        }
        return s.toString();
    }

    /** draw.io scales dash patterns by the stroke width; the diagram's patterns are in units. */
    private static String dashPattern(List<Double> dashes, double width) {
        StringBuilder b = new StringBuilder();
        for (double d : dashes) {
            double v = Math.max(0.5, d / Math.max(1, width));
            b.append(b.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.1f", v).replace(".0", ""));
        }
        return b.toString();
    }
}
