package dev.linkwright.validation.rules;

import dev.linkwright.model.EndpointService;
import dev.linkwright.validation.ElementRule;

/**
 * R-PL-4: an endpoint service that allows every principal ({@code *}) and accepts connections
 * automatically is open to any AWS account: its load balancer is effectively public.
 */
public final class EndpointServiceOpenToAll extends ElementRule<EndpointService> {

    public EndpointServiceOpenToAll() {
        super("W_ENDPOINT_SERVICE_OPEN_TO_ALL", "R-PL-4", EndpointService.class,
                "An endpoint service allows every principal (*) and accepts connection requests automatically: any AWS account can connect, so its load balancer is effectively public.",
                "Allow only the consumer accounts (arn:aws:iam::<account>:root), or require acceptance.");
    }

    @Override
    protected void check(EndpointService service, Check c) {
        if (service.allowedPrincipals().stream().anyMatch(p -> p.trim().equals("*")) && Boolean.FALSE.equals(service.acceptanceRequired())) {
            c.report("Endpoint service '" + service.id() + "' allows every principal (*) and accepts connections automatically: any AWS account can create an endpoint to it, which makes its load balancer effectively public.",
                    "List the consumer accounts as allowed principals instead of *, or turn on acceptance required.", service.id());
        }
    }
}
