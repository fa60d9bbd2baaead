package dev.linkwright.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Damages a JSON file the ways a broken disk, a careless edit or an attacker would, one
 * {@link Mutation} at a time, for the fuzz tests of every reader (design files, AWS snapshots, the
 * command line). The same seed gives the same damage, so a failure can be replayed.
 *
 * <pre>{@code
 * byte[] broken = HostileJson.mutate(Mutation.DEEP_NESTING, original, random);
 * }</pre>
 */
public final class HostileJson {

    /** One kind of damage. */
    public enum Mutation {
        /** The file cut short anywhere (a crash while writing). */
        TRUNCATION,
        /** A few bytes anywhere replaced by random bytes. */
        FLIPPED_BYTES,
        /** Not JSON at all: random bytes. */
        RANDOM_BYTES,
        /** A value replaced by thousands of nested arrays or objects. */
        DEEP_NESTING,
        /** A value replaced by one of another type (a number for a list, an object for a string). */
        WRONG_TYPE,
        /** A value replaced by a number far outside any range (1e999999, 2^64, 100 digits). */
        HUGE_NUMBER,
        /** A string longer than any limit, or merely very long. */
        HUGE_STRING,
        /** An object given the id of another object, or a list entry repeated with its id. */
        DUPLICATE_ID,
        /** A container copied into its own descendant, or a reference naming its own object. */
        CYCLIC_CONTAINMENT,
        /** The same key twice in one object. */
        DUPLICATE_KEY,
        /** A field or a list entry removed. */
        MISSING_VALUE,
        /** A list grown by thousands of copies of one of its entries. */
        MANY_ELEMENTS
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Stands where the deep part goes; spliced in as text, as a tree that deep cannot be written. */
    private static final String DEEP_MARK = "__deep_nesting_here__";

    private HostileJson() {
    }

    /** "TRUNCATION 10/12, ...": per mutation, how many copies were refused of how many tried. */
    public static String describe(java.util.Map<Mutation, int[]> refusedOfTried) {
        StringBuilder s = new StringBuilder();
        refusedOfTried.forEach((m, c) -> s.append(s.length() == 0 ? "" : ", ").append(m).append(' ').append(c[1]).append('/').append(c[0]));
        return s.toString();
    }

    /** {@code original} damaged by {@code mutation}; the input is not changed. */
    public static byte[] mutate(Mutation mutation, byte[] original, Random random) {
        JsonNode tree;
        try {
            tree = JSON.readTree(original);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("the file to damage must be valid JSON", e);
        }
        switch (mutation) {
            case TRUNCATION:
                return Arrays.copyOf(original, random.nextInt(Math.max(1, original.length)));
            case FLIPPED_BYTES: {
                byte[] b = original.clone();
                for (int i = 0, n = 1 + random.nextInt(8); i < n && b.length > 0; i++) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
                return b;
            }
            case RANDOM_BYTES: {
                byte[] b = new byte[random.nextInt(4096)];
                random.nextBytes(b);
                return b;
            }
            case DUPLICATE_KEY:
                return duplicateKey(original, tree, random);
            default:
                return treeMutation(mutation, tree.deepCopy(), random);
        }
    }

    private static byte[] treeMutation(Mutation mutation, JsonNode copy, Random random) {
        List<Place> places = places(copy);
        if (places.isEmpty()) {
            return write(JsonNodeFactory.instance.arrayNode().add(copy));
        }
        Place place = places.get(random.nextInt(places.size()));
        switch (mutation) {
            case DEEP_NESTING -> place.set(TextNode.valueOf(DEEP_MARK));
            case WRONG_TYPE -> place.set(otherType(place.get(), random));
            case HUGE_NUMBER -> place.set(hugeNumber(random));
            case HUGE_STRING -> place.set(TextNode.valueOf("x".repeat(random.nextBoolean() ? 1_100_000 : 5_000 + random.nextInt(5_000))));
            case DUPLICATE_ID -> duplicateId(copy, random);
            case CYCLIC_CONTAINMENT -> cycle(copy, random);
            case MISSING_VALUE -> place.remove();
            case MANY_ELEMENTS -> manyElements(copy, random);
            default -> throw new IllegalArgumentException(mutation.name());
        }
        byte[] bytes = write(copy);
        if (mutation == Mutation.DEEP_NESTING) {
            int depth = random.nextBoolean() ? 65 + random.nextInt(100) : 5_000 + random.nextInt(50_000);
            String open = random.nextBoolean() ? "[" : "{\"a\":";
            String close = open.equals("[") ? "]" : "}";
            String deep = open.repeat(depth) + "1" + close.repeat(depth);
            String text = new String(bytes, StandardCharsets.UTF_8).replace(quoted(DEEP_MARK), deep);
            return text.getBytes(StandardCharsets.UTF_8);
        }
        return bytes;
    }

    private static String quoted(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] write(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- places in the tree ------------------------------------------------------------------------

    /** A value inside an object or a list, which can be replaced or removed. */
    private record Place(JsonNode container, String key, int index) {
        JsonNode get() {
            return container instanceof ObjectNode o ? o.get(key) : container.get(index);
        }

        void set(JsonNode value) {
            if (container instanceof ObjectNode o) {
                o.set(key, value);
            } else {
                ((ArrayNode) container).set(index, value);
            }
        }

        void remove() {
            if (container instanceof ObjectNode o) {
                o.remove(key);
            } else {
                ((ArrayNode) container).remove(index);
            }
        }
    }

    private static List<Place> places(JsonNode root) {
        List<Place> out = new ArrayList<>();
        collectPlaces(root, out);
        return out;
    }

    private static void collectPlaces(JsonNode node, List<Place> out) {
        if (node instanceof ObjectNode o) {
            o.fieldNames().forEachRemaining(k -> out.add(new Place(o, k, -1)));
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                out.add(new Place(a, null, i));
            }
        }
        node.forEach(child -> collectPlaces(child, out));
    }

