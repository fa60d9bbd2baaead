package dev.linkwright.validation.rules;

import dev.linkwright.model.EndpointService;
import dev.linkwright.validation.ElementRule;

/** R-PL-1: an endpoint service needs a Network Load Balancer (or a Gateway Load Balancer). */
public final class EndpointServiceWithoutLoadBalancer extends ElementRule<EndpointService> {

    public EndpointServiceWithoutLoadBalancer() {
        super("E_ENDPOINT_SERVICE_NO_LOAD_BALANCER", "R-PL-1", EndpointService.class,
                "An endpoint service has no load balancer; a PrivateLink service is always fronted by a Network Load Balancer (or a Gateway Load Balancer).",
                "Create a Network Load Balancer in front of the service's targets and add it to the endpoint service.");
    }

    @Override
    protected void check(EndpointService service, Check c) {
        if (Network.loadBalancersOf(c.view(), service).isEmpty()) {
            c.report("Endpoint service '" + service.id() + "' has no load balancer; AWS creates an endpoint service only in front of a Network Load Balancer or a Gateway Load Balancer.",
                    "Put a Network Load Balancer (one subnet per AZ you want to serve) in front of the service and add it to '" + service.id() + "'.",
                    service.id());
        }
    }
}
