package dev.linkwright.model;

/** A network ACL rule's decision. */
public enum RuleAction implements WireEnum {
    ALLOW("allow"),
    DENY("deny");

    private final String wire;

    RuleAction(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    public static RuleAction parse(String text) {
        return WireEnum.parse(RuleAction.class, text, "rule action");
    }
}
