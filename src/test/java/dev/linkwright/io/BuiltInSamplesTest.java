package dev.linkwright.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BuiltInSamplesTest {

    @Test
    void theDefaultSampleIsOnTheClasspathAndListedFirst() {
        assertThat(BuiltInSamples.names()).first().isEqualTo(BuiltInSamples.DEFAULT);
        assertThat(BuiltInSamples.names()).allSatisfy(n -> assertThat(n).endsWith(".json"));
    }

    @Test
    void everySampleLoadsAndHasATitle() throws Exception {
        for (String name : BuiltInSamples.names()) {
            assertThat(BuiltInSamples.load(name).topology().size()).as(name).isPositive();
            assertThat(BuiltInSamples.title(name)).as(name).isNotBlank();
        }
        assertThat(BuiltInSamples.title(BuiltInSamples.DEFAULT)).isEqualTo("PrivateLink: the classic picture");
    }

    @Test
    void anUnknownSampleIsAFormatErrorNotACrash() {
        assertThatThrownBy(() -> BuiltInSamples.load("nope.json")).isInstanceOf(DesignFormatException.class)
                .hasMessageContaining("no built-in sample");
        assertThat(BuiltInSamples.bytes("../pom.xml")).isEmpty();
    }
}
