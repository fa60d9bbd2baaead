package dev.linkwright.model;

/** The state of a VPC endpoint (its connection to the service). */
public enum EndpointState implements WireEnum {
    PENDING_ACCEPTANCE("PendingAcceptance"),
    PENDING("Pending"),
    AVAILABLE("Available"),
    REJECTED("Rejected"),
    EXPIRED("Expired"),
    FAILED("Failed"),
    DELETING("Deleting"),
    DELETED("Deleted"),
    PARTIAL("Partial"),
    REQUESTED("Requested");

    private final String wire;

    EndpointState(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    public static EndpointState parse(String text) {
        return WireEnum.parse(EndpointState.class, text, "endpoint state");
    }
}
