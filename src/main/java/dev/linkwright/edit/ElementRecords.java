package dev.linkwright.edit;

import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Generic access to the fields of the model's immutable records (elements and the values nested in
 * them: routes, rules, listeners, ...), so that editing works the same for every kind: read a field,
 * make a copy with one field changed (the record's own constructor checks the new value), and map
 * every id a record holds (for copy and paste with fresh ids, and for renaming an element).
 *
 * <pre>{@code
 * Subnet moved = ElementRecords.with(subnet, "cidr", Cidr.parse("10.0.2.0/24"));
 * Element copy = ElementRecords.mapIds(instance, id -> id.equals(old) ? fresh : id);
 * }</pre>
 */
public final class ElementRecords {

    private static final Map<Class<?>, RecordComponent[]> COMPONENTS = new ConcurrentHashMap<>();

    private ElementRecords() {
    }

    /** The components (fields) of a record type, in declaration order. */
    public static RecordComponent[] components(Class<?> recordType) {
        return COMPONENTS.computeIfAbsent(recordType, t -> {
            if (!t.isRecord()) {
                throw new IllegalArgumentException(t.getSimpleName() + " is not a record");
            }
            return t.getRecordComponents();
        });
    }

    /** The component named {@code name} of {@code recordType}. */
    public static RecordComponent component(Class<?> recordType, String name) {
        for (RecordComponent c : components(recordType)) {
            if (c.getName().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException(recordType.getSimpleName() + " has no field '" + name + "'");
    }

    /** The value of field {@code name} of {@code record}. */
    public static Object get(Record record, String name) {
        return read(record, component(record.getClass(), name));
    }

    /** All field values of {@code record} by name, in declaration order. */
    public static Map<String, Object> values(Record record) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (RecordComponent c : components(record.getClass())) {
            values.put(c.getName(), read(record, c));
        }
        return values;
    }

    /**
     * A copy of {@code record} with field {@code name} set to {@code value}. Throws
     * {@link IllegalArgumentException} with the record's own reason when the value is not allowed
     * (e.g. "a subnet needs a CIDR block").
     */
    @SuppressWarnings("unchecked")
    public static <R extends Record> R with(R record, String name, Object value) {
        RecordComponent[] cs = components(record.getClass());
        Object[] args = new Object[cs.length];
        boolean found = false;
        for (int i = 0; i < cs.length; i++) {
            if (cs[i].getName().equals(name)) {
                args[i] = value;
                found = true;
            } else {
                args[i] = read(record, cs[i]);
            }
        }
        if (!found) {
            throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no field '" + name + "'");
        }
        return (R) construct(record.getClass(), args);
    }

    /** {@link #with} for an element: a copy of {@code element} with field {@code name} set to {@code value}. */
    public static Element withField(Element element, String name, Object value) {
        return (Element) with((Record) element, name, value);
    }

    /** Builds a record of {@code type} from its field values in declaration order. */
    public static Object construct(Class<?> type, Object[] args) {
        try {
            Constructor<?> ctor = type.getDeclaredConstructor(Arrays.stream(components(type))
                    .map(RecordComponent::getType).toArray(Class<?>[]::new));
            return ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IllegalArgumentException iae) {
                throw iae;
            }
            if (cause instanceof NullPointerException) {
                throw new IllegalArgumentException("a value is required");
            }
            throw new IllegalArgumentException(cause == null ? "not a valid value" : String.valueOf(cause.getMessage()));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * {@code element} with every id it holds (its own, its parent, its references and nested ids,
     * inside nested records and lists too) passed through {@code mapping}.
     */
    public static Element mapIds(Element element, Function<ElementId, ElementId> mapping) {
        return mapLeaves(element, v -> v instanceof ElementId id ? mapping.apply(id) : v);
    }

    /**
     * {@code element} with every leaf value it holds (ids, CIDR blocks, addresses, numbers, texts;
     * inside nested records and lists too) passed through {@code mapping}; unchanged parts are
     * shared.
     */
    public static Element mapLeaves(Element element, UnaryOperator<Object> mapping) {
        return (Element) mapValue(element, mapping);
    }

    private static Object mapValue(Object value, UnaryOperator<Object> mapping) {
        if (value instanceof List<?> list) {
            List<Object> mapped = new ArrayList<>(list.size());
            boolean changed = false;
            for (Object o : list) {
                Object m = mapValue(o, mapping);
                changed |= m != o;
                mapped.add(m);
            }
            return changed ? mapped : list;
        }
        if (value instanceof Record r && holdsIds(r.getClass())) {
            RecordComponent[] cs = components(r.getClass());
            Object[] args = new Object[cs.length];
            boolean changed = false;
            for (int i = 0; i < cs.length; i++) {
                Object before = read(r, cs[i]);
                args[i] = mapValue(before, mapping);
                changed |= args[i] != before;
            }
            return changed ? construct(r.getClass(), args) : r;
        }
        if (value == null) {
            return null;
        }
        Object mapped = mapping.apply(value);
        return mapped != null && mapped.equals(value) ? value : mapped;
    }

    /** Records of the model package may hold ids; value types such as Cidr do not. */
    private static boolean holdsIds(Class<?> type) {
        return type.getPackageName().equals(Element.class.getPackageName()) && type != ElementId.class
                && !type.getSimpleName().equals("Cidr") && !type.getSimpleName().equals("Ipv4Address")
                && !type.getSimpleName().equals("Ipv6Cidr") && !type.getSimpleName().equals("PortRange")
                && !type.getSimpleName().equals("Bounds");
    }

    private static Object read(Record record, RecordComponent c) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c.getName() + ": " + e.getMessage(), e);
        }
    }
}
