package dev.linkwright.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.Map;

/**
 * Prints a JSON tree the way a person would write it: an object or list goes on one line when it
 * fits in {@link #WIDTH} columns, otherwise one member per line, indented by two spaces. The output
 * is deterministic, so saving the same design twice gives identical bytes.
 */
public final class CompactJsonPrinter {

    public static final int WIDTH = 110;
    private static final ObjectMapper SCALARS = new ObjectMapper();

    private CompactJsonPrinter() {
    }

    public static String print(JsonNode node) {
        StringBuilder sb = new StringBuilder();
        print(node, 0, 0, sb);
        sb.append('\n');
        return sb.toString();
    }

    private static void print(JsonNode node, int indent, int used, StringBuilder sb) {
        if (node.isValueNode() || node.size() == 0) {
            sb.append(inline(node));
            return;
        }
        int budget = WIDTH - indent - used;
        if (fitsInline(node, budget)) {
            sb.append(inline(node));
            return;
        }
        String pad = " ".repeat(indent + 2);
        if (node.isArray()) {
            sb.append("[\n");
            for (int i = 0; i < node.size(); i++) {
                sb.append(pad);
                print(node.get(i), indent + 2, 0, sb);
                sb.append(i < node.size() - 1 ? ",\n" : "\n");
            }
            sb.append(" ".repeat(indent)).append(']');
            return;
        }
        sb.append("{\n");
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            String key = scalar(e.getKey()) + ": ";
            sb.append(pad).append(key);
            print(e.getValue(), indent + 2, key.length(), sb);
            sb.append(fields.hasNext() ? ",\n" : "\n");
        }
        sb.append(" ".repeat(indent)).append('}');
    }

    private static boolean fitsInline(JsonNode node, int budget) {
        return inlineLength(node, budget) >= 0;
    }

    /** Length of the one-line form, or -1 as soon as it exceeds {@code budget}. */
    private static int inlineLength(JsonNode node, int budget) {
        if (budget < 0) {
            return -1;
        }
        if (node.isValueNode()) {
            int len = inline(node).length();
            return len <= budget ? len : -1;
        }
        int len = 2;
        boolean first = true;
        if (node.isArray()) {
            for (JsonNode child : node) {
                len += first ? 0 : 2;
                first = false;
                int c = inlineLength(child, budget - len);
                if (c < 0) {
                    return -1;
                }
                len += c;
            }
        } else {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                len += (first ? 0 : 2) + scalar(e.getKey()).length() + 2;
                first = false;
                int c = inlineLength(e.getValue(), budget - len);
                if (c < 0) {
                    return -1;
                }
                len += c;
            }
        }
        return len <= budget ? len : -1;
    }

    private static String inline(JsonNode node) {
        if (node.isValueNode()) {
            try {
                return SCALARS.writeValueAsString(node);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        StringBuilder sb = new StringBuilder();
        if (node.isArray()) {
            sb.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(inline(node.get(i)));
            }
            return sb.append(']').toString();
        }
        sb.append('{');
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        boolean first = true;
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(scalar(e.getKey())).append(": ").append(inline(e.getValue()));
        }
        return sb.append('}').toString();
    }

    private static String scalar(String s) {
        try {
            return SCALARS.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
