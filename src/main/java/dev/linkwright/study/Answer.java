package dev.linkwright.study;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linkwright.model.RulesProfile;
import java.util.List;

/**
 * The stated answer of an exercise, one kind per mode. {@code study check} proves each against the
 * engine; the graders never read it (they grade against the engine itself).
 */
public sealed interface Answer {

    /** Predict: the verdict (and blocker) under the exercise's profile, optionally also under the other profile. */
    record Predict(ExpectedBlock expected, RulesProfile otherProfile, ExpectedBlock underOtherProfile) implements Answer {
    }

    /** Fix it: a JSON Patch (RFC 6902) on the exercise's design that makes every intent hold. */
    record Fix(JsonNode solution) implements Answer {
    }

    /** Spot the flaw: the findings to find, optionally the findings under the other profile. */
    record Spot(List<ExpectedFinding> findings, RulesProfile otherProfile, List<ExpectedFinding> underOtherProfile)
            implements Answer {
        public Spot {
            findings = List.copyOf(findings);
            underOtherProfile = underOtherProfile == null ? null : List.copyOf(underOtherProfile);
        }
    }
}
