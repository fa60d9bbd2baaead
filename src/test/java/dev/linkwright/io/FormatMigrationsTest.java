package dev.linkwright.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linkwright.model.Design;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormatMigrationsTest {

    /** A made-up step: version 1 called the on-premises list "datacenters". */
    static final FormatMigrations.Step RENAME = new FormatMigrations.Step() {
        @Override
        public int from() {
            return 1;
        }

        @Override
        public String description() {
            return "'datacenters' is now 'onPremises'";
        }

        @Override
        public void apply(ObjectNode document) {
            if (document.has("datacenters")) {
                document.set("onPremises", document.remove("datacenters"));
            }
        }
    };

    @Test
    void stepsRunInOrderAndStampTheNewVersion() throws Exception {
        ObjectNode doc = (ObjectNode) new ObjectMapper().readTree("{\"formatVersion\": 1, \"datacenters\": []}");
        List<String> applied = new FormatMigrations(List.of(RENAME)).upgrade(doc, 1, 2);
        assertThat(applied).containsExactly("'datacenters' is now 'onPremises'");
        assertThat(doc.get("formatVersion").asInt()).isEqualTo(2);
        assertThat(doc.has("onPremises")).isTrue();
    }

    /** A reader of a pretend version 2 whose only step is {@link #RENAME}. */
    private static DesignReader readerOfVersionTwo() {
        return new DesignReader(new FormatMigrations(List.of(RENAME)), 2, DesignReader.MAX_ELEMENTS);
    }

    private static String versionOneFileWithDatacenters() throws Exception {
        String sample = java.nio.file.Files.readString(java.nio.file.Path.of("samples/hybrid-privatelink.json"));
        assertThat(sample).contains("\"formatVersion\": 1").contains("\"onPremises\"");
        return sample.replace("\"onPremises\"", "\"datacenters\"");
    }

    @Test
    void anOlderFileIsUpgradedBeforeItIsChecked() throws Exception {
        String old = versionOneFileWithDatacenters();
        Design upgraded = readerOfVersionTwo().read(old.getBytes(StandardCharsets.UTF_8), "old.json");
        Design current = new DesignReader().read(java.nio.file.Path.of("samples/hybrid-privatelink.json"));
        assertThat(new DesignWriter().toJson(upgraded).replace("\"formatVersion\": 2", "\"formatVersion\": 1"))
                .isEqualTo(new DesignWriter().toJson(current));
    }

    @Test
    void withoutTheStepTheOldFileIsRefusedWithThePlaceOfTheProblem() throws Exception {
        String old = versionOneFileWithDatacenters();
        assertThatThrownBy(() -> new DesignReader().read(old.getBytes(StandardCharsets.UTF_8), "old.json"))
                .hasMessageStartingWith("old.json").hasMessageContaining("datacenters");
    }

    @Test
    void aVersionWithoutAPathToTodayIsRefusedNamingTheFileAndTheField() throws Exception {
        DesignReader versionThreeWithoutStepFromTwo = new DesignReader(new FormatMigrations(List.of(RENAME)), 3, DesignReader.MAX_ELEMENTS);
        String text = versionOneFileWithDatacenters();
        assertThatThrownBy(() -> versionThreeWithoutStepFromTwo.read(text.getBytes(StandardCharsets.UTF_8), "old.json"))
                .isInstanceOf(DesignFormatException.class)
                .hasMessageStartingWith("old.json").hasMessageContaining("formatVersion").hasMessageContaining("too old");
    }

    @Test
    void aNewerFileIsRefusedEvenWhenOlderOnesUpgrade() throws Exception {
        String newer = versionOneFileWithDatacenters().replace("\"formatVersion\": 1", "\"formatVersion\": 3");
        assertThatThrownBy(() -> readerOfVersionTwo().read(newer.getBytes(StandardCharsets.UTF_8), "new.json"))
                .hasMessageStartingWith("new.json").hasMessageContaining("formatVersion")
                .hasMessageContaining("format version 3, made by a newer Linkwright; this version reads up to version 2");
    }

    @Test
    void thisBuildHasNoStepsBecauseVersionOneIsTheOnlyFormatSoFar() {
        assertThat(DesignReader.FORMAT_VERSION).isEqualTo(1);
        assertThat(FormatMigrations.standard().canUpgrade(1, DesignReader.FORMAT_VERSION)).isTrue();
    }

    @Test
    void aMissingStepIsRefused() {
        FormatMigrations none = FormatMigrations.standard();
        assertThat(none.canUpgrade(1, 1)).isTrue();
        assertThat(none.canUpgrade(1, 2)).isFalse();
        assertThatThrownBy(() -> none.upgrade(new ObjectMapper().createObjectNode(), 1, 2)).hasMessageContaining("no upgrade from format version 1");
    }
}
