package dev.linkwright.io.aws;

import dev.linkwright.model.Account;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.Region;
import dev.linkwright.model.Topology;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decides which account and Region each object belongs to, and creates the account and Region
 * containers on first use.
 *
 * <p>The account comes from the layout ({@code accounts/<account-id>/...}); in a flat or Region
 * layout from the object's {@code OwnerId}, else from the owner most objects of the same folder
 * name, else a placeholder account the report mentions. Account numbers shorter than 12 digits
 * (a spreadsheet dropped the leading zeros, or a test folder is called {@code 111}) are padded
 * with zeros; names that are not numbers get a placeholder number.
 */
final class Accounts {

    /** The account of objects nothing names an owner for. */
    static final String PLACEHOLDER = "000000000000";

    private final Topology topology;
    private final ReportCollector report;
    private final Map<String, String> numbers = new HashMap<>();
    private final Map<String, String> namesOf = new HashMap<>();
    private final Map<SnapshotFolder, String> folderDefaults = new HashMap<>();
    private final Map<String, Map<String, String>> zoneIds = new LinkedHashMap<>();
    private String snapshotDefault;
    private int nextPlaceholder = 1;

    Accounts(Topology topology, ReportCollector report) {
        this.topology = topology;
        this.report = report;
    }

    /**
     * The 12-digit account number for {@code raw} (a folder name or an {@code OwnerId}), padding
     * short numbers with zeros; null for null.
     */
    String number(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return numbers.computeIfAbsent(raw.trim(), this::assignNumber);
    }

    private String assignNumber(String raw) {
        if (Account.isAccountNumber(raw)) {
            return raw;
        }
        if (raw.matches("[0-9]{1,11}")) {
            String padded = "0".repeat(12 - raw.length()) + raw;
            namesOf.put(padded, "account " + raw);
            report.note("account numbers shorter than 12 digits were padded with zeros", raw + " -> " + padded);
            return padded;
        }
        String placeholder;
        do {
            placeholder = String.format("%012d", nextPlaceholder++);
        } while (numbers.containsValue(placeholder));
        namesOf.put(placeholder, raw);
        report.note("account names that are not 12-digit numbers were given placeholder numbers", raw + " -> " + placeholder);
        return placeholder;
    }

    /** Remembers the owner most objects of a folder name, for objects that name none. */
    void setFolderDefault(SnapshotFolder folder, String account) {
        folderDefaults.put(folder, account);
    }

    void setSnapshotDefault(String account) {
        snapshotDefault = account;
    }

    /**
     * The account of an object: its account folder, else {@code ownerId}, else its folder's usual
     * owner, else the snapshot's, else the placeholder.
     */
    String accountOf(AwsNode item, String ownerId) {
        String folderAccount = number(item.file().folder().accountFolder());
        if (folderAccount != null) {
            return folderAccount;
        }
        String owner = number(ownerId);
        if (owner != null) {
            return owner;
        }
        return defaultAccount(item.file().folder());
    }

    /** The account that objects of {@code folder} belong to when they name none. */
    String defaultAccount(SnapshotFolder folder) {
        String folderAccount = number(folder.accountFolder());
        if (folderAccount != null) {
            return folderAccount;
        }
        String d = folderDefaults.get(folder);
        if (d != null) {
            return d;
        }
        if (snapshotDefault != null) {
            return snapshotDefault;
        }
        report.note("nothing in the snapshot names the owning account of some objects; they were put in placeholder account "
                + PLACEHOLDER, folder.relativePath().isEmpty() ? SnapshotReader.CONFIG_FOLDER : folder.relativePath());
        return PLACEHOLDER;
    }

    /** The account element for {@code number}, created on first use. */
    ElementId account(String number) {
        ElementId id = ElementId.of(number);
        if (!topology.contains(id)) {
            String name = namesOf.getOrDefault(number, number.equals(PLACEHOLDER) ? "account not named in the snapshot" : "");
            topology.put(new Account(id, name, Map.of()));
        }
        return id;
    }

    /** The Region container {@code <account>/<region>}, created (with its account) on first use. */
    ElementId region(String number, String regionCode) {
        ElementId account = account(number);
        ElementId id = ElementId.of(number + "/" + regionCode);
        if (!topology.contains(id)) {
            topology.put(new Region(id, "", account, regionCode));
        }
        return id;
    }

    /** Records that in {@code account} the AZ named {@code zoneName} is {@code zoneId}. */
    void zone(String account, String zoneName, String zoneId) {
        if (account != null && zoneName != null && zoneId != null && !zoneId.isEmpty()) {
            zoneIds.computeIfAbsent(account, a -> new TreeMap<>()).putIfAbsent(zoneName, zoneId);
        }
    }

    /** The AZ id of {@code zoneName} in {@code account}, or null when unknown. */
    String zoneId(String account, String zoneName) {
        Map<String, String> m = zoneIds.get(account);
        return m == null ? null : m.get(zoneName);
    }

    /** Writes the AZ maps into the account elements (accounts are immutable, so they are replaced). */
    void finish() {
        for (Map.Entry<String, Map<String, String>> e : zoneIds.entrySet()) {
            ElementId id = ElementId.of(e.getKey());
            topology.find(id, Account.class).ifPresent(a -> topology.put(new Account(a.id(), a.name(), e.getValue())));
        }
    }
}
