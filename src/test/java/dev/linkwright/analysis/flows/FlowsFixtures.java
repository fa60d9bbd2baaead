package dev.linkwright.analysis.flows;

import dev.linkwright.io.DesignFiles;
import dev.linkwright.model.Design;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.Flow;
import java.nio.file.Path;

/** Sample designs and their flows for the flow, what-if and fix tests. */
final class FlowsFixtures {

    private FlowsFixtures() {
    }

    static Design sample(String name) {
        try {
            return DesignFiles.load(Path.of("samples", name + ".json"));
        } catch (Exception e) {
            throw new IllegalStateException("sample " + name + " does not load", e);
        }
    }

    static Flow flow(Design d, String id) {
        return d.flow(ElementId.of(id)).orElseThrow();
    }

    static ElementId id(String id) {
        return ElementId.of(id);
    }
}
