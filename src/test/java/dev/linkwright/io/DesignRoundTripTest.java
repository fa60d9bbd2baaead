package dev.linkwright.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.io.scenario.ScenarioEntry;
import dev.linkwright.io.scenario.ScenarioFile;
import dev.linkwright.model.Design;
import dev.linkwright.testing.SharedFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Load, save, load gives an equal model, and saving again gives identical bytes. */
class DesignRoundTripTest {

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    static Stream<Path> designFixtures() throws Exception {
        List<Path> all = new ArrayList<>(samples().toList());
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/scenarios"))) {
            files.filter(p -> p.toString().endsWith(".json")).sorted().forEach(all::add);
        } catch (IOException e) {
            // no encoded scenarios yet
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designFixtures")
    void savingAndLoadingGivesTheSameDesign(Path file, @TempDir Path dir) throws Exception {
        Design first = new DesignReader().read(file);
        Path saved = dir.resolve("saved.json");
        new DesignWriter().write(first, saved);
        Design second = new DesignReader().read(saved);
        assertThat(second.topology().elements()).isEqualTo(first.topology().elements());
        assertThat(second.sameContentAs(first)).isTrue();
        assertThat(new DesignWriter().toJson(second)).isEqualTo(Files.readString(saved, StandardCharsets.UTF_8));
    }

    static Stream<ScenarioEntry> scenarios() throws Exception {
        return ScenarioFile.read(SharedFiles.publicScenarios()).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenarioDesignsSurviveTheFileFormat(ScenarioEntry entry) throws Exception {
        String once = new DesignWriter().toJson(entry.design());
        Design reloaded = new DesignReader().read(once.getBytes(StandardCharsets.UTF_8), entry.id());
        assertThat(new DesignWriter().toJson(reloaded)).isEqualTo(once);
    }
}
