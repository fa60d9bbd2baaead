package dev.linkwright.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

/** Assertions on traces that read like the rulebook: reachable through these hops, or blocked here for this reason. */
final class Expect {

    private Expect() {
    }

    /** Reachable, and the forward hops contain {@code hops} in this order. */
    static void reachable(Trace t, String... hops) {
        assertThat(t.verdict()).as(ScenarioExpectations.summary(t)).isEqualTo(Verdict.REACHABLE);
        passes(t, hops);
    }

    static void passes(Trace t, String... hops) {
        List<String> ids = t.forwardIds().stream().map(Object::toString).toList();
        assertThat(ScenarioExpectations.isSubsequence(Arrays.asList(hops), ids)).as("forward " + ids + " passes " + Arrays.toString(hops))
                .isTrue();
    }

    static void returnsThrough(Trace t, String... hops) {
        List<String> ids = t.returnIds().stream().map(Object::toString).toList();
        assertThat(ScenarioExpectations.isSubsequence(Arrays.asList(hops), ids)).as("return " + ids + " passes " + Arrays.toString(hops))
                .isTrue();
    }

    /** Blocked first at {@code element} on the forward path with {@code code}. */
    static BlockedAt blocked(Trace t, String element, String code) {
        return blocked(t, element, Direction.FORWARD, code);
    }

    static BlockedAt blocked(Trace t, String element, Direction direction, String code) {
        assertThat(t.verdict()).as(ScenarioExpectations.summary(t)).isEqualTo(Verdict.BLOCKED);
        BlockedAt b = t.blockedAt();
        assertThat(b.elementId().value()).as(ScenarioExpectations.summary(t)).isEqualTo(element);
        assertThat(b.direction()).as(ScenarioExpectations.summary(t)).isEqualTo(direction);
        assertThat(b.code()).as(ScenarioExpectations.summary(t)).isEqualTo(code);
        assertThat(b.message()).isNotBlank();
        return b;
    }

    static void detail(BlockedAt b, String detail) {
        assertThat(b.detail()).as(b.message()).isEqualTo(detail);
    }

    static void advises(Trace t, String code) {
        assertThat(t.advisories()).as(ScenarioExpectations.summary(t)).extracting(Advisory::code).contains(code);
    }

    static void hasDetailCode(Trace t, String code) {
        assertThat(t.detailCodes()).as(ScenarioExpectations.summary(t)).contains(code);
    }
}
