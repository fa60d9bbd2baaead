package dev.linkwright.model;

/** The lifecycle state of a VPC peering connection. */
public enum PeeringState implements WireEnum {
    INITIATING_REQUEST("initiating-request"),
    PENDING_ACCEPTANCE("pending-acceptance"),
    PROVISIONING("provisioning"),
    ACTIVE("active"),
    FAILED("failed"),
    REJECTED("rejected"),
    EXPIRED("expired"),
    DELETING("deleting"),
    DELETED("deleted");

    private final String wire;

    PeeringState(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    public static PeeringState parse(String text) {
        return WireEnum.parse(PeeringState.class, text, "peering state");
    }
}
