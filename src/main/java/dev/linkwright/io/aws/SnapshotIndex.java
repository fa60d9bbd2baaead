package dev.linkwright.io.aws;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything a snapshot lists, grouped by AWS kind in file order, before any of it is converted.
 * The same object may be listed by several files (a shared transit gateway in two accounts'
 * folders); the converter decides which listing counts.
 */
final class SnapshotIndex {

    private final Map<AwsKind, List<AwsNode>> items = new EnumMap<>(AwsKind.class);
    private final List<AwsFile> files = new ArrayList<>();
    private final Set<String> layouts = new LinkedHashSet<>();

    void addFile(AwsFile file) {
        files.add(file);
    }

    void add(AwsKind kind, List<AwsNode> list) {
        items.computeIfAbsent(kind, k -> new ArrayList<>()).addAll(list);
    }

    /** The objects of {@code kind} in file order; empty when no file held it. */
    List<AwsNode> all(AwsKind kind) {
        return items.getOrDefault(kind, List.of());
    }

    List<AwsFile> files() {
        return files;
    }

    void layoutSeen(String layout) {
        layouts.add(layout);
    }

    /** The layouts met, e.g. "flat" or "accounts/&lt;account-id&gt;/&lt;region&gt;". */
    String layout() {
        return layouts.isEmpty() ? "empty" : String.join(" + ", layouts);
    }
}
