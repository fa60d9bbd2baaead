package dev.linkwright.io.export;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns element ids into names infrastructure code accepts, unique within a namespace: Terraform
 * names ({@code vpc-a} to {@code vpc_a}) and CloudFormation logical ids ({@code vpc-a} to
 * {@code VpcA}). The same key always gets the same name; a clash gets a numeric suffix.
 *
 * <pre>{@code
 * ResourceNames names = ResourceNames.terraform();
 * names.name("aws_vpc", "vpc-a");   // "vpc_a"
 * names.name("aws_vpc", "vpc_a");   // "vpc_a_2"
 * }</pre>
 */
public final class ResourceNames {

    private final boolean pascal;
    private final Map<String, String> assigned = new HashMap<>();
    private final Map<String, Set<String>> taken = new HashMap<>();

    private ResourceNames(boolean pascal) {
        this.pascal = pascal;
    }

    /** Terraform style: lower case, words joined by underscores, starting with a letter. */
    public static ResourceNames terraform() {
        return new ResourceNames(false);
    }

    /** CloudFormation style: letters and digits only, words capitalised, starting with a letter. */
    public static ResourceNames cloudFormation() {
        return new ResourceNames(true);
    }

    /**
     * The name for {@code key} (an element id, or an id plus a suffix) in {@code namespace} (a
     * resource type, or one template): the same on every call, unique in the namespace.
     */
    public String name(String namespace, String key) {
        return name(namespace, key, key);
    }

    /**
     * Like {@link #name(String, String)}, with the name built from {@code text} instead of the key:
     * two keys with the same text get different names.
     */
    public String name(String namespace, String key, String text) {
        String slot = namespace + "\u0000" + key;
        String existing = assigned.get(slot);
        if (existing != null) {
            return existing;
        }
        String base = pascal ? pascalCase(text) : snakeCase(text);
        Set<String> used = taken.computeIfAbsent(namespace, k -> new HashSet<>());
        String candidate = base;
        for (int n = 2; used.contains(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = base + (pascal ? "" : "_") + n;
        }
        used.add(candidate.toLowerCase(Locale.ROOT));
        assigned.put(slot, candidate);
        return candidate;
    }

    /** {@code vpc-A.1} to {@code vpc_a_1}; a leading digit gets an {@code r_} in front. */
    public static String snakeCase(String text) {
        StringBuilder b = new StringBuilder();
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (ok) {
                b.append(c);
            } else if (b.length() > 0 && b.charAt(b.length() - 1) != '_') {
                b.append('_');
            }
        }
        while (b.length() > 0 && b.charAt(b.length() - 1) == '_') {
            b.setLength(b.length() - 1);
        }
        if (b.length() == 0 || Character.isDigit(b.charAt(0))) {
            b.insert(0, "r_");
        }
        return b.toString();
    }

    /** {@code vpc-a.1} to {@code VpcA1}; a leading digit gets an {@code R} in front. */
    public static String pascalCase(String text) {
        StringBuilder b = new StringBuilder();
        boolean upper = true;
        for (char c : text.toCharArray()) {
            if (Character.isLetterOrDigit(c) && c < 128) {
                b.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = true;
            }
        }
        if (b.length() == 0 || Character.isDigit(b.charAt(0))) {
            b.insert(0, 'R');
        }
        return b.length() > 200 ? b.substring(0, 200) : b.toString();
    }
}
