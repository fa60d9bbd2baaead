package dev.linkwright.diagram;

import java.util.List;

/**
 * The kinds of line the diagram draws between elements, each with its own look and a legend text.
 * Distinct by colour and by pattern so a printed grey-scale diagram stays readable: Direct Connect
 * thick, VPN dashed with a lock, PrivateLink dotted.
 */
public enum ConnectionKind {
    /** A VPC peering connection: requester VPC to the peering icon to accepter VPC. */
    PEERING("VPC peering", new LineStyle("#1E6FD9", 2.5, List.of(), false, false, false)),
    /** A transit gateway attachment to what it attaches (VPC, VPN, Direct Connect gateway, peer). */
    TGW_ATTACHMENT("Transit Gateway attachment", new LineStyle("#E7157B", 2.5, List.of(), false, false, false)),
    /** A Site-to-Site VPN: gateway (VGW or TGW) to the VPN connection to the customer gateway. */
    VPN("Site-to-Site VPN", new LineStyle("#DD344C", 2, List.of(9.0, 5.0), false, false, true)),
    /** A customer gateway to the on-premises network it stands for. */
    CUSTOMER_NETWORK("Customer gateway link", new LineStyle("#545B64", 1.5, List.of(), false, false, false)),
    /** A Direct Connect virtual interface to its gateway and to the on-premises network. */
    DIRECT_CONNECT("Direct Connect", new LineStyle("#ED7100", 5, List.of(), false, false, false)),
    /** A Direct Connect gateway association with a virtual private gateway or transit gateway. */
    DX_GATEWAY_ASSOCIATION("DX gateway association", new LineStyle("#ED7100", 2.5, List.of(7.0, 4.0), false, false, false)),
    /** An interface endpoint to the endpoint service (or AWS service) it connects to. */
    PRIVATELINK("PrivateLink", new LineStyle("#8C4FFF", 3, List.of(0.1, 6.0), true, true, false)),
    /** An endpoint service to the Network Load Balancer behind it. */
    SERVICE_LOAD_BALANCER("Endpoint service → NLB", new LineStyle("#8C4FFF", 2, List.of(0.1, 5.0), true, true, false)),
    /** A load balancer to a registered target. */
    LOAD_BALANCER_TARGET("Load balancer → target", new LineStyle("#545B64", 1.5, List.of(), false, true, false)),
    /** A gateway endpoint to the AWS service it reaches (S3, DynamoDB). */
    GATEWAY_ENDPOINT("Gateway endpoint → service", new LineStyle("#7AA116", 2, List.of(0.1, 5.0), true, true, false)),
    /** An internet gateway to the internet. */
    INTERNET("Internet gateway → internet", new LineStyle("#545B64", 1.5, List.of(4.0, 4.0), false, false, false));

    private final String legend;
    private final LineStyle style;

    ConnectionKind(String legend, LineStyle style) {
        this.legend = legend;
        this.style = style;
    }

    /** The text of this kind's legend entry. */
    public String legend() {
        return legend;
    }

    public LineStyle style() {
        return style;
    }
}
