package dev.linkwright.study;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linkwright.command.Command;
import dev.linkwright.command.Edits;
import dev.linkwright.io.DesignFormatException;
import dev.linkwright.io.DesignReader;
import dev.linkwright.io.DesignWriter;
import dev.linkwright.io.FormatProblem;
import dev.linkwright.model.Design;
import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Editing one element as the text of its entry in the design file, for Fix-it exercises until
 * the editor's inspector is available: {@link #fragment} shows an element's own fields (its
 * children left out), {@link #command} turns the edited text into one undoable command that
 * replaces exactly the elements whose values changed. The edited design is read by the same
 * {@link DesignReader} as any file, so every mistake is reported in words.
 *
 * <pre>{@code
 * String text = ElementJsonEdit.fragment(design, ElementId.of("sg-p1")).orElseThrow();
 * stack.execute(ElementJsonEdit.command(design, ElementId.of("sg-p1"), edited));
 * }</pre>
 */
public final class ElementJsonEdit {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ElementJsonEdit() {
    }

    /** Why an edit cannot be applied, in words (one problem a line). */
    public static final class EditException extends Exception {
        private static final long serialVersionUID = 1L;

        EditException(String message) {
            super(message);
        }
    }

    /** The element's entry in the design file without its child elements, pretty-printed; empty when it has none of its own. */
    public static Optional<String> fragment(Design design, ElementId id) {
        ObjectNode tree = new DesignWriter().toTree(design);
        ObjectNode node = find(tree, id.value());
        if (node == null) {
            return Optional.empty();
        }
        ObjectNode own = node.deepCopy();
        childLists(own).keySet().forEach(own::remove);
        try {
            return Optional.of(MAPPER.writeValueAsString(own));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** The one command that makes {@code id}'s entry read {@code editedText}; throws when the text is not a valid entry. */
    public static Command command(Design design, ElementId id, String editedText) throws EditException {
        JsonNode edited;
        try {
            edited = MAPPER.readTree(editedText);
        } catch (JsonProcessingException e) {
            throw new EditException("not valid JSON: line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        }
        if (edited == null || !edited.isObject()) {
            throw new EditException("expected a JSON object like the one shown");
        }
        if (!id.value().equals(edited.path("id").asText())) {
            throw new EditException("keep \"id\": \"" + id + "\"; an id cannot be changed here");
        }
        ObjectNode tree = new DesignWriter().toTree(design);
        ObjectNode node = find(tree, id.value());
        if (node == null) {
            throw new EditException("'" + id + "' cannot be edited as text");
        }
        Map<String, JsonNode> children = childLists(node);
        node.removeAll();
        node.setAll((ObjectNode) edited);
        children.forEach(node::set);
        Design after;
        try {
            after = new DesignReader().read(MAPPER.writeValueAsBytes(tree), id.value());
        } catch (DesignFormatException e) {
            List<String> lines = new ArrayList<>();
            for (FormatProblem p : e.problems()) {
                lines.add(p.path() + ": " + p.message());
            }
            throw new EditException(String.join("\n", lines));
        } catch (JsonProcessingException e) {
            throw new EditException(e.getOriginalMessage());
        }
        List<Command> changes = new ArrayList<>();
        for (Element e : after.topology().elements()) {
            Optional<Element> before = design.topology().find(e.id());
            if (before.isEmpty() || !before.get().equals(e)) {
                changes.add(Edits.change(e, "settings"));
            }
        }
        for (Element e : design.topology().elements()) {
            if (!after.topology().contains(e.id())) {
                throw new EditException("the edit would remove '" + e.id() + "'; remove elements with the editor instead");
            }
        }
        Element label = after.topology().find(id).orElse(null);
        return Edits.group("Edit " + (label == null ? id.value() : label.label()), changes);
    }

    /** The fields of {@code node} that hold child elements (lists of objects with ids, or without ids for AZs). */
    private static Map<String, JsonNode> childLists(ObjectNode node) {
        Map<String, JsonNode> children = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (isChildList(f.getKey(), f.getValue())) {
                children.put(f.getKey(), f.getValue());
            }
        }
        return children;
    }

    private static boolean isChildList(String key, JsonNode value) {
        if (!value.isArray() || value.isEmpty()) {
            return false;
        }
        if (key.equals("availabilityZones") || key.equals("regions")) {
            return true;
        }
        for (JsonNode item : value) {
            if (!item.isObject() || !item.has("id")) {
                return false;
            }
        }
        return true;
    }

    private static ObjectNode find(JsonNode node, String id) {
        if (node.isObject()) {
            if (id.equals(node.path("id").asText(null))) {
                return (ObjectNode) node;
            }
            for (JsonNode child : node) {
                ObjectNode found = find(child, id);
                if (found != null) {
                    return found;
                }
            }
        } else if (node instanceof ArrayNode arr) {
            for (JsonNode child : arr) {
                ObjectNode found = find(child, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
