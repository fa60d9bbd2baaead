package dev.linkwright.io.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.linkwright.io.DesignFormatException;
import dev.linkwright.io.DesignReader;
import dev.linkwright.io.DesignWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import never crashes: corpus files truncated anywhere, or with values replaced by values of
 * other types, either import (and make a valid design file) or fail with a located problem.
 */
class AwsImportRobustnessTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private static List<Path> corpusFiles() throws IOException {
        Path root = AwsSnapshots.folder("batfish/test-transit-gateway-peering/aws_configs/accounts/732168539940/us-east-1");
        List<Path> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(root)) {
            list.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
        }
        files.add(AwsSnapshots.folder("batfish/test-load-balancer/aws_configs/LoadBalancers.json"));
        files.add(AwsSnapshots.folder("batfish/test-direct-connect-gateway/aws_configs/VirtualInterfaces.json"));
        files.add(AwsSnapshots.folder("batfish/test-vpc-endpoint-interface/aws_configs/us-east-1/VpcEndpoints.json"));
        return files;
    }

    /**
     * Imports a snapshot of the broken file and the files its objects lean on (VPCs, subnets,
     * interfaces, route tables), so that its objects are converted, not skipped for a missing VPC.
     */
    private void importWith(Path replaced, String content, int trial) throws IOException {
        Path snapshot = dir.resolve("t" + trial + "/aws_configs/accounts/732168539940/us-east-1");
        Files.createDirectories(snapshot);
        Path source = replaced.getParent();
        for (String base : List.of("Vpcs.json", "Subnets.json", "NetworkInterfaces.json", "RouteTables.json")) {
            if (Files.exists(source.resolve(base)) && !source.resolve(base).equals(replaced)) {
                Files.copy(source.resolve(base), snapshot.resolve(base));
            }
        }
        Files.writeString(snapshot.resolve("broken-" + replaced.getFileName()), content);
        try {
            ImportedSnapshot s = new AwsSnapshotImporter().importFolder(dir.resolve("t" + trial));
            String json = new DesignWriter().toJson(s.design());
            new DesignReader().read(json.getBytes(StandardCharsets.UTF_8), "reread.json");
        } catch (DesignFormatException e) {
            assertThat(e.problems()).isNotEmpty();
            assertThat(e.problems().get(0).file()).isNotBlank();
        }
    }

    @Test
    void filesCutAnywhereFailCleanly() throws IOException {
        Random random = new Random(7);
        int trial = 0;
        for (Path file : corpusFiles()) {
            String text = Files.readString(file);
            for (int i = 0; i < 2 && text.length() > 2; i++) {
                importWith(file, text.substring(0, 1 + random.nextInt(text.length() - 1)), trial++);
            }
        }
    }

    @Test
    void valuesOfTheWrongTypeFailCleanlyOrAreIgnored() throws IOException {
        Random random = new Random(11);
        int trial = 0;
        for (Path file : corpusFiles()) {
            JsonNode original = MAPPER.readTree(file.toFile());
            for (int i = 0; i < 4; i++) {
                JsonNode copy = original.deepCopy();
                mutate(copy, random);
                importWith(file, MAPPER.writeValueAsString(copy), trial++);
            }
        }
    }

    /** Replaces one value somewhere in the tree by a value of another type. */
    private static void mutate(JsonNode root, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        JsonNode replacement = switch (random.nextInt(5)) {
            case 0 -> IntNode.valueOf(random.nextInt(100_000));
            case 1 -> TextNode.valueOf("not-a-value");
            case 2 -> JsonNodeFactory.instance.objectNode().put("x", 1);
            case 3 -> JsonNodeFactory.instance.arrayNode().add("a");
            default -> JsonNodeFactory.instance.nullNode();
        };
        if (target instanceof ObjectNode o && o.size() > 0) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            o.set(names.get(random.nextInt(names.size())), replacement);
        } else if (target instanceof ArrayNode a && a.size() > 0) {
            a.set(random.nextInt(a.size()), replacement);
        }
    }

    private static void collect(JsonNode n, List<JsonNode> containers) {
        if (n.isContainerNode()) {
            containers.add(n);
            n.forEach(child -> collect(child, containers));
        }
    }
}
