package dev.linkwright.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.io.DesignFiles;
import dev.linkwright.model.Design;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.Flow;
import dev.linkwright.model.FlowIntent;
import dev.linkwright.model.Protocol;
import dev.linkwright.model.RulesProfile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlowIntentCheckTest {

    private static Design basic() throws Exception {
        return DesignFiles.load(Path.of("samples", "privatelink-basic.json"));
    }

    @Test
    void keptIntentsGiveNoFinding() throws Exception {
        Design d = basic();
        assertThat(FlowIntentCheck.check(d.topology(), d.flows(), RulesProfile.CURRENT)).isEmpty();
    }

    @Test
    void aReachableFlowMarkedMustBeBlockedIsAnError() throws Exception {
        Design d = basic();
        Flow f = d.flows().get(0);
        Flow wrong = new Flow(f.id(), f.name(), f.from(), f.to(), f.protocol(), f.port(), f.sourcePort(), FlowIntent.MUST_BE_BLOCKED);

        List<Finding> findings = FlowIntentCheck.check(d.topology(), List.of(wrong), RulesProfile.CURRENT);

        assertThat(findings).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo("E_INTENT_VIOLATED");
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(x.elements()).contains(f.id());
            assertThat(x.message()).contains("must be blocked but reaches");
        });
    }

    @Test
    void aBlockedFlowMarkedMustBeReachableNamesTheBlockerAndItsCode() throws Exception {
        Design d = basic();
        Flow f = new Flow(ElementId.of("flow-ssh"), "", "instance-a", "vpce-a", Protocol.TCP, 22, 40000, FlowIntent.MUST_BE_REACHABLE);

        Finding x = FlowIntentCheck.check(d.topology(), List.of(f), RulesProfile.CURRENT).get(0);

        assertThat(x.code()).isEqualTo("E_INTENT_VIOLATED");
        assertThat(x.elements()).hasSize(2).endsWith(ElementId.of("flow-ssh"));
        assertThat(x.message()).contains("must be reachable but is blocked by " + x.elements().get(0)).containsPattern("\\([A-Z_]+\\)");
        assertThat(x.rule()).isNotBlank();
    }
}
