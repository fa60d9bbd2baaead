package dev.linkwright.validation.rules;

import dev.linkwright.model.Cidr;
import dev.linkwright.model.Vpc;
import dev.linkwright.validation.ElementRule;
import java.util.List;

/**
 * R-VPC-1: ranges a VPC can never use (link-local 169.254.0.0/16, loopback, multicast, reserved) and
 * secondary blocks AWS refuses next to the primary block's range (another RFC 1918 range, or
 * 198.19.0.0/16 beside RFC 1918 or public blocks).
 */
public final class VpcRestrictedRange extends ElementRule<Vpc> {

    private static final List<Cidr> NEVER = List.of(Cidr.parse("0.0.0.0/8"), Cidr.parse("127.0.0.0/8"),
            Cidr.parse("169.254.0.0/16"), Cidr.parse("224.0.0.0/4"), Cidr.parse("240.0.0.0/4"));
    private static final Cidr TEN = Cidr.parse("10.0.0.0/8");
    private static final Cidr ONE_SEVEN_TWO = Cidr.parse("172.16.0.0/12");
    private static final Cidr ONE_NINE_TWO = Cidr.parse("192.168.0.0/16");
    private static final Cidr BENCHMARK = Cidr.parse("198.19.0.0/16");

    public VpcRestrictedRange() {
        super("E_VPC_CIDR_RESTRICTED_RANGE", "R-VPC-1", Vpc.class,
                "A VPC block lies in a range AWS never allows (e.g. 169.254.0.0/16), or a secondary block mixes ranges AWS refuses to combine (another RFC 1918 range than the primary's, or 198.19.0.0/16 with RFC 1918 blocks).",
                "Choose the VPC's blocks from one RFC 1918 range (or publicly routable / 100.64.0.0/10 space) and never from 169.254.0.0/16.");
    }

    @Override
    protected void check(Vpc vpc, Check c) {
        List<Cidr> blocks = vpc.cidrBlocks();
        for (Cidr b : blocks) {
            for (Cidr never : NEVER) {
                if (never.overlaps(b)) {
                    c.report("VPC '" + vpc.id() + "' uses " + b + ", inside " + never + ", which can never be a VPC block.",
                            "Use an RFC 1918 range such as 10.0.0.0/16 instead.", vpc.id());
                }
            }
        }
        if (blocks.isEmpty()) {
            return;
        }
        String primary = family(blocks.get(0));
        for (int i = 1; i < blocks.size(); i++) {
            Cidr b = blocks.get(i);
            String family = family(b);
            boolean restricted = (isRfc1918(family) && !family.equals(primary))
                    || (family.equals("198.19.0.0/16") && !primary.equals("198.19.0.0/16"));
            if (restricted) {
                c.report("VPC '" + vpc.id() + "': secondary block " + b + " (" + family + ") cannot be added to a VPC whose primary block "
                                + blocks.get(0) + " is in " + primary + ".",
                        "Pick the secondary block from " + (isRfc1918(primary) ? primary + ", " : "") + "100.64.0.0/10 or publicly routable space.",
                        vpc.id());
            }
        }
    }

    private static boolean isRfc1918(String family) {
        return family.equals(TEN.toString()) || family.equals(ONE_SEVEN_TWO.toString()) || family.equals(ONE_NINE_TWO.toString());
    }

    /** The range family a block belongs to for the association restrictions. */
    private static String family(Cidr b) {
        for (Cidr f : List.of(TEN, ONE_SEVEN_TWO, ONE_NINE_TWO, BENCHMARK)) {
            if (f.contains(b)) {
                return f.toString();
            }
        }
        return "publicly routable or 100.64.0.0/10 space";
    }
}
