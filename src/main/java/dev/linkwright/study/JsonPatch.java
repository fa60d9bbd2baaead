package dev.linkwright.study;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * JSON Patch (RFC 6902) over Jackson trees: {@link #apply} runs the operations {@code add},
 * {@code remove}, {@code replace}, {@code move}, {@code copy} and {@code test} on a copy of a
 * document; {@link #diff} writes a patch that turns one document into another. Paths are JSON
 * Pointers (RFC 6901); {@code -} names the end of an array.
 *
 * <pre>{@code
 * JsonNode variant = JsonPatch.apply(baseline, patch); // baseline is left as it was
 * }</pre>
 */
public final class JsonPatch {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> OPERATIONS = Set.of("add", "remove", "replace", "move", "copy", "test");

    private JsonPatch() {
    }

    /** Why a patch could not be applied: which operation (0-based) and what went wrong. */
    public static final class PatchException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int operation;
        private final String field;

        PatchException(int operation, String field, String message) {
            super(message);
            this.operation = operation;
            this.field = field;
        }

        /** The index of the failing operation in the patch. */
        public int operation() {
            return operation;
        }

        /** The field of that operation the problem is about ({@code path}, {@code from}, {@code value}, {@code op}). */
        public String field() {
            return field;
        }
    }

    /** A copy of {@code document} with {@code patch} (a JSON array of operations) applied. */
    public static JsonNode apply(JsonNode document, JsonNode patch) throws PatchException {
        if (patch == null || !patch.isArray()) {
            throw new PatchException(-1, "", "a patch is a list of operations");
        }
        // the whole document sits in a holder so that the root ("") can be replaced like any value
        ObjectNode holder = NODES.objectNode();
        holder.set("", document.deepCopy());
        for (int i = 0; i < patch.size(); i++) {
            applyOne(holder, patch.get(i), i);
        }
        return holder.get("");
    }

    private static void applyOne(ObjectNode holder, JsonNode op, int index) throws PatchException {
        if (!op.isObject()) {
            throw new PatchException(index, "", "an operation is an object like {\"op\": \"replace\", \"path\": ..., \"value\": ...}");
        }
        String name = text(op, "op", index);
        if (!OPERATIONS.contains(name)) {
            throw new PatchException(index, "op", "unknown operation '" + name + "' (expected one of " + new TreeSet<>(OPERATIONS) + ")");
        }
        List<String> path = pointer(text(op, "path", index), index, "path");
        switch (name) {
            case "add" -> add(holder, path, value(op, index), index, "path");
            case "remove" -> remove(holder, path, index, "path");
            case "replace" -> {
                remove(holder, path, index, "path");
                add(holder, path, value(op, index), index, "path");
            }
            case "move" -> {
                List<String> from = pointer(text(op, "from", index), index, "from");
                if (path.size() > from.size() && path.subList(0, from.size()).equals(from)) {
                    throw new PatchException(index, "from", "cannot move a value into one of its own children");
                }
                JsonNode moved = remove(holder, from, index, "from");
                add(holder, path, moved, index, "path");
            }
            case "copy" -> {
                List<String> from = pointer(text(op, "from", index), index, "from");
                add(holder, path, get(holder, from, index, "from").deepCopy(), index, "path");
            }
            default -> { // test
                JsonNode actual = get(holder, path, index, "path");
                JsonNode expected = value(op, index);
                if (!actual.equals(expected)) {
                    throw new PatchException(index, "value", "test failed: the value at " + op.get("path").asText() + " is "
                            + brief(actual) + ", not " + brief(expected));
                }
            }
        }
    }

    private static String text(JsonNode op, String field, int index) throws PatchException {
        JsonNode n = op.get(field);
        if (n == null || !n.isTextual()) {
            throw new PatchException(index, field, "missing '" + field + "' (a string)");
        }
        return n.textValue();
    }

    private static JsonNode value(JsonNode op, int index) throws PatchException {
        if (!op.has("value")) {
            throw new PatchException(index, "value", "missing 'value'");
        }
        return op.get("value").deepCopy();
    }

    /** The reference tokens of {@code pointer}, prefixed by the holder's key "". */
    private static List<String> pointer(String pointer, int index, String field) throws PatchException {
        List<String> tokens = new ArrayList<>();
        tokens.add("");
        if (pointer.isEmpty()) {
            return tokens;
        }
        if (!pointer.startsWith("/")) {
            throw new PatchException(index, field, "'" + pointer + "' is not a JSON Pointer (it must start with '/')");
        }
        for (String t : pointer.substring(1).split("/", -1)) {
            tokens.add(t.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }

    private static JsonNode get(JsonNode holder, List<String> tokens, int index, String field) throws PatchException {
        JsonNode node = holder;
        for (int i = 0; i < tokens.size(); i++) {
            node = child(node, tokens.get(i), tokens.subList(0, i + 1), index, field);
        }
        return node;
    }

    private static JsonNode child(JsonNode node, String token, List<String> upTo, int index, String field) throws PatchException {
        if (node.isObject()) {
            JsonNode c = node.get(token);
            if (c == null) {
                throw new PatchException(index, field, "nothing at " + display(upTo) + available(node));
            }
            return c;
        }
        if (node.isArray()) {
            int i = arrayIndex(node, token, false, upTo, index, field);
            return node.get(i);
        }
        throw new PatchException(index, field, "nothing at " + display(upTo) + ": its parent is " + brief(node) + ", not an object or a list");
    }

    private static void add(ObjectNode holder, List<String> tokens, JsonNode value, int index, String field) throws PatchException {
        JsonNode parent = get(holder, tokens.subList(0, tokens.size() - 1), index, field);
        String last = tokens.get(tokens.size() - 1);
        if (parent.isObject()) {
            ((ObjectNode) parent).set(last, value);
        } else if (parent.isArray()) {
            ArrayNode arr = (ArrayNode) parent;
            int i = arrayIndex(arr, last, true, tokens, index, field);
            arr.insert(i, value);
        } else {
            throw new PatchException(index, field, "cannot add at " + display(tokens) + ": its parent is " + brief(parent));
        }
    }

    private static JsonNode remove(ObjectNode holder, List<String> tokens, int index, String field) throws PatchException {
        if (tokens.size() == 1) {
            JsonNode old = holder.get("");
            holder.remove("");
            return old;
        }
        JsonNode parent = get(holder, tokens.subList(0, tokens.size() - 1), index, field);
        String last = tokens.get(tokens.size() - 1);
        if (parent.isObject()) {
            if (!parent.has(last)) {
                throw new PatchException(index, field, "nothing at " + display(tokens) + available(parent));
            }
            return ((ObjectNode) parent).remove(last);
        }
        if (parent.isArray()) {
            int i = arrayIndex(parent, last, false, tokens, index, field);
            return ((ArrayNode) parent).remove(i);
        }
        throw new PatchException(index, field, "nothing at " + display(tokens) + ": its parent is " + brief(parent));
    }

    private static int arrayIndex(JsonNode arr, String token, boolean forAdd, List<String> tokens, int index, String field)
            throws PatchException {
        if (forAdd && token.equals("-")) {
            return arr.size();
        }
        if (!token.matches("0|[1-9][0-9]{0,8}")) {
            throw new PatchException(index, field, "'" + token + "' in " + display(tokens) + " is not a list index");
        }
        int i = Integer.parseInt(token);
        int limit = forAdd ? arr.size() : arr.size() - 1;
        if (i > limit) {
            throw new PatchException(index, field, "index " + i + " in " + display(tokens) + " is past the end of a list of "
                    + arr.size());
        }
        return i;
    }

    private static String available(JsonNode obj) {
        List<String> names = new ArrayList<>();
        obj.fieldNames().forEachRemaining(names::add);
        return names.isEmpty() ? " (the object is empty)" : " (the object has " + String.join(", ", names) + ")";
    }

    private static String display(List<String> tokens) {
        StringBuilder sb = new StringBuilder();
        for (String t : tokens.subList(1, tokens.size())) {
            sb.append('/').append(t.replace("~", "~0").replace("/", "~1"));
        }
        return sb.length() == 0 ? "the document root" : sb.toString();
    }

    private static String brief(JsonNode n) {
        String s = n.toString();
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }

    // ---- diff -----------------------------------------------------------------------------------------

    /**
     * A patch that turns {@code from} into {@code to}: objects are compared field by field, lists
     * of the same length element by element, anything else is replaced whole.
     */
    public static ArrayNode diff(JsonNode from, JsonNode to) {
        ArrayNode patch = NODES.arrayNode();
        diff(from, to, "", patch);
        return patch;
    }

    private static void diff(JsonNode from, JsonNode to, String path, ArrayNode patch) {
        if (from.equals(to)) {
            return;
        }
        if (from.isObject() && to.isObject()) {
            Iterator<String> names = from.fieldNames();
            while (names.hasNext()) {
                String n = names.next();
                if (!to.has(n)) {
                    patch.addObject().put("op", "remove").put("path", path + "/" + escape(n));
                }
            }
            Iterator<String> toNames = to.fieldNames();
            while (toNames.hasNext()) {
                String n = toNames.next();
                String p = path + "/" + escape(n);
                if (!from.has(n)) {
                    patch.addObject().put("op", "add").put("path", p).set("value", to.get(n).deepCopy());
                } else {
                    diff(from.get(n), to.get(n), p, patch);
                }
            }
            return;
        }
        if (from.isArray() && to.isArray() && from.size() == to.size()) {
            for (int i = 0; i < from.size(); i++) {
                diff(from.get(i), to.get(i), path + "/" + i, patch);
            }
            return;
        }
        if (from.isArray() && to.isArray() && to.size() > from.size()
                && from.equals(prefixOf(to, from.size()))) {
            for (int i = from.size(); i < to.size(); i++) {
                patch.addObject().put("op", "add").put("path", path + "/-").set("value", to.get(i).deepCopy());
            }
            return;
        }
        patch.addObject().put("op", "replace").put("path", path).set("value", to.deepCopy());
    }

    private static ArrayNode prefixOf(JsonNode arr, int n) {
        ArrayNode a = NODES.arrayNode();
        for (int i = 0; i < n; i++) {
            a.add(arr.get(i));
        }
        return a;
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
