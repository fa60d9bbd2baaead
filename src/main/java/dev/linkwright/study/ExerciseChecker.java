package dev.linkwright.study;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.linkwright.analysis.BlockedAt;
import dev.linkwright.analysis.QueryException;
import dev.linkwright.analysis.Trace;
import dev.linkwright.io.DesignFormatException;
import dev.linkwright.io.DesignReader;
import dev.linkwright.io.LocatedJson;
import dev.linkwright.model.Design;
import dev.linkwright.model.RulesProfile;
import dev.linkwright.validation.Finding;
import dev.linkwright.validation.Severity;
import dev.linkwright.validation.ValidationReport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Proves an exercise's stated answer against the engines ({@code study check}): for Predict the
 * verdict, blocking element, code and direction match the trace (under the other profile too,
 * when the answer states it); for Fix it the broken design violates at least one intent and the
 * known solution satisfies them all; for Spot the flaw the validator reports each stated finding
 * on its element, and no error the answer leaves out.
 *
 * <pre>{@code
 * CheckResult r = new ExerciseChecker().check(exercise);
 * if (!r.ok()) r.failures().forEach(System.out::println);
 * }</pre>
 */
public final class ExerciseChecker {

    private final StudyEngine engine;

    public ExerciseChecker() {
        this(new StudyEngine());
    }

    public ExerciseChecker(StudyEngine engine) {
        this.engine = engine;
    }

    /** Checks one exercise. Never throws for a wrong answer; the failures say what is wrong. */
    public CheckResult check(Exercise exercise) {
        try {
            return switch (exercise.mode()) {
                case PREDICT -> checkPredict(exercise, (Answer.Predict) exercise.answer());
                case FIX -> checkFix(exercise, (Answer.Fix) exercise.answer());
                case SPOT -> checkSpot(exercise, (Answer.Spot) exercise.answer());
            };
        } catch (QueryException e) {
            return new CheckResult(exercise, "the question cannot be asked", List.of("the engine refuses the question: " + e.getMessage()));
        }
    }

    // ---- predict ------------------------------------------------------------------------------------

    private CheckResult checkPredict(Exercise e, Answer.Predict answer) {
        Design design = e.design();
        List<String> failures = new ArrayList<>();
        Trace trace = engine.trace(design, e.question(), e.profile());
        compare(answer.expected(), trace, e.profile(), failures);
        String says = describe(trace, e.profile());
        if (answer.otherProfile() != null) {
            Trace other = engine.trace(design, e.question(), answer.otherProfile());
            compare(answer.underOtherProfile(), other, answer.otherProfile(), failures);
            says += "; " + describe(other, answer.otherProfile());
        }
        return new CheckResult(e, says, failures);
    }

    private static void compare(ExpectedBlock expected, Trace trace, RulesProfile profile, List<String> failures) {
        String under = " under " + profile.wire();
        if (expected.verdict() != trace.verdict()) {
            failures.add("the answer says " + word(expected.verdict().name()) + under + ", the engine says " + describe(trace, profile));
            return;
        }
        if (trace.isReachable()) {
            return;
        }
        BlockedAt b = trace.blockedAt();
        String actual = b.elementId() == null ? "" : b.elementId().value();
        if (!actual.equals(expected.element()) && !expected.alsoAccept().contains(actual)) {
            failures.add("the answer names " + expected.element() + " as the blocker" + under + ", the engine blocks at " + actual
                    + " (" + b.code() + ")");
        }
        if (expected.code() != null && !expected.code().equals(b.code())) {
            failures.add("the answer gives code " + expected.code() + under + ", the engine " + b.code());
        }
        if (expected.direction() != null && expected.direction() != b.direction()) {
            failures.add("the answer says the " + expected.direction().wire() + " path" + under + ", the engine blocks on the "
                    + b.direction().wire() + " path");
        }
    }

    private static String describe(Trace t, RulesProfile profile) {
        if (t.isReachable()) {
            return "reachable (" + profile.wire() + ")";
        }
        BlockedAt b = t.blockedAt();
        return "blocked at " + b.elementId() + " " + b.code() + (b.detail() == null ? "" : "/" + b.detail()) + " on the "
                + b.direction().wire() + " path (" + profile.wire() + ")";
    }

