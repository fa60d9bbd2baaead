package dev.linkwright.validation.rules;

import dev.linkwright.model.Cidr;
import dev.linkwright.model.Vpc;
import dev.linkwright.validation.ElementRule;

/** R-VPC-1: every IPv4 block of a VPC is between /16 and /28. */
public final class VpcPrefixOutOfRange extends ElementRule<Vpc> {

    public VpcPrefixOutOfRange() {
        super("E_VPC_PREFIX_OUT_OF_RANGE", "R-VPC-1", Vpc.class,
                "A VPC IPv4 block (primary or secondary) is larger than /16 or smaller than /28.",
                "Use a block between /16 (65,536 addresses) and /28 (16 addresses).");
    }

    @Override
    protected void check(Vpc vpc, Check c) {
        for (Cidr block : vpc.cidrBlocks()) {
            int p = block.prefixLength();
            if (p < 16 || p > 28) {
                c.report("VPC '" + vpc.id() + "' has the block " + block + ", a /" + p + "; AWS accepts VPC blocks from /16 (65,536 addresses) to /28 (16 addresses).",
                        p < 16 ? "Use a /16 (for example " + new Cidr(block.network(), 16) + ") and add further /16 blocks as secondary blocks if you need more addresses."
                                : "Use at least a /28 (for example " + new Cidr(block.network(), 28).canonical() + ").",
                        vpc.id());
            }
        }
    }
}
