package dev.linkwright.model;

/**
 * An Availability Zone as used by one VPC, drawn as a dashed box. {@code zoneName} is the account's
 * alias (us-east-1a); {@code zoneId} the physical zone (use1-az1), or null to take it from the
 * account's mapping.
 */
public record AvailabilityZone(ElementId id, String name, ElementId parent, String zoneName, String zoneId)
        implements Element {

    public AvailabilityZone {
        name = Lists.text(name);
    }

    @Override
    public ElementKind kind() {
        return ElementKind.AVAILABILITY_ZONE;
    }

    @Override
    public String label() {
        return name.isEmpty() ? zoneName : name;
    }
}
