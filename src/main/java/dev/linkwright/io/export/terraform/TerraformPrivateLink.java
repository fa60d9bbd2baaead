package dev.linkwright.io.export.terraform;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linkwright.io.export.terraform.TerraformConfig.Block;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.EndpointInterface;
import dev.linkwright.model.EndpointService;
import dev.linkwright.model.EndpointState;
import dev.linkwright.model.GatewayEndpoint;
import dev.linkwright.model.IpAddressType;
import dev.linkwright.model.InterfaceEndpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * AWS PrivateLink and gateway endpoints as Terraform: the endpoint service with one allowed
 * principal resource per principal, interface endpoints (created after the principals are
 * allowed, accepted in the provider's account when acceptance is required) and gateway endpoints.
 */
final class TerraformPrivateLink {

    private final TerraformContext ctx;

    TerraformPrivateLink(TerraformContext ctx) {
        this.ctx = ctx;
    }

    void endpointService(EndpointService service) {
        Block b = ctx.resource("aws_vpc_endpoint_service", service);
        ObjectNode body = b.body();
        body.put("acceptance_required", service.effectiveAcceptanceRequired());
        ArrayNode lbs = body.putArray("network_load_balancer_arns");
        service.loadBalancers().forEach(lb -> lbs.add(ctx.ref(lb, "arn")));
        ArrayNode types = body.putArray("supported_ip_address_types");
        for (IpAddressType t : service.supportedIpAddressTypes()) {
            for (String family : t == IpAddressType.DUALSTACK ? List.of("ipv4", "ipv6") : List.of(t.wire())) {
                if (!types.toString().contains("\"" + family + "\"")) {
                    types.add(family);
                }
            }
        }
        if (!service.supportedRegions().isEmpty()) {
            ArrayNode regions = body.putArray("supported_regions");
            service.supportedRegions().forEach(regions::add);
        }
        if (service.privateDnsName() != null) {
            body.put("private_dns_name", service.privateDnsName());
            ctx.summary.note("Private DNS name " + service.privateDnsName() + " of " + service.id()
                    + " must be verified (a TXT record in the domain) before consumers can use it.");
        }
        for (int i = 0; i < service.allowedPrincipals().size(); i++) {
            Block p = ctx.part("aws_vpc_endpoint_service_allowed_principal", service, "principal-" + (i + 1),
                    service.label() + " principal " + (i + 1));
            p.body().put("vpc_endpoint_service_id", b.ref("id"));
            p.body().put("principal_arn", service.allowedPrincipals().get(i));
        }
    }

    void interfaceEndpoint(InterfaceEndpoint endpoint) {
        Block b = ctx.resource("aws_vpc_endpoint", endpoint);
        ObjectNode body = b.body();
        body.put("vpc_id", ctx.ref(endpoint.parent(), "id"));
        body.put("vpc_endpoint_type", "Interface");
        body.put("service_name", endpoint.service() != null ? ctx.ref(endpoint.service(), "service_name") : endpoint.serviceName());
        if (endpoint.serviceRegion() != null) {
            body.put("service_region", endpoint.serviceRegion());
        }
        ArrayNode subnets = body.putArray("subnet_ids");
        ArrayNode configs = TerraformConfig.nodes().arrayNode();
        for (EndpointInterface i : endpoint.interfaces()) {
            subnets.add(ctx.ref(i.subnet(), "id"));
            if (i.ip() != null) {
                ObjectNode c = configs.addObject();
                c.put("subnet_id", ctx.ref(i.subnet(), "id"));
                c.put("ipv4", i.ip().toString());
            }
        }
        if (!configs.isEmpty()) {
            body.set("subnet_configuration", configs);
        }
        ArrayNode groups = body.putArray("security_group_ids");
        endpoint.securityGroups().forEach(sg -> groups.add(ctx.ref(sg, "id")));
        body.put("private_dns_enabled", endpoint.privateDns());
        body.put("ip_address_type", endpoint.ipAddressType().wire());
        if (endpoint.policy() != null) {
            body.put("policy", endpoint.policy());
        }
        List<String> principals = allowedPrincipalsOf(endpoint.service());
        if (!principals.isEmpty()) {
            ArrayNode deps = body.putArray("depends_on");
            principals.forEach(deps::add);
        }
        accepter(endpoint, b);
    }

    /** The allowed-principal resources of an exported service: the endpoint may only be created after them. */
    private List<String> allowedPrincipalsOf(ElementId serviceId) {
        List<String> addresses = new ArrayList<>();
        Optional<EndpointService> service = serviceId == null ? Optional.empty() : ctx.topology.find(serviceId, EndpointService.class);
        if (service.isPresent() && ctx.creates(service.get())) {
            for (int i = 0; i < service.get().allowedPrincipals().size(); i++) {
                addresses.add("aws_vpc_endpoint_service_allowed_principal." + ctx.config.name(
                        "aws_vpc_endpoint_service_allowed_principal", serviceId.value() + "-principal-" + (i + 1)));
            }
        }
        return addresses;
    }

    private void accepter(InterfaceEndpoint endpoint, Block endpointBlock) {
        Optional<EndpointService> service = endpoint.service() == null ? Optional.empty()
                : ctx.topology.find(endpoint.service(), EndpointService.class);
        if (service.isEmpty() || !ctx.creates(service.get()) || !service.get().effectiveAcceptanceRequired()) {
            return;
        }
        if (endpoint.state() != EndpointState.AVAILABLE) {
            ctx.summary.notExported(endpoint.id(), "connection acceptance",
                    "the endpoint is " + endpoint.state().wire() + ", so the provider does not accept it");
            return;
        }
        Block a = ctx.partVia("aws_vpc_endpoint_connection_accepter", endpoint, "accepter", endpoint.label() + " accepter",
                service.get());
        a.body().put("vpc_endpoint_service_id", ctx.ref(service.get().id(), "id"));
        a.body().put("vpc_endpoint_id", endpointBlock.ref("id"));
    }

    void gatewayEndpoint(GatewayEndpoint endpoint) {
        Block b = ctx.resource("aws_vpc_endpoint", endpoint);
        ObjectNode body = b.body();
        body.put("vpc_id", ctx.ref(endpoint.parent(), "id"));
        body.put("vpc_endpoint_type", "Gateway");
        body.put("service_name", endpoint.serviceName());
        ArrayNode tables = body.putArray("route_table_ids");
        endpoint.routeTables().forEach(rt -> tables.add(ctx.ref(rt, "id")));
        if (endpoint.policy() != null) {
            body.put("policy", endpoint.policy());
        }
    }
}
