package dev.linkwright.study;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.command.CommandStack;
import dev.linkwright.command.Edits;
import dev.linkwright.model.Design;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.Route;
import dev.linkwright.model.RouteTable;
import dev.linkwright.model.Cidr;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The three graders score against the engines, not against the stated answers. */
class StudyGradersTest {

    @Test
    void predictGivesAPointForTheVerdictAndOneForTheBlocker() throws Exception {
        Exercise e = StudyFixtures.exercise("closed-sg");
        PredictGrader grader = new PredictGrader();
        PredictGrade full = grader.grade(e, e.design(), PredictResponse.blocked("sg-b1"));
        assertThat(full.score()).isEqualTo(2);
        assertThat(full.maxScore()).isEqualTo(2);
        assertThat(full.solved()).isTrue();
        assertThat(full.trace().blockedAt().code()).isEqualTo("ENI_SG_RULES_MISMATCH");

        PredictGrade wrongElement = grader.grade(e, e.design(), PredictResponse.blocked("rtb-a"));
        assertThat(wrongElement.score()).isEqualTo(1);
        assertThat(wrongElement.missed()).anyMatch(s -> s.contains("You named rtb-a, but sg-b1 blocks it"));

        PredictGrade wrongVerdict = grader.grade(e, e.design(), PredictResponse.reachable());
        assertThat(wrongVerdict.score()).isZero();
        assertThat(wrongVerdict.solved()).isFalse();
    }

    @Test
    void predictOnAReachableFlowIsWorthOnePoint() throws Exception {
        Exercise e = BuiltInPacks.load(
                "peering.json").exercise("pcx-classic").orElseThrow();
        PredictGrade g = new PredictGrader().grade(e, e.design(), PredictResponse.reachable());
        assertThat(g.score()).isEqualTo(1);
        assertThat(g.maxScore()).isEqualTo(1);
        assertThat(new PredictGrader().grade(e, e.design(), PredictResponse.blocked("pcx-AB")).score()).isZero();
    }

    @Test
    void predictAcceptsTheOwnerOfANestedInterface() throws Exception {
        Exercise e = BuiltInPacks.load("privatelink.json").exercise("pl-udp-then-and-now").orElseThrow();
        // graded under its pinned profile (current): reachable
        assertThat(new PredictGrader().grade(e, e.design(), PredictResponse.reachable()).solved()).isTrue();
        Exercise pending = BuiltInPacks.load("privatelink.json").exercise("pl-pending-acceptance").orElseThrow();
        PredictGrade g = new PredictGrader().grade(pending, pending.design(), PredictResponse.blocked("vpce-svc-0p1"));
        assertThat(g.acceptedElements()).contains(ElementId.of("vpce-c1"), ElementId.of("vpce-svc-0p1"));
        assertThat(g.score()).isEqualTo(2);
    }

    @Test
    void fixIsSolvedOnlyWhenEveryIntentHoldsAfterEditsThroughCommands() throws Exception {
        Exercise e = StudyFixtures.exercise("fix-route");
        Design design = e.design();
        FixGrader grader = new FixGrader();
        FixGrade before = grader.grade(e, design);
        assertThat(before.score()).isZero();
        assertThat(before.broken()).hasSize(1);
        assertThat(before.broken().get(0).trace().blockedAt().direction().wire()).isEqualTo("return");

        CommandStack stack = new CommandStack(design);
        RouteTable rtb = design.topology().find(ElementId.of("rtb-b"), RouteTable.class).orElseThrow();
        List<Route> routes = new ArrayList<>(rtb.routes());
        routes.add(Route.to(Cidr.parse("10.0.0.0/16"), ElementId.of("pcx-AB")));
        stack.execute(Edits.change(new RouteTable(rtb.id(), rtb.name(), rtb.parent(), rtb.main(), routes, rtb.propagatingGateways()), "routes"));
        FixGrade after = grader.grade(e, design);
        assertThat(after.score()).isEqualTo(1);
        assertThat(after.solved()).isTrue();
        assertThat(after.right()).anyMatch(s -> s.contains("must be reachable: reachable"));
        assertThat(e.design().flows()).hasSize(1); // the exercise itself is untouched
        stack.undo();
        assertThat(grader.grade(e, design).solved()).isFalse();
    }

