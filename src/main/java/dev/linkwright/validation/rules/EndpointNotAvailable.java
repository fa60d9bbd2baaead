package dev.linkwright.validation.rules;

import dev.linkwright.model.EndpointState;
import dev.linkwright.model.InterfaceEndpoint;
import dev.linkwright.validation.ElementRule;

/** R-PL-6: only an Available endpoint passes traffic. */
public final class EndpointNotAvailable extends ElementRule<InterfaceEndpoint> {

    public EndpointNotAvailable() {
        super("W_VPCE_NOT_AVAILABLE", "R-PL-6", InterfaceEndpoint.class,
                "An interface endpoint is not in state Available (pending acceptance, rejected, expired, ...), so it passes no traffic (BAD_STATE).",
                "Have the provider accept the connection (or recreate a rejected/expired endpoint).");
    }

    @Override
    protected void check(InterfaceEndpoint endpoint, Check c) {
        EndpointState s = endpoint.state();
        if (s == EndpointState.AVAILABLE || s == EndpointState.REQUESTED) {
            return;
        }
        String fix = s == EndpointState.PENDING_ACCEPTANCE ? "Have the provider of '" + endpoint.service() + "' accept the connection request."
                : s == EndpointState.PENDING ? "Wait for the endpoint to become available."
                : "Create the endpoint again (and have the provider accept it).";
        c.report("Interface endpoint '" + endpoint.id() + "' is " + s.wire() + ": until it is Available it passes no traffic.", fix,
                endpoint.id(), endpoint.service());
    }
}