    private static List<JsonNode> containers(JsonNode root) {
        List<JsonNode> out = new ArrayList<>();
        collectContainers(root, out);
        return out;
    }

    private static void collectContainers(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            node.forEach(child -> collectContainers(child, out));
        }
    }

    // ---- the damage ------------------------------------------------------------------------------

    private static JsonNode otherType(JsonNode was, Random random) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        List<JsonNode> options = new ArrayList<>(List.of(f.numberNode(random.nextInt(100_000) - 50_000), f.textNode("not-a-value"),
                f.objectNode().put("x", 1), f.arrayNode().add("a"), f.nullNode(), f.booleanNode(random.nextBoolean()),
                f.numberNode(0.5), f.textNode("")));
        options.removeIf(o -> was != null && o.getNodeType() == was.getNodeType());
        return options.get(random.nextInt(options.size()));
    }

    private static JsonNode hugeNumber(Random random) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (random.nextInt(7)) {
            case 0 -> f.numberNode(new BigDecimal("1e999999"));
            case 1 -> f.numberNode(Long.MAX_VALUE);
            case 2 -> f.numberNode(BigInteger.TWO.pow(64));
            case 3 -> f.numberNode(new BigInteger("9".repeat(100)));
            case 4 -> f.numberNode(Integer.MIN_VALUE);
            case 5 -> f.numberNode(-1e300);
            default -> f.numberNode(Integer.MAX_VALUE);
        };
    }

    /** Field names that hold an object's own id or name another object: "id", "VpcId", "routeTable". */
    private static boolean isIdField(String name) {
        return name.equals("id") || name.endsWith("Id") || name.endsWith("Arn");
    }

    private static void duplicateId(JsonNode root, Random random) {
        List<Place> ids = new ArrayList<>();
        for (Place p : places(root)) {
            if (p.key() != null && isIdField(p.key()) && p.get().isTextual()) {
                ids.add(p);
            }
        }
        if (ids.size() >= 2 && random.nextBoolean()) {
            Place target = ids.get(random.nextInt(ids.size()));
            target.set(ids.get(random.nextInt(ids.size())).get().deepCopy());
            return;
        }
        List<JsonNode> lists = containers(root).stream().filter(n -> n.isArray() && n.size() > 0).toList();
        if (!lists.isEmpty()) {
            ArrayNode list = (ArrayNode) lists.get(random.nextInt(lists.size()));
            list.add(list.get(random.nextInt(list.size())).deepCopy()); // the same entry twice, ids and all
        }
    }

    /**
     * Copies an object into a list inside it (a VPC inside its own subnet), or points a reference at
     * the object that holds it (a route through its own table).
     */
    private static void cycle(JsonNode root, Random random) {
        List<JsonNode> objects = containers(root).stream().filter(JsonNode::isObject).toList();
        if (random.nextBoolean()) {
            for (int attempt = 0; attempt < 20; attempt++) {
                JsonNode outer = objects.get(random.nextInt(objects.size()));
                List<JsonNode> innerLists = containers(outer).stream().filter(n -> n.isArray() && n != outer).toList();
                if (!innerLists.isEmpty()) {
                    ((ArrayNode) innerLists.get(random.nextInt(innerLists.size()))).add(outer.deepCopy());
                    return;
                }
            }
        }
        for (int attempt = 0; attempt < 20; attempt++) {
            JsonNode outer = objects.get(random.nextInt(objects.size()));
            JsonNode id = outer.get("id");
            if (id == null) {
                id = findId(outer);
            }
            List<Place> refs = places(outer).stream().filter(p -> p.get().isTextual() && p.container() != outer).toList();
            if (id != null && !refs.isEmpty()) {
                refs.get(random.nextInt(refs.size())).set(id.deepCopy());
                return;
            }
        }
    }

    private static JsonNode findId(JsonNode object) {
        var it = object.fields();
        while (it.hasNext()) {
            var e = it.next();
            if (isIdField(e.getKey()) && e.getValue().isTextual()) {
                return e.getValue();
            }
        }
        return null;
    }

    private static void manyElements(JsonNode root, Random random) {
        List<JsonNode> lists = containers(root).stream().filter(n -> n.isArray() && n.size() > 0).toList();
        if (lists.isEmpty()) {
            return;
        }
        ArrayNode list = (ArrayNode) lists.get(random.nextInt(lists.size()));
        JsonNode entry = list.get(random.nextInt(list.size()));
        for (int i = 0, n = 500 + random.nextInt(2_500); i < n; i++) {
            list.add(entry);
        }
    }

    private static byte[] duplicateKey(byte[] original, JsonNode tree, Random random) {
        List<JsonNode> objects = containers(tree).stream().filter(n -> n.isObject() && n.size() > 0).toList();
        if (objects.isEmpty()) {
            return original;
        }
        ObjectNode obj = (ObjectNode) objects.get(random.nextInt(objects.size()));
        String key = obj.fieldNames().next();
        // written by hand: a tree cannot hold the same key twice
        ObjectNode marked = obj.deepCopy();
        String text = new String(write(tree), StandardCharsets.UTF_8);
        String body = new String(write(marked), StandardCharsets.UTF_8);
        String doubled = "{" + quoted(key) + ":" + otherType(null, random) + "," + body.substring(1);
        int at = text.indexOf(body);
        return (at < 0 ? text : text.substring(0, at) + doubled + text.substring(at + body.length())).getBytes(StandardCharsets.UTF_8);
    }
}
