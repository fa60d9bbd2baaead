package dev.linkwright.edit;

import dev.linkwright.model.Cidr;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.Ipv4Address;
import dev.linkwright.model.Ipv6Cidr;
import dev.linkwright.model.PortRange;
import dev.linkwright.model.Protocol;
import dev.linkwright.model.WireEnum;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * How each kind of value in the model is written and typed in the editor: CIDR blocks, addresses,
 * ports, enums by their file spelling, lists comma-separated, maps as {@code key=value} pairs.
 * Parsing throws {@link IllegalArgumentException} with a reason for people, so a field can show
 * why what was typed cannot be used.
 */
public final class ValueText {

    /** What a value is, for choosing an editor: the raw type and, for lists, the element type. */
    public record ValueType(Class<?> raw, Class<?> item, boolean nullable) {

        /** True for a list of values. */
        public boolean isList() {
            return raw == List.class;
        }

        /** True for a list of records edited as a table (rules, routes, listeners, ...). */
        public boolean isTable() {
            return isList() && item != null && item.isRecord() && !isValueRecord(item);
        }

        /** True for enums (including lists of them). */
        public boolean isChoice() {
            return (isList() ? item : raw).isEnum();
        }
    }

    private ValueText() {
    }

    /** The value type of a record component's generic type. */
    public static ValueType typeOf(Type generic, Class<?> raw) {
        Class<?> item = null;
        if (raw == List.class && generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            item = c;
        }
        boolean nullable = !raw.isPrimitive();
        return new ValueType(raw, item, nullable);
    }

    /** Value types shown as text in one field, not as a table. */
    static boolean isValueRecord(Class<?> c) {
        return c == Cidr.class || c == Ipv4Address.class || c == Ipv6Cidr.class || c == PortRange.class || c == ElementId.class;
    }

    /** The text of {@code value} as the editor shows it ("" for none). */
    public static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof WireEnum w) {
            return w.wire();
        }
        if (value instanceof Protocol p) {
            return p.label();
        }
        if (value instanceof Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT);
        }
        if (value instanceof List<?> list) {
            StringJoiner j = new StringJoiner(", ");
            for (Object o : list) {
                j.add(format(o));
            }
            return j.toString();
        }
        if (value instanceof Map<?, ?> map) {
            StringJoiner j = new StringJoiner(", ");
            map.forEach((k, v) -> j.add(k + "=" + v));
            return j.toString();
        }
        return value.toString();
    }

    /** Parses {@code text} as a value of {@code type}; blank text gives null (or an empty list). */
    public static Object parse(String text, ValueType type) {
        String s = text == null ? "" : text.trim();
        if (type.isList()) {
            List<Object> list = new ArrayList<>();
            if (s.isEmpty()) {
                return list;
            }
            for (String part : s.split("\\s*[,;\\n]\\s*")) {
                if (!part.isBlank()) {
                    list.add(parseOne(part.trim(), type.item(), false));
                }
            }
            return list;
        }
        if (type.raw() == Map.class) {
            Map<String, String> map = new LinkedHashMap<>();
            if (s.isEmpty()) {
                return map;
            }
            for (String part : s.split("\\s*[,;\\n]\\s*")) {
                if (part.isBlank()) {
                    continue;
                }
                int eq = part.indexOf('=');
                if (eq <= 0 || eq == part.length() - 1) {
                    throw new IllegalArgumentException("'" + part + "' is not a pair like us-east-1a=use1-az1");
                }
                map.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
            }
            return map;
        }
        return parseOne(s, type.raw(), type.nullable());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object parseOne(String s, Class<?> type, boolean nullable) {
        if (s.isEmpty()) {
            if (type == String.class) {
                return "";
            }
            if (nullable || type == null) {
                return null;
            }
            throw new IllegalArgumentException("a value is required");
        }
        if (type == String.class || type == null) {
            return s;
        }
        if (type == Cidr.class) {
            return Cidr.parse(s);
        }
        if (type == Ipv4Address.class) {
            return Ipv4Address.parse(s);
        }
        if (type == Ipv6Cidr.class) {
            return Ipv6Cidr.parse(s);
        }
        if (type == PortRange.class) {
            return PortRange.parse(s);
        }
        if (type == ElementId.class) {
            return ElementId.of(s);
        }
        if (type == Protocol.class) {
            return Protocol.parse(s);
        }
        if (type == int.class || type == Integer.class) {
            return (int) number(s, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        if (type == long.class || type == Long.class) {
            return number(s, Long.MIN_VALUE, Long.MAX_VALUE);
        }
        if (type == boolean.class || type == Boolean.class) {
            switch (s.toLowerCase(Locale.ROOT)) {
                case "true": case "yes": case "on": return true;
                case "false": case "no": case "off": return false;
                default: throw new IllegalArgumentException("'" + s + "' is not yes or no");
            }
        }
        if (type.isEnum()) {
            if (WireEnum.class.isAssignableFrom(type)) {
                return WireEnum.parse((Class) type, s, label(type));
            }
            for (Object c : type.getEnumConstants()) {
                if (((Enum<?>) c).name().equalsIgnoreCase(s)) {
                    return c;
                }
            }
            throw new IllegalArgumentException("'" + s + "' is not a " + label(type));
        }
        throw new IllegalArgumentException("cannot read a " + type.getSimpleName() + " from text");
    }

    private static long number(String s, long min, long max) {
        try {
            long v = Long.parseLong(s.replace("_", ""));
            if (v < min || v > max) {
                throw new IllegalArgumentException(s + " is out of range");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + s + "' is not a whole number");
        }
    }

    /** The values an enum type offers, as the editor writes them. */
    public static List<String> choices(Class<?> enumType) {
        List<String> out = new ArrayList<>();
        for (Object c : enumType.getEnumConstants()) {
            out.add(format(c));
        }
        return out;
    }

    /** "load balancer scheme" for LoadBalancerScheme. */
    static String label(Class<?> type) {
        return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
