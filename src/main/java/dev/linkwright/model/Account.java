package dev.linkwright.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * An AWS account. Its id is the 12-digit account number. {@code zoneIds} maps the account's AZ
 * names to AZ ids (us-east-1a to use1-az1): AZ names are per-account aliases, AZ ids name the same
 * physical zone in every account (R-VPC-6).
 */
public record Account(ElementId id, String name, Map<String, String> zoneIds) implements Element {

    public Account {
        name = Lists.text(name);
        zoneIds = zoneIds == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(zoneIds));
    }

    /** True when {@code text} is a 12-digit account number. */
    public static boolean isAccountNumber(String text) {
        return text != null && text.length() == 12 && text.chars().allMatch(Character::isDigit);
    }

    @Override
    public ElementId parent() {
        return null;
    }

    @Override
    public ElementKind kind() {
        return ElementKind.ACCOUNT;
    }
}
