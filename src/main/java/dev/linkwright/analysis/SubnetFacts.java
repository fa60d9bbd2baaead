package dev.linkwright.analysis;

import dev.linkwright.model.Cidr;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.NetworkAcl;
import dev.linkwright.model.Subnet;

/** A subnet with what routing needs: its VPC, AZ id, effective route table and network ACL. */
final class SubnetFacts {

    final Subnet subnet;
    final VpcFacts vpc;
    final String azId;
    final String azName;
    VpcRouteTable routeTable;
    /** The effective ACL; null when the VPC's default ACL is not modelled (allow all, R-NACL-2). */
    NetworkAcl acl;

    SubnetFacts(Subnet subnet, VpcFacts vpc, String azId, String azName) {
        this.subnet = subnet;
        this.vpc = vpc;
        this.azId = azId;
        this.azName = azName;
    }

    ElementId id() {
        return subnet.id();
    }

    Cidr cidr() {
        return subnet.cidr();
    }

    @Override
    public String toString() {
        return subnet.id().value();
    }
}
