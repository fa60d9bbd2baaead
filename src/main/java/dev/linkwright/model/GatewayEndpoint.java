package dev.linkwright.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A gateway VPC endpoint for Amazon S3 or DynamoDB: each associated route table gets a route from
 * the service's prefix list to the endpoint (R-GEP-1). Usable only from inside its VPC (R-GEP-3).
 */
public record GatewayEndpoint(ElementId id, String name, ElementId parent, String serviceName, ElementId prefixList,
                              List<ElementId> routeTables, EndpointState state, String policy) implements Element {

    public GatewayEndpoint {
        name = Lists.text(name);
        if (serviceName == null || serviceName.isEmpty()) {
            throw new IllegalArgumentException("a gateway endpoint needs a service name (like com.amazonaws.us-east-1.s3)");
        }
        routeTables = Lists.copy(routeTables);
        state = state == null ? EndpointState.AVAILABLE : state;
        policy = policy == null || policy.isEmpty() ? null : policy;
    }

    @Override
    public ElementKind kind() {
        return ElementKind.GATEWAY_ENDPOINT;
    }

    @Override
    public List<Reference> references() {
        List<Reference> refs = new ArrayList<>();
        if (prefixList != null) {
            refs.add(Reference.to("prefixList", prefixList));
        }
        for (ElementId rt : routeTables) {
            refs.add(Reference.to("routeTable", rt));
        }
        return refs;
    }
}
