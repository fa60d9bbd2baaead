package dev.linkwright.generate;

/**
 * How big a {@link SyntheticOrganisation} is. {@link #full()} is the benchmark organisation of
 * issue 3: 100 accounts, 1,000 VPCs, 10,000 subnets, 20,000 instances, a transit gateway hub per
 * Region, 200 peerings, 50 endpoint services with 500 interface endpoints, VPN and Direct Connect
 * on-ramps.
 *
 * <pre>{@code
 * Scale tenth = Scale.full().times(0.1); // 10 accounts, 100 VPCs, 1,000 subnets, ...
 * }</pre>
 */
public record Scale(int accounts, int vpcsPerAccount, int subnetsPerVpc, int instancesPerSubnet, int regions, int peerings,
                    int endpointServices, int endpointsPerService, boolean onRamps, long seed) {

    public Scale {
        if (accounts < 1 || vpcsPerAccount < 1 || subnetsPerVpc < 2 || subnetsPerVpc > 14 || instancesPerSubnet < 0
                || instancesPerSubnet > 200 || regions < 1 || regions > 4 || peerings < 0 || endpointServices < 0 || endpointsPerService < 0) {
            throw new IllegalArgumentException("scale out of range: accounts >= 1, VPCs per account >= 1, 2-14 subnets per VPC,"
                    + " 0-200 instances per subnet, 1-4 Regions, no negative counts");
        }
        if ((long) accounts * vpcsPerAccount > 4096) {
            throw new IllegalArgumentException("at most 4,096 VPCs (each gets a /20 of 10.0.0.0/8)");
        }
    }

    /** The benchmark organisation of issue 3. */
    public static Scale full() {
        return new Scale(100, 10, 10, 2, 2, 200, 50, 10, true, 42);
    }

    /** This organisation with accounts, peerings and endpoint services scaled by {@code factor} (VPC shape unchanged). */
    public Scale times(double factor) {
        return new Scale(Math.max(1, (int) Math.round(accounts * factor)), vpcsPerAccount, subnetsPerVpc, instancesPerSubnet, regions,
                (int) Math.round(peerings * factor), Math.max(endpointServices == 0 ? 0 : 1, (int) Math.round(endpointServices * factor)),
                endpointsPerService, onRamps, seed);
    }

    public int vpcs() {
        return accounts * vpcsPerAccount;
    }
}
