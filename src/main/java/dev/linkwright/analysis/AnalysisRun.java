package dev.linkwright.analysis;

import dev.linkwright.model.ElementId;
import dev.linkwright.model.RulesProfile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What one analysis collects across its forward and return walks: blockers, advisories, detail codes. */
final class AnalysisRun {

    final NetworkIndex index;
    final ReachabilityQuery query;
    final RulesProfile profile;
    final SecurityGroupCheck groups;
    final Choices choices;
    final List<BlockedAt> blockers = new ArrayList<>();
    final Map<String, Advisory> advisories = new LinkedHashMap<>();
    final Set<String> detailCodes = new LinkedHashSet<>();

    AnalysisRun(NetworkIndex index, ReachabilityQuery query, Choices choices) {
        this.index = index;
        this.query = query;
        this.profile = query.profile();
        this.groups = new SecurityGroupCheck(index, profile);
        this.choices = choices;
    }

    void advise(String code, ElementId element, String message) {
        advisories.putIfAbsent(code + "|" + element, new Advisory(code, element, message));
    }

    boolean legacy() {
        return profile == RulesProfile.LEGACY_2020;
    }
}
