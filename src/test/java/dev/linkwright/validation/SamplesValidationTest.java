package dev.linkwright.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.io.DesignReader;
import dev.linkwright.model.RulesProfile;
import dev.linkwright.validation.rules.StandardRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sample in samples/ is a design AWS would accept: no errors (warnings are fine). */
class SamplesValidationTest {

    static Stream<Path> samples() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleHasNoErrors(Path sample) throws Exception {
        ValidationReport report = StandardRules.validator().validate(new DesignReader().read(sample).topology(), RulesProfile.CURRENT);
        assertThat(report.errors()).as("%s:%n%s", sample, FindingAssert.describe(report)).isEmpty();
        assertThat(report.withCode(Validator.RULE_FAILED)).isEmpty();
    }
}
