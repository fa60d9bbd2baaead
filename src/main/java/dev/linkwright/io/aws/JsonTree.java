package dev.linkwright.io.aws;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.linkwright.io.LocatedJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A compact, read-only JSON tree for snapshot files: objects are two small arrays (interned keys
 * and values), lists one array, scalars plain {@code String}, {@code Long}, {@code Double} or
 * {@code Boolean} values. A snapshot is mostly such trees while it is imported; Jackson's general
 * tree (a linked hash map per object, a node per value) takes several times the memory and most
 * of the import's time in garbage collection.
 *
 * <p>Fields the importer never reads ({@link ReadFields}) are skipped while parsing, below the
 * top level (top-level keys are kept so that unknown kinds can be reported).
 */
final class JsonTree {

    /** JSON {@code null}. */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(LocatedJson.MAX_DEPTH)
                    .maxStringLength(LocatedJson.MAX_STRING)
                    .maxNumberLength(40)
                    .maxNameLength(10_000)
                    .build())
            .build();

    private JsonTree() {
    }

    /** A JSON object: keys (interned by the parser) and their values, in file order. */
    static final class Obj {
        private final String[] keys;
        private final Object[] values;

        Obj(String[] keys, Object[] values) {
            this.keys = keys;
            this.values = values;
        }

        /** The value at {@code key}, or null when absent ({@link #NULL} for a JSON null). */
        Object get(String key) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == key) {
                    return values[i];
                }
            }
            for (int i = 0; i < keys.length; i++) {
                if (keys[i].equals(key)) {
                    return values[i];
                }
            }
            return null;
        }

        int size() {
            return keys.length;
        }

        String key(int i) {
            return keys[i];
        }
    }

    /** A JSON list. */
    static final class Arr {
        private final Object[] items;

        Arr(Object[] items) {
            this.items = items;
        }

        int size() {
            return items.length;
        }

        Object get(int i) {
            return items[i];
        }
    }

    /** Parses a whole file; throws Jackson's exception (with its location) on bad JSON or limits. */
    static Object parse(byte[] bytes) throws IOException {
        try (JsonParser p = FACTORY.createParser(bytes)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return NULL;
            }
            Object root = value(p, 0);
            if (p.nextToken() != null) {
                throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected content after the end of the JSON document");
            }
            return root;
        }
    }

    private static Object value(JsonParser p, int depth) throws IOException {
        switch (p.currentToken()) {
            case START_OBJECT:
                return object(p, depth);
            case START_ARRAY: {
                List<Object> items = new ArrayList<>();
                JsonToken t;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (t == null) {
                        throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected end of input inside a list");
                    }
                    items.add(value(p, depth + 1));
                }
                return new Arr(items.toArray());
            }
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
                return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? p.getText() : (Object) p.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return p.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return NULL;
            default:
                throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected " + p.currentToken());
        }
    }

    private static Obj object(JsonParser p, int depth) throws IOException {
        List<String> keys = new ArrayList<>(8);
        List<Object> values = new ArrayList<>(8);
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            if (depth > 0 && !ReadFields.isRead(name)) {
                p.skipChildren(); // a field the importer never reads: not built at all
                continue;
            }
            keys.add(name);
            values.add(value(p, depth + 1));
        }
        if (t != JsonToken.END_OBJECT) {
            throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected end of input inside an object");
        }
        return new Obj(keys.toArray(new String[0]), values.toArray());
    }

    /** "an object", "a list", "'text'", a number, for messages. */
    static String describe(Object v) {
        if (v == null || v == NULL) {
            return "null";
        }
        if (v instanceof Obj) {
            return "an object";
        }
        if (v instanceof Arr) {
            return "a list";
        }
        String t = v.toString();
        t = t.length() > 60 ? t.substring(0, 60) + "..." : t;
        return v instanceof String ? "'" + t + "'" : t;
    }
}
