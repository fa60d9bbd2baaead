package dev.linkwright.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.linkwright.io.scenario.ScenarioEntry;
import dev.linkwright.io.scenario.ScenarioFile;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.RulesProfile;
import dev.linkwright.testing.SharedFiles;
import dev.linkwright.validation.rules.StandardRules;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The public scenarios (`shared/spec/scenarios-public.json`): every validation entry yields its
 * expected findings (code, severity, at least one of the elements) and, where the entry says so, no
 * other error; every entry's expected findings appear, and the designs of reachability entries are
 * free of errors (they are working or deliberately blocked designs, not invalid ones).
 */
class PublicScenarioValidationTest {

    private static final Map<String, JsonNode> RAW = new HashMap<>();

    static Stream<ScenarioEntry> validationEntries() throws Exception {
        return entries().stream().filter(ScenarioEntry::isValidation);
    }

    static Stream<ScenarioEntry> allEntries() throws Exception {
        return entries().stream();
    }

    private static List<ScenarioEntry> entries() throws Exception {
        if (RAW.isEmpty()) {
            JsonNode root = new ObjectMapper().readTree(Files.readAllBytes(SharedFiles.publicScenarios()));
            for (JsonNode e : root.path("scenarios")) {
                RAW.put(e.path("id").asText(), e);
            }
        }
        return ScenarioFile.read(SharedFiles.publicScenarios());
    }

    /** The rules profile of an entry: its query's, else its variant's, else current. */
    static RulesProfile profileOf(ScenarioEntry entry) {
        if (entry.query() != null) {
            return entry.query().profile();
        }
        JsonNode variant = RAW.get(entry.id()).path("variant");
        return "legacy-2020".equals(variant.asText()) ? RulesProfile.LEGACY_2020 : RulesProfile.CURRENT;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validationEntries")
    void validationScenarioGivesItsExpectedFindings(ScenarioEntry entry) {
        ValidationReport report = StandardRules.validator().validate(entry.design().topology(), profileOf(entry));
        JsonNode expected = entry.expected();
        assertThat(expected.path("findings").size()).isPositive();
        assertExpectedFindings(entry, report);
        if (expected.path("no_other_errors").asBoolean(false)) {
            Set<String> codes = new HashSet<>();
            expected.path("findings").forEach(f -> codes.add(f.path("code").asText()));
            assertThat(report.errors()).as("%s: no errors beyond %s in%n%s", entry.id(), codes, FindingAssert.describe(report))
                    .allMatch(f -> codes.contains(f.code()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allEntries")
    void reachabilityScenarioDesignsHaveNoErrors(ScenarioEntry entry) {
        if (!entry.isReachability()) {
            return;
        }
        ValidationReport report = StandardRules.validator().validate(entry.design().topology(), profileOf(entry));
        assertExpectedFindings(entry, report);
        assertThat(report.errors()).as("%s:%n%s", entry.id(), FindingAssert.describe(report)).isEmpty();
    }

    private static void assertExpectedFindings(ScenarioEntry entry, ValidationReport report) {
        for (JsonNode f : entry.expected().path("findings")) {
            String code = f.path("code").asText();
            List<ElementId> named = new ArrayList<>();
            f.path("elements").forEach(e -> named.add(ElementId.of(e.asText())));
            List<Finding> matching = report.withCode(code);
            assertThat(matching).as("%s: expected %s in%n%s", entry.id(), code, FindingAssert.describe(report)).isNotEmpty();
            assertThat(matching).as("%s: %s names one of %s", entry.id(), code, named)
                    .anyMatch(found -> found.elements().stream().anyMatch(named::contains));
            assertThat(matching.get(0).severity().wire()).isEqualTo(f.path("severity").asText(matching.get(0).severity().wire()));
        }
    }
}
