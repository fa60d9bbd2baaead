package dev.linkwright.validation.rules;

import dev.linkwright.model.GatewayEndpoint;
import dev.linkwright.validation.ElementRule;
import java.util.Locale;

/** R-GEP-1: gateway endpoints exist only for Amazon S3 and DynamoDB. */
public final class GatewayEndpointServiceUnsupported extends ElementRule<GatewayEndpoint> {

    public GatewayEndpointServiceUnsupported() {
        super("E_GATEWAY_ENDPOINT_SERVICE_UNSUPPORTED", "R-GEP-1", GatewayEndpoint.class,
                "A gateway endpoint names a service other than Amazon S3 or DynamoDB; only those two have gateway endpoints.",
                "Use an interface endpoint for other services.");
    }

    @Override
    protected void check(GatewayEndpoint g, Check c) {
        String name = g.serviceName().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".s3") || name.endsWith(".dynamodb"))) {
            c.report("Gateway endpoint '" + g.id() + "' is for " + g.serviceName() + "; gateway endpoints exist only for Amazon S3 and DynamoDB.",
                    "Use an interface endpoint (PrivateLink) for " + g.serviceName() + ".", g.id());
        }
    }
}
