package dev.linkwright.io.aws;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linkwright.model.Cidr;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.Ipv4Address;
import dev.linkwright.model.Ipv6Cidr;
import java.util.ArrayList;
import java.util.List;

/**
 * Typed reading of one JSON object of an AWS API response, remembering where it is (file and JSON
 * Pointer) so that a bad value is reported at its place.
 *
 * <p>Field names are matched whatever the case of their first letter: EC2 and ELBv2 answer in
 * PascalCase ({@code VpcId}), Direct Connect in camelCase ({@code virtualInterfaceId}). Fields
 * that AWS leaves out or sets to null read as absent; a value of the wrong type throws
 * {@link AwsInputException}.
 */
final class AwsNode {

    private final JsonNode node;
    private final AwsFile file;
    private final String pointer;

    AwsNode(JsonNode node, AwsFile file, String pointer) {
        this.node = node;
        this.file = file;
        this.pointer = pointer;
    }

    AwsFile file() {
        return file;
    }

    String pointer() {
        return pointer;
    }

    JsonNode raw() {
        return node;
    }

    /** The key as written in the file ({@code key} or its other-case twin), or null. */
    private String actualKey(String key) {
        if (node.has(key)) {
            return key;
        }
        String twin = flipFirst(key);
        return node.has(twin) ? twin : null;
    }

    private static String flipFirst(String key) {
        char c = key.charAt(0);
        char flipped = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
        return flipped + key.substring(1);
    }

    private JsonNode value(String key) {
        String k = actualKey(key);
        if (k == null) {
            return null;
        }
        JsonNode v = node.get(k);
        return v == null || v.isNull() ? null : v;
    }

