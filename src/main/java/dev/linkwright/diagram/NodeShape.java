package dev.linkwright.diagram;

/** How an element is drawn. */
public enum NodeShape {
    /** A box holding other elements (account, Region, VPC, AZ, subnet, transit gateway, ...). */
    GROUP,
    /** An AWS icon with a label under it (instance, load balancer, endpoint, gateway, ...). */
    ICON,
    /**
     * A small labelled pill for rule tables and other things AWS diagrams do not draw as boxes
     * (route tables, security groups, network ACLs, target groups, prefix lists): kept in a strip
     * at the bottom of their container so they can be selected and inspected without cluttering
     * the picture.
     */
    CHIP
}
