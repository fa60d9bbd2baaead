package dev.linkwright.validation.rules;

import dev.linkwright.model.GatewayEndpoint;
import dev.linkwright.validation.ElementRule;

/** R-GEP-2: a gateway endpoint serves its own Region's S3 or DynamoDB only. */
public final class GatewayEndpointOtherRegion extends ElementRule<GatewayEndpoint> {

    public GatewayEndpointOtherRegion() {
        super("E_GATEWAY_ENDPOINT_OTHER_REGION", "R-GEP-2", GatewayEndpoint.class,
                "A gateway endpoint names the service of another Region; gateway endpoints serve their own Region only.",
                "Use the service name of the VPC's Region (and reach other Regions' buckets over the internet, NAT or an interface endpoint).");
    }

    @Override
    protected void check(GatewayEndpoint g, Check c) {
        String inName = Network.regionInServiceName(g.serviceName());
        String own = Network.regionOf(c.view(), g.id());
        if (inName != null && own != null && !inName.equals(own)) {
            c.report("Gateway endpoint '" + g.id() + "' in " + own + " names " + g.serviceName() + " in " + inName + "; a gateway endpoint serves only its own Region.",
                    "Use com.amazonaws." + own + g.serviceName().substring(g.serviceName().lastIndexOf('.')) + ".", g.id());
        }
    }
}
