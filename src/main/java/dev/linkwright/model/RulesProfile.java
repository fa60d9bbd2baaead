package dev.linkwright.model;

/**
 * Which AWS behaviour to apply where it changed over time (rulebook §16, R-EV-7): {@code current}
 * (default) or {@code legacy-2020}, which reproduces the 2020 documentation (TCP-only, IPv4-only,
 * same-Region-only PrivateLink, no NLB security groups, no TGW security-group referencing).
 */
public enum RulesProfile implements WireEnum {
    CURRENT("current"), LEGACY_2020("legacy-2020");

    private final String wire;

    RulesProfile(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    public static RulesProfile parse(String text) {
        return WireEnum.parse(RulesProfile.class, text, "rules profile");
    }
}