    private String childPointer(String key) {
        String k = actualKey(key);
        return pointer + "/" + escape(k == null ? key : k);
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /** A problem with the value at {@code key} (or with this object when the key is absent). */
    AwsInputException problem(String key, String message) {
        return new AwsInputException(file, key == null || actualKey(key) == null ? pointer : childPointer(key), message);
    }

    /** A problem with this object as a whole. */
    AwsInputException problem(String message) {
        return new AwsInputException(file, pointer, message);
    }

    boolean has(String key) {
        return value(key) != null;
    }

    /** The string at {@code key}; throws when it is missing. */
    String text(String key) {
        String s = optText(key);
        if (s == null) {
            throw problem(key, "missing '" + key + "'");
        }
        return s;
    }

    /** The string at {@code key}, or null when absent. Numbers and booleans are read as text. */
    String optText(String key) {
        JsonNode v = value(key);
        if (v == null) {
            return null;
        }
        if (!v.isValueNode()) {
            throw problem(key, "expected a text value for '" + key + "', found " + describe(v));
        }
        return v.asText();
    }

    /** The boolean at {@code key} ({@code true}/{@code false}, also as text), or null when absent. */
    Boolean optBool(String key) {
        JsonNode v = value(key);
        if (v == null) {
            return null;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isTextual() && (v.textValue().equalsIgnoreCase("true") || v.textValue().equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(v.textValue());
        }
        throw problem(key, "expected true or false for '" + key + "', found " + describe(v));
    }

    boolean bool(String key, boolean defaultValue) {
        Boolean b = optBool(key);
        return b == null ? defaultValue : b;
    }

    /** AWS option switches ({@code "enable"}/{@code "disable"}), or null when absent. */
    Boolean optSwitch(String key) {
        String s = optText(key);
        if (s == null) {
            return null;
        }
        return s.equalsIgnoreCase("enable") || s.equalsIgnoreCase("enabled") || s.equalsIgnoreCase("on")
                || s.equalsIgnoreCase("true");
    }

    /** A whole number from {@code min} to {@code max} at {@code key} (also as text), or null when absent. */
    Long optLong(String key, long min, long max) {
        JsonNode v = value(key);
        if (v == null) {
            return null;
        }
        Long n = null;
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            n = v.longValue();
        } else if (v.isTextual() && v.textValue().trim().matches("-?[0-9]{1,18}")) {
            n = Long.parseLong(v.textValue().trim());
        }
        if (n == null || n < min || n > max) {
            throw problem(key, "expected a whole number from " + min + " to " + max + " for '" + key + "', found " + describe(v));
        }
        return n;
    }

    /** The object at {@code key}, or null when absent. */
    AwsNode child(String key) {
        JsonNode v = value(key);
        if (v == null) {
            return null;
        }
        if (!v.isObject()) {
            throw problem(key, "expected an object for '" + key + "', found " + describe(v));
        }
        return new AwsNode(v, file, childPointer(key));
    }

    /** The objects in the list at {@code key}; empty when absent. */
    List<AwsNode> items(String key) {
        JsonNode v = value(key);
        if (v == null) {
            return List.of();
        }
        if (!v.isArray()) {
            throw problem(key, "expected a list for '" + key + "', found " + describe(v));
        }
        String base = childPointer(key);
        List<AwsNode> list = new ArrayList<>(v.size());
        for (int i = 0; i < v.size(); i++) {
            JsonNode item = v.get(i);
            if (!item.isObject()) {
                throw new AwsInputException(file, base + "/" + i, "expected an object in '" + key + "', found " + describe(item));
            }
            list.add(new AwsNode(item, file, base + "/" + i));
        }
        return list;
    }

    /** The strings in the list at {@code key}; empty when absent. */
    List<String> texts(String key) {
        JsonNode v = value(key);
        if (v == null) {
            return List.of();
        }
        if (!v.isArray()) {
            throw problem(key, "expected a list for '" + key + "', found " + describe(v));
        }
        List<String> list = new ArrayList<>(v.size());
        for (int i = 0; i < v.size(); i++) {
            JsonNode item = v.get(i);
            if (!item.isTextual()) {
                throw new AwsInputException(file, childPointer(key) + "/" + i, "expected a text value in '" + key + "', found " + describe(item));
            }
            list.add(item.textValue());
        }
        return list;
    }

    /** The AWS id at {@code key}, checked to be usable as an element id; throws when missing. */
    ElementId id(String key) {
        ElementId id = optId(key);
        if (id == null) {
            throw problem(key, "missing '" + key + "'");
        }
        return id;
    }

    ElementId optId(String key) {
        String s = optText(key);
        if (s == null) {
            return null;
        }
        String why = ElementId.problemWith(s);
        if (why != null) {
            throw problem(key, why);
        }
        return ElementId.of(s);
    }

    /** The IPv4 block at {@code key}, or null when absent. */
    Cidr optCidr(String key) {
        String s = optText(key);
        if (s == null) {
            return null;
        }
        try {
            return Cidr.parse(s);
        } catch (IllegalArgumentException e) {
            throw problem(key, e.getMessage());
        }
    }

    Ipv6Cidr optIpv6(String key) {
        String s = optText(key);
        if (s == null) {
            return null;
        }
        try {
            return Ipv6Cidr.parse(s);
        } catch (IllegalArgumentException e) {
            throw problem(key, e.getMessage());
        }
    }

    /** The IPv4 address at {@code key}, or null when absent. */
    Ipv4Address optIp(String key) {
        String s = optText(key);
        if (s == null || s.isEmpty()) {
            return null;
        }
        try {
            return Ipv4Address.parse(s);
        } catch (IllegalArgumentException e) {
            throw problem(key, e.getMessage());
        }
    }

    /** The value of the {@code Name} tag ({@code Tags} or {@code TagSet}), or "". */
    String nameTag() {
        for (String key : List.of("Tags", "TagSet")) {
            JsonNode tags = value(key);
            if (tags == null) {
                continue;
            }
            if (tags.isArray()) {
                for (JsonNode t : tags) {
                    JsonNode k = t.get("Key") != null ? t.get("Key") : t.get("key");
                    JsonNode v = t.get("Value") != null ? t.get("Value") : t.get("value");
                    if (k != null && "Name".equals(k.asText()) && v != null && v.isValueNode()) {
                        return v.asText();
                    }
                }
            } else if (tags.isObject() && tags.get("Name") != null && tags.get("Name").isValueNode()) {
                return tags.get("Name").asText(); // some tools flatten tags into a map
            }
        }
        return "";
    }

    static String describe(JsonNode n) {
        if (n == null || n.isNull()) {
            return "null";
        }
        if (n.isObject()) {
            return "an object";
        }
        if (n.isArray()) {
            return "a list";
        }
        String t = n.asText();
        t = t.length() > 60 ? t.substring(0, 60) + "..." : t;
        return n.isTextual() ? "'" + t + "'" : t;
    }
}
