package dev.linkwright.validation.rules;

import dev.linkwright.model.AvailabilityZone;
import dev.linkwright.validation.ElementRule;

/** R-VPC-6: an Availability Zone belongs to the Region of its VPC (us-east-1a is in us-east-1). */
public final class ZoneNotInRegion extends ElementRule<AvailabilityZone> {

    public ZoneNotInRegion() {
        super("E_AZ_NOT_IN_REGION", "R-VPC-6", AvailabilityZone.class,
                "An Availability Zone's name does not belong to the Region of its VPC (e.g. eu-west-1a in a us-east-1 VPC).",
                "Use an AZ of the VPC's Region.");
    }

    @Override
    protected void check(AvailabilityZone az, Check c) {
        String region = Network.regionOf(c.view(), az.id());
        String name = az.zoneName();
        if (region == null || name == null || name.isEmpty()) {
            return;
        }
        if (!name.startsWith(region) || name.length() == region.length()) {
            c.report("Availability Zone " + name + " ('" + az.id() + "') is not in " + region + ", the Region of its VPC.",
                    "Use an AZ of " + region + " (" + region + "a, " + region + "b, ...).", az.id(), az.parent());
        }
    }
}
