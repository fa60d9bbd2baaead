package dev.linkwright.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linkwright.model.Cidr;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.Ipv4Address;
import dev.linkwright.model.Ipv6Cidr;
import dev.linkwright.model.PortRange;
import dev.linkwright.model.WireEnum;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Typed reading of JSON values that never throws on bad input: each problem is recorded with its
 * location and a default is returned, so one pass reports every problem in a file.
 */
final class JsonFields {

    private final LocatedJson json;
    private final List<FormatProblem> problems = new ArrayList<>();
    private static final int MAX_PROBLEMS = 50;

    JsonFields(LocatedJson json) {
        this.json = json;
    }

    List<FormatProblem> problems() {
        return problems;
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    void problem(String pointer, String message) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(json.problemAt(pointer, message));
        }
    }

    /** Reports keys of {@code obj} that are not in {@code known}. */
    void onlyKeys(JsonNode obj, String pointer, Set<String> known, String what) {
        Iterator<String> names = obj.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (!known.contains(n)) {
                problem(JsonPaths.child(pointer, n), "unknown field '" + n + "' in " + what + " (expected one of: "
                        + String.join(", ", new java.util.TreeSet<>(known)) + ")");
            }
        }
    }

    JsonNode field(JsonNode obj, String key) {
        JsonNode n = obj == null ? null : obj.get(key);
        return n == null || n.isNull() ? null : n;
    }

    String text(JsonNode obj, String pointer, String key, boolean required) {
        JsonNode n = field(obj, key);
        String p = JsonPaths.child(pointer, key);
        if (n == null) {
            if (required) {
                problem(pointer, "missing required field '" + key + "'");
            }
            return null;
        }
        if (!n.isTextual()) {
            problem(p, "expected a string for '" + key + "', found " + describe(n));
            return null;
        }
        return n.textValue();
    }

    boolean bool(JsonNode obj, String pointer, String key, boolean defaultValue) {
        Boolean b = optionalBool(obj, pointer, key);
        return b == null ? defaultValue : b;
    }

    Boolean optionalBool(JsonNode obj, String pointer, String key) {
        JsonNode n = field(obj, key);
        if (n == null) {
            return null;
        }
        if (!n.isBoolean()) {
            problem(JsonPaths.child(pointer, key), "expected true or false for '" + key + "', found " + describe(n));
            return null;
        }
        return n.booleanValue();
    }

    Long integer(JsonNode obj, String pointer, String key, long min, long max, boolean required) {
        JsonNode n = field(obj, key);
        String p = JsonPaths.child(pointer, key);
        if (n == null) {
            if (required) {
                problem(pointer, "missing required field '" + key + "'");
            }
            return null;
        }
        Long v = null;
        if (n.isIntegralNumber() && n.canConvertToLong()) {
            v = n.longValue();
        } else if (n.isTextual() && n.textValue().matches("-?[0-9]{1,18}")) {
            v = Long.parseLong(n.textValue());
        }
        if (v == null || v < min || v > max) {
            problem(p, "expected a whole number from " + min + " to " + max + " for '" + key + "', found " + describe(n));
            return null;
        }
        return v;
    }

    <T> T parsed(JsonNode obj, String pointer, String key, boolean required, Function<String, T> parser) {
        JsonNode n = field(obj, key);
        if (n == null) {
            if (required) {
                problem(pointer, "missing required field '" + key + "'");
            }
            return null;
        }
        return parseNode(n, JsonPaths.child(pointer, key), parser);
    }

    <T> T parseNode(JsonNode n, String pointer, Function<String, T> parser) {
        if (!n.isTextual() && !n.isNumber()) {
            problem(pointer, "expected a string, found " + describe(n));
            return null;
        }
        try {
            return parser.apply(n.isTextual() ? n.textValue() : n.asText());
        } catch (IllegalArgumentException e) {
            problem(pointer, e.getMessage());
            return null;
        }
    }

    Cidr cidr(JsonNode obj, String pointer, String key, boolean required) {
        return parsed(obj, pointer, key, required, Cidr::parse);
    }

    Ipv6Cidr ipv6(JsonNode obj, String pointer, String key) {
        return parsed(obj, pointer, key, false, Ipv6Cidr::parse);
    }

    Ipv4Address ip(JsonNode obj, String pointer, String key, boolean required) {
        return parsed(obj, pointer, key, required, Ipv4Address::parse);
    }

    PortRange ports(JsonNode obj, String pointer, String key) {
        JsonNode n = field(obj, key);
        if (n == null) {
            return null;
        }
        if (n.isIntegralNumber()) {
            if (!n.canConvertToInt() || n.intValue() < 0 || n.intValue() > 65535) {
                problem(JsonPaths.child(pointer, key), "port " + n.asText() + " is outside 0-65535");
                return null;
            }
            return PortRange.single(n.intValue());
        }
        return parseNode(n, JsonPaths.child(pointer, key), PortRange::parse);
    }

    <E extends Enum<E> & WireEnum> E enumValue(JsonNode obj, String pointer, String key, Class<E> type, String what) {
        return parsed(obj, pointer, key, false, s -> WireEnum.parse(type, s, what));
    }

    ElementId id(JsonNode obj, String pointer, String key, boolean required) {
        return parsed(obj, pointer, key, required, ElementId::of);
    }

    /** The array at {@code key}, or an empty list when absent; reports a non-array. */
    List<JsonNode> array(JsonNode obj, String pointer, String key) {
        JsonNode n = field(obj, key);
        if (n == null) {
            return List.of();
        }
        if (!n.isArray()) {
            problem(JsonPaths.child(pointer, key), "expected a list for '" + key + "', found " + describe(n));
            return List.of();
        }
        List<JsonNode> list = new ArrayList<>(n.size());
        n.forEach(list::add);
        return list;
    }

    boolean has(JsonNode obj, String key) {
        return field(obj, key) != null;
    }

    /** Each entry of the array at {@code key}, parsed; bad entries are reported and skipped. */
    <T> List<T> list(JsonNode obj, String pointer, String key, Function<String, T> parser) {
        List<T> result = new ArrayList<>();
        List<JsonNode> items = array(obj, pointer, key);
        for (int i = 0; i < items.size(); i++) {
            T v = parseNode(items.get(i), JsonPaths.child(JsonPaths.child(pointer, key), i), parser);
            if (v != null) {
                result.add(v);
            }
        }
        return result;
    }

    /** Like {@link #list} but null when the key is absent (meaning "use the default"). */
    <T> List<T> optionalList(JsonNode obj, String pointer, String key, Function<String, T> parser) {
        return has(obj, key) ? list(obj, pointer, key, parser) : null;
    }

    Map<String, String> stringMap(JsonNode obj, String pointer, String key) {
        Map<String, String> map = new LinkedHashMap<>();
        JsonNode n = field(obj, key);
        if (n == null) {
            return map;
        }
        if (!n.isObject()) {
            problem(JsonPaths.child(pointer, key), "expected an object for '" + key + "', found " + describe(n));
            return map;
        }
        n.fields().forEachRemaining(e -> {
            if (e.getValue().isTextual()) {
                map.put(e.getKey(), e.getValue().textValue());
            } else {
                problem(JsonPaths.child(JsonPaths.child(pointer, key), e.getKey()), "expected a string, found " + describe(e.getValue()));
            }
        });
        return map;
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
        if (n.isTextual()) {
            String t = n.textValue();
            return "'" + (t.length() > 60 ? t.substring(0, 60) + "..." : t) + "'";
        }
        String t = n.asText();
        return t.length() > 40 ? t.substring(0, 40) + "..." : t;
    }
}
