package dev.linkwright.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Mutates every sample and every encoded scenario thousands of times (byte damage, truncation,
 * wrong types, huge numbers, deep nesting, duplicate ids, random bytes) and loads each result:
 * the loader must either read it or refuse it with a located {@link DesignFormatException}, never
 * anything else, and never hang.
 */
class HostileInputFuzzTest {

    static final int ROUNDS_PER_FILE = 150;
    static final ObjectMapper JSON = new ObjectMapper();

    static List<Path> corpus() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("samples", "src/test/resources/scenarios")) {
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    @Test
    void mutatedFilesAreReadOrRefusedCleanly() throws Exception {
        Random random = new Random(20261125);
        int tried = 0;
        int refused = 0;
        for (Path file : corpus()) {
            byte[] original = Files.readAllBytes(file);
            JsonNode tree = JSON.readTree(original);
            for (int round = 0; round < ROUNDS_PER_FILE; round++) {
                byte[] mutated = mutate(original, tree, random);
                tried++;
                if (!loadsOrRefusesCleanly(mutated, file + " round " + round)) {
                    refused++;
                }
            }
        }
        assertThat(tried).isGreaterThanOrEqualTo(3000);
        assertThat(refused).isPositive();
    }

    /** True when it loaded, false when refused with a located problem; fails on anything else. */
    private static boolean loadsOrRefusesCleanly(byte[] bytes, String what) {
        try {
            new DesignReader().read(bytes, "fuzz.json");
            return true;
        } catch (DesignFormatException e) {
            assertThat(e.problems()).as(what).isNotEmpty();
            assertThat(e.getMessage()).as(what).startsWith("fuzz.json").doesNotContain("Exception");
            return false;
        } catch (RuntimeException | StackOverflowError e) {
            fail(what + ": " + e, e);
            return false;
        }
    }

    private static byte[] mutate(byte[] original, JsonNode tree, Random random) throws IOException {
        switch (random.nextInt(9)) {
            case 0:
                return java.util.Arrays.copyOf(original, random.nextInt(original.length));
            case 1: {
                byte[] b = original.clone();
                for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
                return b;
            }
            case 2: {
                byte[] b = new byte[random.nextInt(2048)];
                random.nextBytes(b);
                return b;
            }
            case 3:
                return "[".repeat(5000 + random.nextInt(50_000)).getBytes(StandardCharsets.UTF_8);
            default: {
                JsonNode copy = tree.deepCopy();
                List<JsonNode> containers = new ArrayList<>();
                collect(copy, containers);
                JsonNode target = containers.get(random.nextInt(containers.size()));
                damage(target, random);
                return JSON.writeValueAsBytes(copy);
            }
        }
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            node.forEach(child -> collect(child, out));
        }
    }

    private static JsonNode hostileValue(Random random) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        switch (random.nextInt(10)) {
            case 0: return f.numberNode(new java.math.BigDecimal("1e999999"));
            case 1: return f.numberNode(Long.MAX_VALUE);
            case 2: return f.numberNode(-1);
            case 3: return f.textNode("");
            case 4: return f.textNode("x".repeat(random.nextInt(5000)));
            case 5: return f.nullNode();
            case 6: return f.booleanNode(true);
            case 7: return f.objectNode().put("id", "vpc-a");
            case 8: {
                ArrayNode deep = f.arrayNode();
                ArrayNode cur = deep;
                for (int i = 0; i < 80; i++) {
                    cur = cur.addArray();
                }
                return deep;
            }
            default: return f.textNode("10.0.0.0/" + random.nextInt(40));
        }
    }

    private static void damage(JsonNode target, Random random) {
        if (target instanceof ObjectNode obj && obj.size() > 0) {
            List<String> keys = new ArrayList<>();
            Iterator<Map.Entry<String, JsonNode>> it = obj.fields();
            it.forEachRemaining(e -> keys.add(e.getKey()));
            String key = keys.get(random.nextInt(keys.size()));
            switch (random.nextInt(4)) {
                case 0 -> obj.remove(key);
                case 1 -> obj.set(key, hostileValue(random));
                case 2 -> obj.put("id", random.nextBoolean() ? "instance-a" : "vpc-b"); // duplicate ids
                default -> obj.set(key + "x", hostileValue(random));
            }
        } else if (target instanceof ArrayNode arr && arr.size() > 0) {
            int i = random.nextInt(arr.size());
            switch (random.nextInt(3)) {
                case 0 -> arr.add(arr.get(i).deepCopy()); // duplicates, same ids
                case 1 -> arr.set(i, hostileValue(random));
                default -> arr.remove(i);
            }
        }
    }
}
