package dev.linkwright.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.model.ElementId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Assertions on validation reports that print the whole report when they fail. */
final class FindingAssert {

    private FindingAssert() {
    }

    /** Asserts a finding with {@code code} names every id in {@code elements}; returns it. */
    static Finding assertFinds(ValidationReport report, String code, String... elements) {
        List<ElementId> wanted = Arrays.stream(elements).map(ElementId::of).toList();
        List<Finding> matching = report.withCode(code).stream().filter(f -> f.elements().containsAll(wanted)).toList();
        assertThat(matching).as("a %s naming %s in%n%s", code, wanted, describe(report)).isNotEmpty();
        Finding f = matching.get(0);
        assertThat(f.severity()).isEqualTo(Severity.ofCode(code));
        assertThat(f.message()).isNotBlank();
        assertThat(f.fix()).isNotBlank();
        assertThat(f.rule()).startsWith("R-");
        return f;
    }

    /** Asserts there is no finding with {@code code}. */
    static void assertNone(ValidationReport report, String code) {
        assertThat(report.withCode(code)).as("no %s in%n%s", code, describe(report)).isEmpty();
    }

    /** Asserts there is no error at all. */
    static void assertNoErrors(ValidationReport report) {
        assertThat(report.errors()).as("no errors in%n%s", describe(report)).isEmpty();
    }

    /** Asserts the only errors are of {@code codes}. */
    static void assertOnlyErrors(ValidationReport report, String... codes) {
        assertThat(report.errors()).as("only %s in%n%s", Arrays.toString(codes), describe(report))
                .allMatch(f -> Arrays.asList(codes).contains(f.code()));
    }

    static String describe(ValidationReport report) {
        if (report.findings().isEmpty()) {
            return "  (no findings)";
        }
        return report.findings().stream().map(f -> "  " + f.code() + " " + f.elements() + " " + f.message()).collect(Collectors.joining("\n"));
    }
}
