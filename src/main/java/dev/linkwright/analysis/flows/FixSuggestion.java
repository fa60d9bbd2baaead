package dev.linkwright.analysis.flows;

import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import java.util.List;
import java.util.Objects;

/**
 * What would make a blocked flow pass, as plain data: a title ("Add an inbound rule to sg-b"), the
 * why in plain words, the element to change, and, where the change is mechanical, the changed
 * elements to put in place of the current ones (same ids), which the editor applies as one
 * undoable command. A suggestion without replacements is advice for a person.
 *
 * @param title        what to do, in a few words
 * @param explanation  why that helps, in a sentence or two
 * @param element      the element to change (the blocking one, usually)
 * @param replacements the changed elements for a one-click fix; empty when it takes a person
 */
public record FixSuggestion(String title, String explanation, ElementId element, List<Element> replacements) {

    public FixSuggestion {
        Objects.requireNonNull(title, "title");
        explanation = explanation == null ? "" : explanation;
        replacements = replacements == null ? List.of() : List.copyOf(replacements);
    }

    /** Advice a person carries out. */
    public static FixSuggestion advice(String title, String explanation, ElementId element) {
        return new FixSuggestion(title, explanation, element, List.of());
    }

    /** True when the fix can be applied with one click. */
    public boolean applicable() {
        return !replacements.isEmpty();
    }
}
