package dev.linkwright.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

    @Test
    void aMissingStepIsRefused() {
        FormatMigrations none = FormatMigrations.standard();
        assertThat(none.canUpgrade(1, 1)).isTrue();
        assertThat(none.canUpgrade(1, 2)).isFalse();
        assertThatThrownBy(() -> none.upgrade(new ObjectMapper().createObjectNode(), 1, 2)).hasMessageContaining("no upgrade from format version 1");
    }
}