    @Test
    void spotCountsFlawsFoundAndChargesFalseClicks() throws Exception {
        Exercise e = StudyFixtures.exercise("spot-overlap");
        SpotGrader grader = new SpotGrader();
        SpotGrade found = grader.grade(e, e.design(), List.of(ElementId.of("VPC-A")));
        assertThat(found.score()).isEqualTo(1);
        assertThat(found.maxScore()).isEqualTo(1);
        assertThat(found.found()).extracting(f -> f.code()).containsExactly("E_PEERING_CIDR_OVERLAP");

        SpotGrade withFalseClick = grader.grade(e, e.design(), List.of(ElementId.of("pcx-AB"), ElementId.of("i-b1")));
        assertThat(withFalseClick.falseClicks()).containsExactly(ElementId.of("i-b1"));
        assertThat(withFalseClick.score()).isZero();
        assertThat(withFalseClick.missed()).anyMatch(s -> s.contains("i-b1 has no design error"));

        SpotGrade nothing = grader.grade(e, e.design(), List.of());
        assertThat(nothing.score()).isZero();
        assertThat(nothing.missedFindings()).hasSize(1);
    }

    @Test
    void spotDoesNotChargeClicksOnOtherFindings() throws Exception {
        Exercise e = BuiltInPacks.load("privatelink.json").exercise("pl-az-names-vs-ids").orElseThrow();
        // the service is single-AZ (a warning the exercise does not ask for): clicking it costs nothing
        SpotGrade g = new SpotGrader().grade(e, e.design(), List.of(ElementId.of("vpce-c1"), ElementId.of("nlb-p1")));
        assertThat(g.score()).isEqualTo(1);
        assertThat(g.neutralClicks()).containsExactly(ElementId.of("nlb-p1"));
    }

    @Test
    void theCheckerNamesWhatIsWrongWithAStatedAnswer() throws Exception {
        String wrong = StudyFixtures.PREDICT_BLOCKED.replace("\"element\": \"sg-b1\"", "\"element\": \"rtb-a\"")
                .replace("ENI_SG_RULES_MISMATCH", "NO_ROUTE_TO_DESTINATION");
        Exercise e = StudyFixtures.read(StudyFixtures.pack(wrong)).exercises().get(0);
        CheckResult r = new ExerciseChecker().check(e);
        assertThat(r.ok()).isFalse();
        assertThat(r.failures()).anyMatch(f -> f.contains("names rtb-a as the blocker") && f.contains("blocks at sg-b1"))
                .anyMatch(f -> f.contains("code NO_ROUTE_TO_DESTINATION"));

        String notBroken = StudyFixtures.FIX_ROUTE.replace("\"value\": []}", "\"value\": [{\"destination\": \"10.0.0.0/16\", \"target\": \"pcx-AB\"}]}");
        CheckResult fix = new ExerciseChecker().check(StudyFixtures.read(StudyFixtures.pack(notBroken)).exercises().get(0));
        assertThat(fix.failures()).anyMatch(f -> f.contains("not broken"));

        String spotWrong = StudyFixtures.SPOT_OVERLAP.replace("E_PEERING_CIDR_OVERLAP", "E_PEERING_DUPLICATE");
        CheckResult spot = new ExerciseChecker().check(StudyFixtures.read(StudyFixtures.pack(spotWrong)).exercises().get(0));
        assertThat(spot.failures()).anyMatch(f -> f.contains("does not report E_PEERING_DUPLICATE"))
                .anyMatch(f -> f.contains("also reports E_PEERING_CIDR_OVERLAP"));
    }

    @Test
    void theFixturesPassTheChecker() throws Exception {
        for (Exercise e : StudyFixtures.read(StudyFixtures.allModes()).exercises()) {
            CheckResult r = new ExerciseChecker().check(e);
            assertThat(r.failures()).as(e.key() + " " + r.engineSays()).isEmpty();
        }
    }
}