    private static String word(String verdict) {
        return verdict.toLowerCase(java.util.Locale.ROOT);
    }

    // ---- fix ------------------------------------------------------------------------------------------

    private CheckResult checkFix(Exercise e, Answer.Fix answer) {
        List<String> failures = new ArrayList<>();
        List<IntentResult> before = engine.intents(e.design(), e.profile());
        long broken = before.stream().filter(r -> !r.holds()).count();
        if (broken == 0) {
            failures.add("the design is not broken: every intent already holds (" + profile(e) + ")");
        }
        String says = broken + " of " + before.size() + " intents broken";
        Design solved;
        try {
            JsonNode patched = JsonPatch.apply(e.designDocument(), answer.solution());
            byte[] bytes = new ObjectMapper().writeValueAsBytes(patched);
            solved = new DesignReader().read(LocatedJson.parse(bytes, e.key() + " solution"));
        } catch (JsonPatch.PatchException ex) {
            failures.add("the solution does not apply (operation " + ex.operation() + "): " + ex.getMessage());
            return new CheckResult(e, says, failures);
        } catch (DesignFormatException ex) {
            failures.add("the solution makes an invalid design: " + ex.getMessage());
            return new CheckResult(e, says, failures);
        } catch (IOException ex) {
            failures.add("the solution could not be applied: " + ex.getMessage());
            return new CheckResult(e, says, failures);
        }
        List<IntentResult> after = engine.intents(solved, e.profile());
        for (IntentResult r : after) {
            if (!r.holds()) {
                failures.add("after the solution: " + r.describe());
            }
        }
        says += "; after the solution " + after.stream().filter(IntentResult::holds).count() + " of " + after.size() + " hold";
        return new CheckResult(e, says, failures);
    }

    private static String profile(Exercise e) {
        return e.profile().wire();
    }

    // ---- spot -----------------------------------------------------------------------------------------

    private CheckResult checkSpot(Exercise e, Answer.Spot answer) {
        List<String> failures = new ArrayList<>();
        Design design = e.design();
        ValidationReport report = engine.validate(design, e.profile());
        expectFindings(report, answer.findings(), e.profile(), failures);
        Set<String> codes = answer.findings().stream().map(ExpectedFinding::code).collect(Collectors.toSet());
        for (Finding f : report.findings()) {
            if (f.severity() == Severity.ERROR && !codes.contains(f.code())) {
                failures.add("the validator also reports " + f.code() + " on " + f.elements() + " (" + profile(e)
                        + "), which the answer does not list");
            }
        }
        String says = summary(report);
        if (answer.otherProfile() != null) {
            ValidationReport other = engine.validate(design, answer.otherProfile());
            expectFindings(other, answer.underOtherProfile(), answer.otherProfile(), failures);
            Set<String> otherCodes = answer.underOtherProfile().stream().map(ExpectedFinding::code).collect(Collectors.toSet());
            for (String code : codes) {
                if (!otherCodes.contains(code) && !other.withCode(code).isEmpty()) {
                    failures.add("under " + answer.otherProfile().wire() + " the validator still reports " + code
                            + ", which the answer says it does not");
                }
            }
            says += "; " + summary(other);
        }
        return new CheckResult(e, says, failures);
    }

    private static void expectFindings(ValidationReport report, List<ExpectedFinding> expected, RulesProfile profile,
                                       List<String> failures) {
        for (ExpectedFinding x : expected) {
            boolean present = report.withCode(x.code()).stream().anyMatch(f -> f.elements().contains(x.elements().get(0)));
            if (!present) {
                List<String> seen = report.withCode(x.code()).stream().map(f -> f.elements().toString()).toList();
                failures.add("the validator does not report " + x.code() + " on " + x.elements().get(0) + " under " + profile.wire()
                        + (seen.isEmpty() ? "" : " (it reports it on " + String.join(", ", seen) + ")"));
            }
        }
    }

    private static String summary(ValidationReport r) {
        String codes = r.findings().stream().map(f -> f.code() + "@" + f.primaryElement()).collect(Collectors.joining(", "));
        return r.errorCount() + " errors, " + r.warningCount() + " warnings (" + r.profile().wire() + ")"
                + (codes.isEmpty() ? "" : ": " + codes);
    }
}
