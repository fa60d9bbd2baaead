package dev.linkwright.study;

import dev.linkwright.model.ElementId;
import java.util.List;

/**
 * A design error a Spot-the-flaw exercise asks for: the validator's code and the elements a
 * student may click to point at it (the first is where the validator anchors it).
 */
public record ExpectedFinding(String code, List<ElementId> elements) {

    public ExpectedFinding {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a finding needs a code");
        }
        elements = List.copyOf(elements);
        if (elements.isEmpty()) {
            throw new IllegalArgumentException("a finding names at least one element");
        }
    }
}
