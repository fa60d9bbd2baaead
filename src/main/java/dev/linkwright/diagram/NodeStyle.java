package dev.linkwright.diagram;

/**
 * How one node looks, in renderer-neutral terms (colours as {@code #rrggbb}).
 *
 * @param name a stable style key ("vpc", "public-subnet", "ec2-instance", "security-group", ...)
 *             that exporters map to their own shapes (e.g. draw.io's {@code mxgraph.aws4} styles)
 * @param stroke border colour of a group, or the tag colour of a chip; null for icons
 * @param fill background of a group as it looks on white, or null for none (renderers on a dark
 *             background may tint with the stroke colour instead)
 * @param dashed true for a dashed border (Region, Availability Zone)
 * @param icon the AWS icon: a group's corner icon or a resource's icon; null when none
 * @param chipTag the short tag written on a chip ("RT", "SG", ...); null for other shapes
 */
public record NodeStyle(String name, String stroke, String fill, boolean dashed, AwsIcon icon, String chipTag) {

    static NodeStyle group(String name, String stroke, String fill, boolean dashed, AwsIcon icon) {
        return new NodeStyle(name, stroke, fill, dashed, icon, null);
    }

    static NodeStyle icon(String name, AwsIcon icon) {
        return new NodeStyle(name, null, null, false, icon, null);
    }

    static NodeStyle chip(String name, String color, String tag) {
        return new NodeStyle(name, color, null, false, null, tag);
    }
}
