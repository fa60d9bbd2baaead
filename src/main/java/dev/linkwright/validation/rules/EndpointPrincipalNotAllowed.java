package dev.linkwright.validation.rules;

import dev.linkwright.model.EndpointService;
import dev.linkwright.model.EndpointState;
import dev.linkwright.model.InterfaceEndpoint;
import dev.linkwright.validation.ElementRule;
import dev.linkwright.validation.QuickFix;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * R-PL-4: only principals the endpoint service allows (exact ARN, their account's root, or
 * {@code *}) can create an endpoint to it. The consumer principal is the endpoint's requester, else
 * the root of the account owning its VPC. Endpoints in the provider's own account are not checked.
 */
public final class EndpointPrincipalNotAllowed extends ElementRule<InterfaceEndpoint> {

    private static final Set<EndpointState> ENDED = Set.of(EndpointState.REJECTED, EndpointState.DELETED, EndpointState.DELETING,
            EndpointState.EXPIRED, EndpointState.FAILED);

    public EndpointPrincipalNotAllowed() {
        super("E_VPCE_PRINCIPAL_NOT_ALLOWED", "R-PL-4", InterfaceEndpoint.class,
                "The principal creating an interface endpoint (its requester, or its account's root) is not among the endpoint service's allowed principals, so AWS refuses the endpoint.",
                "Add the consumer's account root (arn:aws:iam::<account>:root) or the exact principal to the service's allowed principals (quick fix available).");
    }

    @Override
    protected void check(InterfaceEndpoint endpoint, Check c) {
        if (endpoint.service() == null || ENDED.contains(endpoint.state())) {
            return;
        }
        Optional<EndpointService> found = c.view().find(endpoint.service(), EndpointService.class);
        if (found.isEmpty()) {
            return;
        }
        EndpointService service = found.get();
        String principal = Network.consumerPrincipal(c.view(), endpoint);
        String account = Network.accountInPrincipal(principal);
        String provider = Network.accountOf(c.view(), service.id());
        if (principal == null || (account != null && account.equals(provider))) {
            return;
        }
        for (String allowed : service.allowedPrincipals()) {
            String a = allowed.trim();
            if (a.equals("*") || a.equals(principal)) {
                return;
            }
            if (account != null && (a.equals(account) || a.matches("^arn:aws[a-z-]*:iam::" + account + ":root$"))) {
                return;
            }
        }
        String root = account != null ? "arn:aws:iam::" + account + ":root" : principal;
        List<String> principals = new ArrayList<>(service.allowedPrincipals());
        principals.add(root);
        EndpointService fixed = new EndpointService(service.id(), service.name(), service.parent(), service.serviceName(), service.loadBalancers(),
                service.acceptanceRequired(), principals, service.supportedIpAddressTypes(), service.supportedRegions(), service.privateDnsName(),
                service.privateDnsVerified(), service.zoneIds(), service.state());
        c.report("Interface endpoint '" + endpoint.id() + "' is created by " + principal + ", which endpoint service '" + service.id() + "' does not allow (allowed: "
                        + (service.allowedPrincipals().isEmpty() ? "nobody" : String.join(", ", service.allowedPrincipals()))
                        + "); AWS refuses to create the endpoint.",
                "Have the provider add " + root + " (or the exact principal) to the allowed principals of '" + service.id() + "'.",
                QuickFix.replace("Allow " + root + " on '" + service.id() + "'", fixed), endpoint.id(), service.id());
    }
}
