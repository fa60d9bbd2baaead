package dev.linkwright.io.aws;

import dev.linkwright.model.Cidr;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.Ipv4Address;
import dev.linkwright.model.Ipv6Cidr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

    private final JsonTree.Obj node;
    private final AwsFile file;
    private final AwsNode parent;
    private final String step;
    private final int index;
    private String pointer;

    AwsNode(JsonTree.Obj node, AwsFile file, String pointer) {
        this(node, file, null, null, -1);
        this.pointer = pointer;
    }

    /**
     * A node below {@code parent}: at key {@code step} (escaped), then at {@code index} when it is
     * an item of a list (else -1). Its pointer is built only when asked for.
     */
    private AwsNode(JsonTree.Obj node, AwsFile file, AwsNode parent, String step, int index) {
        this.node = node;
        this.file = file;
        this.parent = parent;
        this.step = step;
        this.index = index;
    }

    AwsFile file() {
        return file;
    }

    /** The JSON Pointer of this object in its file (built on demand: most objects never need it). */
    String pointer() {
        if (pointer == null) {
            pointer = parent.pointer() + "/" + step + (index >= 0 ? "/" + index : "");
        }
        return pointer;
    }

    JsonTree.Obj raw() {
        return node;
    }

    /** The other-case twin of each field name asked for, so that lookups do not build strings. */
    private static final Map<String, String> TWINS = new ConcurrentHashMap<>();

    /** The key as written in the file ({@code key} or its other-case twin), or null. */
    private String actualKey(String key) {
        if (node.get(key) != null) {
            return key;
        }
        String twin = twin(key);
        return node.get(twin) != null ? twin : null;
    }

    private static String twin(String key) {
        return TWINS.computeIfAbsent(key, k -> {
            char c = k.charAt(0);
            char flipped = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
            return (flipped + k.substring(1)).intern(); // parsed keys are interned: compared by identity first
        });
    }

    /** The value at {@code key} or its twin; null when absent or JSON null. */
    private Object value(String key) {
        Object v = node.get(key);
        if (v == null) {
            v = node.get(twin(key));
        }
        return v == JsonTree.NULL ? null : v;
    }

    private static boolean isScalar(Object v) {
        return v instanceof String || v instanceof Number || v instanceof Boolean;
    }

    private String childStep(String key) {
        String k = actualKey(key);
        return escape(k == null ? key : k);
    }

    private String childPointer(String key) {
        return pointer() + "/" + childStep(key);
    }

    private static String escape(String key) {
        return key.indexOf('~') < 0 && key.indexOf('/') < 0 ? key : key.replace("~", "~0").replace("/", "~1");
    }

    /** A problem with the value at {@code key} (or with this object when the key is absent). */
    AwsInputException problem(String key, String message) {
        return new AwsInputException(file, key == null || actualKey(key) == null ? pointer() : childPointer(key), message);
    }

    /** A problem with this object as a whole. */
    AwsInputException problem(String message) {
        return new AwsInputException(file, pointer(), message);
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
        Object v = value(key);
        if (v == null) {
            return null;
        }
        if (!isScalar(v)) {
            throw problem(key, "expected a text value for '" + key + "', found " + describe(v));
        }
        return v instanceof String ? (String) v : v.toString();
    }

    /** The boolean at {@code key} ({@code true}/{@code false}, also as text), or null when absent. */
    Boolean optBool(String key) {
        Object v = value(key);
        if (v == null) {
            return null;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof String t && (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(t);
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
        Object v = value(key);
        if (v == null) {
            return null;
        }
        Long n = null;
        if (v instanceof Long l) {
            n = l;
        } else if (v instanceof String t && t.trim().matches("-?[0-9]{1,18}")) {
            n = Long.parseLong(t.trim());
        }
        if (n == null || n < min || n > max) {
            throw problem(key, "expected a whole number from " + min + " to " + max + " for '" + key + "', found " + describe(v));
        }
        return n;
    }

    /** The object at {@code key}, or null when absent. */
    AwsNode child(String key) {
        Object v = value(key);
        if (v == null) {
            return null;
        }
        if (!(v instanceof JsonTree.Obj o)) {
            throw problem(key, "expected an object for '" + key + "', found " + describe(v));
        }
        return new AwsNode(o, file, this, childStep(key), -1);
    }

    /** The objects in the list at {@code key}; empty when absent. */
    List<AwsNode> items(String key) {
        Object v = value(key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof JsonTree.Arr a)) {
            throw problem(key, "expected a list for '" + key + "', found " + describe(v));
        }
        String step = childStep(key);
        List<AwsNode> list = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            if (!(a.get(i) instanceof JsonTree.Obj item)) {
                throw new AwsInputException(file, childPointer(key) + "/" + i, "expected an object in '" + key + "', found "
                        + describe(a.get(i)));
            }
            list.add(new AwsNode(item, file, this, step, i));
        }
        return list;
    }

    /** The strings in the list at {@code key}; empty when absent. */
    List<String> texts(String key) {
        Object v = value(key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof JsonTree.Arr a)) {
            throw problem(key, "expected a list for '" + key + "', found " + describe(v));
        }
        List<String> list = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            if (!(a.get(i) instanceof String item)) {
                throw new AwsInputException(file, childPointer(key) + "/" + i, "expected a text value in '" + key + "', found "
                        + describe(a.get(i)));
            }
            list.add(item);
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
        int slash = s.indexOf('/');
        Ipv4Address address = slash < 0 ? null : quickIpv4(s.substring(0, slash));
        if (address != null && s.length() - slash >= 2 && s.length() - slash <= 3) {
            int length = 0;
            for (int i = slash + 1; i < s.length() && length >= 0; i++) {
                char c = s.charAt(i);
                length = c >= '0' && c <= '9' ? length * 10 + (c - '0') : -1;
            }
            if (length >= 0 && length <= 32) {
                return new Cidr(address, length);
            }
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
        Ipv4Address quick = quickIpv4(s);
        if (quick != null) {
            return quick;
        }
        try {
            return Ipv4Address.parse(s);
        } catch (IllegalArgumentException e) {
            throw problem(key, e.getMessage());
        }
    }

    /**
     * A dotted quad without allocating, or null to let {@link Ipv4Address#parse} decide (and say
     * what is wrong). Addresses are the most frequent values of a snapshot.
     */
    static Ipv4Address quickIpv4(String s) {
        int bits = 0;
        int octet = -1;
        int dots = 0;
        int digits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9' && digits < 3) {
                octet = (octet < 0 ? 0 : octet * 10) + (c - '0');
                digits++;
            } else if (c == '.' && octet >= 0 && dots < 3) {
                if (octet > 255) {
                    return null;
                }
                bits = (bits << 8) | octet;
                octet = -1;
                digits = 0;
                dots++;
            } else {
                return null;
            }
        }
        if (dots != 3 || octet < 0 || octet > 255) {
            return null;
        }
        return new Ipv4Address((bits << 8) | octet);
    }

    /** The value of the {@code Name} tag ({@code Tags} or {@code TagSet}), or "". */
    String nameTag() {
        for (String key : TAG_KEYS) {
            Object tags = value(key);
            if (tags instanceof JsonTree.Arr list) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) instanceof JsonTree.Obj t) {
                        Object k = t.get("Key") != null ? t.get("Key") : t.get("key");
                        Object v = t.get("Value") != null ? t.get("Value") : t.get("value");
                        if ("Name".equals(k) && isScalar(v)) {
                            return v.toString();
                        }
                    }
                }
            } else if (tags instanceof JsonTree.Obj map && isScalar(map.get("Name"))) {
                return map.get("Name").toString(); // some tools flatten tags into a map
            }
        }
        return "";
    }

    private static final List<String> TAG_KEYS = List.of("Tags", "TagSet");

    static String describe(Object v) {
        return JsonTree.describe(v);
    }
}
