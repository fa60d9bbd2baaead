package dev.linkwright.edit;

import dev.linkwright.model.Account;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.ElementKind;
import dev.linkwright.model.TopologyView;
import java.util.HashSet;
import java.util.Set;

/**
 * Fresh, readable ids for new elements: the kind's usual AWS prefix and the smallest free number
 * ({@code subnet-3}, {@code vpc-2}, {@code sg-4}). An {@code Ids} remembers the ids it handed out,
 * so several new elements made for one edit never collide.
 */
public final class Ids {

    private final TopologyView topology;
    private final Set<ElementId> taken = new HashSet<>();

    public Ids(TopologyView topology) {
        this.topology = topology;
    }

    /** The prefix of new ids of {@code kind}, e.g. {@code subnet}, {@code sg}, {@code nlb}. */
    public static String prefixOf(ElementKind kind) {
        switch (kind) {
            case ACCOUNT: return "account";
            case REGION: return "region";
            case VPC: return "vpc";
            case AVAILABILITY_ZONE: return "az";
            case SUBNET: return "subnet";
            case ROUTE_TABLE: return "rtb";
            case NETWORK_ACL: return "acl";
            case SECURITY_GROUP: return "sg";
            case PREFIX_LIST: return "pl";
            case INSTANCE: return "instance";
            case NETWORK_INTERFACE: return "eni";
            case LOAD_BALANCER: return "nlb";
            case TARGET_GROUP: return "tg";
            case ENDPOINT_SERVICE: return "vpce-svc";
            case INTERFACE_ENDPOINT: return "vpce";
            case GATEWAY_ENDPOINT: return "vpce-gw";
            case INTERNET_GATEWAY: return "igw";
            case NAT_GATEWAY: return "nat";
            case VPN_GATEWAY: return "vgw";
            case PEERING_CONNECTION: return "pcx";
            case TRANSIT_GATEWAY: return "tgw";
            case TGW_ROUTE_TABLE: return "tgw-rtb";
            case TGW_ATTACHMENT: return "tgw-attach";
            case CUSTOMER_GATEWAY: return "cgw";
            case VPN_CONNECTION: return "vpn";
            case DX_CONNECTION: return "dxcon";
            case VIRTUAL_INTERFACE: return "dxvif";
            case DX_GATEWAY: return "dxgw";
            case AWS_SERVICE: return "svc";
            case ON_PREMISES_NETWORK: return "onprem";
            case ON_PREMISES_HOST: return "host";
            case INTERNET: return "internet";
            case INTERNET_HOST: return "web";
            default: throw new AssertionError(kind);
        }
    }

    /** A new id of {@code kind}. */
    public ElementId next(ElementKind kind) {
        if (kind == ElementKind.ACCOUNT) {
            return nextAccountNumber();
        }
        return next(prefixOf(kind));
    }

    /** A new id {@code prefix-N} with the smallest free N. */
    public ElementId next(String prefix) {
        for (int n = 1; ; n++) {
            ElementId id = ElementId.of(prefix + "-" + n);
            if (isFree(id)) {
                taken.add(id);
                return id;
            }
        }
    }

    /** {@code wanted} when it is free, else {@code wanted-2}, {@code wanted-3}, ... */
    public ElementId nextLike(String wanted) {
        ElementId id = ElementId.of(wanted);
        if (isFree(id)) {
            taken.add(id);
            return id;
        }
        String base = wanted.replaceFirst("-\\d+$", "");
        for (int n = 2; ; n++) {
            id = ElementId.of(base + "-" + n);
            if (isFree(id)) {
                taken.add(id);
                return id;
            }
        }
    }

    /** Takes {@code id} as is when free (e.g. a Region's {@code account/us-east-1}); false when taken. */
    public boolean claim(ElementId id) {
        if (!isFree(id)) {
            return false;
        }
        taken.add(id);
        return true;
    }

    /** True when no element and no nested part uses {@code id}, and it was not handed out. */
    public boolean isFree(ElementId id) {
        return !taken.contains(id) && topology.owner(id).isEmpty();
    }

    private ElementId nextAccountNumber() {
        long highest = 111111111110L;
        for (Account a : topology.all(Account.class)) {
            try {
                highest = Math.max(highest, Long.parseLong(a.id().value()));
            } catch (NumberFormatException e) {
                // not a number: ignore
            }
        }
        for (ElementId t : taken) {
            if (Account.isAccountNumber(t.value())) {
                highest = Math.max(highest, Long.parseLong(t.value()));
            }
        }
        long candidate = highest + 111111111111L <= 999999999999L ? roundUp(highest) : highest + 1;
        ElementId id = ElementId.of(String.format("%012d", candidate));
        while (!isFree(id)) {
            candidate++;
            id = ElementId.of(String.format("%012d", candidate));
        }
        taken.add(id);
        return id;
    }

    /** 111111111111, 222222222222, ... reads well in a diagram; after 999999999999, plain numbers. */
    private static long roundUp(long highest) {
        long next = (highest / 111111111111L + 1) * 111111111111L;
        return next > 999999999999L ? highest + 1 : next;
    }
}
