package dev.linkwright.validation;

import dev.linkwright.model.Element;
import java.util.List;
import java.util.Objects;

/**
 * A mechanical repair of a finding: the elements to put in place of the current ones (same ids,
 * changed values). The editor applies all replacements as one undoable command.
 *
 * <pre>{@code
 * finding.quickFix().ifPresent(fix -> commands.replaceAll(fix.replacements(), fix.description()));
 * }</pre>
 */
public record QuickFix(String description, List<Element> replacements) {

    public QuickFix {
        Objects.requireNonNull(description, "description");
        replacements = List.copyOf(replacements);
        if (replacements.isEmpty()) {
            throw new IllegalArgumentException("a quick fix replaces at least one element");
        }
    }

    /** A fix that puts one changed element in place of the current one. */
    public static QuickFix replace(String description, Element replacement) {
        return new QuickFix(description, List.of(replacement));
    }
}
