package dev.linkwright.io.export;

import dev.linkwright.model.Account;
import dev.linkwright.model.Element;
import dev.linkwright.model.Placement;
import dev.linkwright.model.Region;
import dev.linkwright.model.TopologyView;
import java.util.Optional;

/**
 * The account and Region an element is deployed through: a Terraform provider alias, a
 * CloudFormation stack. Elements that belong to an account but to no Region (Direct Connect
 * connections, virtual interfaces and gateways) use the account's first Region, or
 * {@link #FALLBACK_REGION} when it has none.
 *
 * @param accountId   the 12-digit account number (or the account element's id)
 * @param accountName the account's name, possibly empty
 * @param region      the Region code, e.g. {@code us-east-1}
 */
public record AwsLocation(String accountId, String accountName, String region) {

    /** The Region used for account-level elements of an account without Regions. */
    public static final String FALLBACK_REGION = "us-east-1";

    /** Where {@code element} is deployed; empty for elements outside every account (on-premises, internet). */
    public static Optional<AwsLocation> of(TopologyView topology, Element element) {
        Optional<Account> account = Placement.accountOf(topology, element.id());
        if (account.isEmpty()) {
            return Optional.empty();
        }
        String region = Placement.regionCodeOf(topology, element.id());
        if (region == null) {
            region = firstRegion(topology, account.get());
        }
        return Optional.of(new AwsLocation(account.get().id().value(), account.get().name(), region));
    }

    private static String firstRegion(TopologyView topology, Account account) {
        for (Element child : topology.children(account.id())) {
            if (child instanceof Region r) {
                return r.code();
            }
        }
        return FALLBACK_REGION;
    }

    /** "111111111111 / us-east-1". */
    public String label() {
        return accountId + " / " + region;
    }
}
