package dev.linkwright.io.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.io.DesignReader;
import dev.linkwright.io.DesignWriter;
import dev.linkwright.model.Design;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.Placement;
import dev.linkwright.model.Subnet;
import dev.linkwright.testing.SharedFiles;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ScenarioFileTest {

    static Stream<ScenarioEntry> entries() throws Exception {
        return ScenarioFile.read(SharedFiles.publicScenarios()).stream();
    }

    @Test
    void everyPublicScenarioIsRead() throws Exception {
        List<ScenarioEntry> entries = ScenarioFile.read(SharedFiles.publicScenarios());
        assertThat(entries).hasSize(16);
        assertThat(entries).filteredOn(ScenarioEntry::isReachability).hasSize(12);
        assertThat(entries).filteredOn(ScenarioEntry::isValidation).hasSize(4);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void convertedScenarioIsAValidDesignFile(ScenarioEntry entry) throws Exception {
        String saved = new DesignWriter().toJson(entry.design());
        Design reloaded = new DesignReader().read(saved.getBytes(StandardCharsets.UTF_8), entry.id() + ".json");
        assertThat(reloaded.topology().elements()).containsExactlyInAnyOrderElementsOf(entry.design().topology().elements());
    }

    @Test
    void subnetsKeepTheirAvailabilityZoneIds() throws Exception {
        Design b1 = ScenarioFile.find(ScenarioFile.read(SharedFiles.publicScenarios()), "S01", "").design();
        Subnet cVpce = b1.topology().find(ElementId.of("c-vpce"), Subnet.class).orElseThrow();
        Subnet pNlb = b1.topology().find(ElementId.of("p-nlb"), Subnet.class).orElseThrow();
        assertThat(Placement.zoneNameOf(b1.topology(), cVpce.id())).isEqualTo("us-east-1a");
        assertThat(Placement.zoneIdOf(b1.topology(), cVpce.id())).isEqualTo("use1-az1");
        assertThat(Placement.zoneNameOf(b1.topology(), pNlb.id())).isEqualTo("us-east-1c");
        assertThat(Placement.zoneIdOf(b1.topology(), pNlb.id())).isEqualTo("use1-az1");
    }

    @Test
    void nestedInterfaceIdsResolveToTheirOwners() throws Exception {
        Design b1 = ScenarioFile.find(ScenarioFile.read(SharedFiles.publicScenarios()), "S01", "").design();
        assertThat(b1.topology().owner(ElementId.of("eni-vpce-c1")).orElseThrow().id()).isEqualTo(ElementId.of("vpce-c1"));
        assertThat(b1.topology().owner(ElementId.of("eni-i-c1")).orElseThrow().id()).isEqualTo(ElementId.of("i-c1"));
    }

    @Test
    void queriesCarryTheirRefsAndPorts() throws Exception {
        ScenarioEntry s45 = ScenarioFile.find(ScenarioFile.read(SharedFiles.publicScenarios()), "S45", "");
        assertThat(s45.query().sourceRef()).isEqualTo("i-a1");
        assertThat(s45.query().destinationRef()).isEqualTo("i-b1");
        assertThat(s45.query().destinationPort()).isEqualTo(5432);
        assertThat(s45.query().sourcePort()).isEqualTo(49152);
        assertThat(s45.expectedVerdict()).isEqualTo("BLOCKED");
    }
}
