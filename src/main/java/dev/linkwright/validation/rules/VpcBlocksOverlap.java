package dev.linkwright.validation.rules;

import dev.linkwright.model.Cidr;
import dev.linkwright.model.Ipv6Cidr;
import dev.linkwright.model.Vpc;
import dev.linkwright.validation.ElementRule;
import java.util.List;

/** R-VPC-1: a secondary block must not overlap another block of the same VPC. */
public final class VpcBlocksOverlap extends ElementRule<Vpc> {

    public VpcBlocksOverlap() {
        super("E_VPC_CIDR_OVERLAP", "R-VPC-1", Vpc.class,
                "Two CIDR blocks of the same VPC overlap (a secondary block overlaps the primary or another secondary block).",
                "Remove the overlapping secondary block or pick a range that does not overlap the VPC's other blocks.");
    }

    @Override
    protected void check(Vpc vpc, Check c) {
        List<Cidr> blocks = vpc.cidrBlocks();
        for (int i = 1; i < blocks.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (blocks.get(i).overlaps(blocks.get(j))) {
                    c.report("VPC '" + vpc.id() + "': block " + blocks.get(i) + " overlaps its " + (j == 0 ? "primary" : "secondary")
                                    + " block " + blocks.get(j) + "; AWS refuses to associate an overlapping block.",
                            "Remove " + blocks.get(i) + " or replace it with a range outside " + blocks.get(j) + ".", vpc.id());
                    break;
                }
            }
        }
        List<Ipv6Cidr> v6 = vpc.ipv6CidrBlocks();
        for (int i = 1; i < v6.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (v6.get(i).overlaps(v6.get(j))) {
                    c.report("VPC '" + vpc.id() + "': IPv6 block " + v6.get(i) + " overlaps its IPv6 block " + v6.get(j) + ".",
                            "Remove one of the overlapping IPv6 blocks.", vpc.id());
                    break;
                }
            }
        }
    }
}
