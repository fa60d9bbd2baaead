package dev.linkwright.analysis;

/** What one step of a hop evaluated or did. */
public enum StepAction {
    /** Name resolution of a DNS destination. */
    DNS_RESOLUTION,
    /** Security group outbound rules of the sending interface. */
    SECURITY_GROUP_EGRESS,
    /** Security group inbound rules of the receiving interface. */
    SECURITY_GROUP_INGRESS,
    /** A reply passes a security group because security groups are stateful (R-SG-2). */
    SECURITY_GROUP_STATEFUL,
    /** The packet leaves or enters a subnet; the subnet's network ACL is evaluated next. */
    SUBNET_BOUNDARY,
    /** Network ACL outbound rules of the subnet the packet leaves. */
    NACL_OUT,
    /** Network ACL inbound rules of the subnet the packet enters. */
    NACL_IN,
    /** Both interfaces are in one subnet: no route table, no network ACL (R-NACL-4). */
    SAME_SUBNET,
    /** Longest-prefix match in a VPC route table. */
    ROUTE_LOOKUP,
    /** Delivery by the VPC's local route to the interface owning the address. */
    LOCAL_DELIVERY,
    /** An interface that is a route target forwards traffic not addressed to it (middlebox). */
    SOURCE_DEST_CHECK,
    /** Checks of an element's state (endpoint, gateway, connection, attachment). */
    STATE_CHECK,
    /** Internet gateway: public/private address translation and its address checks. */
    INTERNET_GATEWAY,
    /** NAT gateway: source address and port rewriting. */
    NAT_TRANSLATION,
    /** VPC peering connection: the destination must be in the peer VPC. */
    PEERING,
    /** Transit gateway: entering through a VPC attachment in the source's AZ. */
    TGW_ATTACHMENT_ENTRY,
    /** Transit gateway: which route table the entry attachment is associated with. */
    TGW_ASSOCIATION,
    /** Longest-prefix match in a transit gateway route table. */
    TGW_ROUTE_LOOKUP,
    /** Transit gateway: leaving through the target attachment. */
    TGW_ATTACHMENT_EXIT,
    /** Virtual private gateway: address and known-prefix checks. */
    VPN_GATEWAY,
    /** Site-to-Site VPN connection: tunnel state. */
    VPN_TUNNEL,
    /** Customer gateway (the on-premises VPN device). */
    CUSTOMER_GATEWAY,
    /** Direct Connect connection or virtual interface. */
    DIRECT_CONNECT,
    /** Direct Connect gateway: which association or interface carries the packet. */
    DX_GATEWAY,
    /** The on-premises router's route lookup. */
    ON_PREMISES_ROUTE,
    /** Gateway endpoint (S3, DynamoDB). */
    GATEWAY_ENDPOINT,
    /** Interface endpoint checks: state, protocol, Region, principal, AZ. */
    ENDPOINT_CHECK,
    /** PrivateLink hands the connection from the endpoint to the service's load balancer. */
    PRIVATELINK_HANDOFF,
    /** Load balancer listener and target group. */
    LISTENER,
    /** Load balancer target choice (AZ, cross-zone, health). */
    TARGET_SELECTION,
    /** A component starts a new leg with a rewritten source (NAT, load balancer, PrivateLink). */
    NEW_LEG,
    /** The packet reached its destination. */
    DELIVERED,
    /** The packet left the design for the public internet. */
    EXITS_NETWORK
}
