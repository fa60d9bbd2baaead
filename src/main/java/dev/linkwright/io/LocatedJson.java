package dev.linkwright.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A JSON document parsed into a Jackson tree, remembering the line and column of every value so
 * that later errors can say where they are. Parsing enforces limits that keep hostile files from
 * exhausting memory or the stack.
 */
public final class LocatedJson {

    /** Largest input accepted, in bytes. */
    public static final int MAX_BYTES = 64 * 1024 * 1024;
    /** Deepest nesting of arrays and objects accepted. */
    public static final int MAX_DEPTH = 64;
    /** Longest string value accepted, in characters. */
    public static final int MAX_STRING = 1_000_000;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING)
                    .maxNumberLength(40)
                    .maxNameLength(10_000)
                    .maxDocumentLength(MAX_BYTES)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private final String file;
    private final JsonNode root;
    private final Map<String, int[]> locations;
    /** The JSON Pointer of {@link #root} in the parsed file ("" for the whole document). */
    private final String prefix;

    private LocatedJson(String file, JsonNode root, Map<String, int[]> locations) {
        this(file, root, locations, "");
    }

    private LocatedJson(String file, JsonNode root, Map<String, int[]> locations, String prefix) {
        this.file = file;
        this.root = root;
        this.locations = locations;
        this.prefix = prefix;
    }

    /**
     * The value at {@code pointer} as a document of its own (for a design embedded in another
     * file): problems found in it are still located in the whole file, with their full path.
     * Returns null when there is no value at {@code pointer}.
     */
    public LocatedJson subtree(String pointer) {
        JsonNode node = root.at(pointer);
        if (node == null || node.isMissingNode()) {
            return null;
        }
        return new LocatedJson(file, node, locations, prefix + pointer);
    }

    /** Parses {@code bytes}; {@code file} names the input in error messages. */
    public static LocatedJson parse(byte[] bytes, String file) throws DesignFormatException {
        if (bytes.length > MAX_BYTES) {
            throw new DesignFormatException(new FormatProblem(file, "", 0, 0,
                    "the file is " + (bytes.length / (1024 * 1024)) + " MB; the largest accepted is " + (MAX_BYTES / (1024 * 1024)) + " MB"));
        }
        if (bytes.length == 0 || new String(bytes, 0, Math.min(bytes.length, 4096), java.nio.charset.StandardCharsets.UTF_8).isBlank() && bytes.length <= 4096) {
            throw new DesignFormatException(new FormatProblem(file, "", 1, 1, "the file is empty; expected a JSON object"));
        }
        Map<String, int[]> locations = new HashMap<>();
        try (JsonParser p = FACTORY.createParser(bytes)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new DesignFormatException(new FormatProblem(file, "", 1, 1, "the file is empty; expected a JSON object"));
            }
            JsonNode root = readValue(p, "", locations);
            JsonToken trailing = p.nextToken();
            if (trailing != null) {
                JsonLocation l = p.currentTokenLocation();
                throw new DesignFormatException(new FormatProblem(file, "", l.getLineNr(), l.getColumnNr(),
                        "unexpected content after the end of the JSON document"));
            }
            return new LocatedJson(file, root, locations);
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            throw new DesignFormatException(new FormatProblem(file, "", l == null ? 0 : l.getLineNr(),
                    l == null ? 0 : l.getColumnNr(), "not valid JSON: " + cleanMessage(e.getOriginalMessage())));
        } catch (IOException e) {
            throw new DesignFormatException(new FormatProblem(file, "", 0, 0, "could not be read: " + e.getMessage()));
        }
    }

    private static String cleanMessage(String message) {
        if (message == null) {
            return "syntax error";
        }
        if (message.contains("nesting depth")) {
            return "the document nests more than " + MAX_DEPTH + " levels deep, the most accepted";
        }
        if (message.contains("String value length") || message.contains("Name length")) {
            return "a string is longer than " + String.format("%,d", MAX_STRING) + " characters, the most accepted";
        }
        if (message.contains("Number value length")) {
            return "a number has too many digits";
        }
        if (message.contains("Document length")) {
            return "the document is larger than " + (MAX_BYTES / (1024 * 1024)) + " MB, the most accepted";
        }
        String m = message.replaceAll("\\s+", " ").trim()
                .replace("in VALUE_STRING", "inside a string").replace("in FIELD_NAME", "inside a field name")
                .replace("in OBJECT", "inside an object").replace("in ARRAY", "inside a list");
        return m.length() > 300 ? m.substring(0, 300) + "..." : m;
    }

    private static JsonNode readValue(JsonParser p, String pointer, Map<String, int[]> locations) throws IOException {
        JsonLocation start = p.currentTokenLocation();
        locations.put(pointer, new int[] {start.getLineNr(), start.getColumnNr()});
        JsonNodeFactory nf = JsonNodeFactory.instance;
        switch (p.currentToken()) {
            case START_OBJECT: {
                ObjectNode obj = nf.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    obj.set(name, readValue(p, JsonPaths.child(pointer, name), locations));
                }
                return obj;
            }
            case START_ARRAY: {
                ArrayNode arr = nf.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    if (p.currentToken() == null) {
                        throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected end of input inside an array");
                    }
                    arr.add(readValue(p, JsonPaths.child(pointer, i++), locations));
                }
                return arr;
            }
            case VALUE_STRING:
                return nf.textNode(p.getText());
            case VALUE_NUMBER_INT:
                return p.getNumberType() == JsonParser.NumberType.INT || p.getNumberType() == JsonParser.NumberType.LONG
                        ? nf.numberNode(p.getLongValue()) : nf.numberNode(p.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT:
                return nf.numberNode(p.getDecimalValue());
            case VALUE_TRUE:
                return nf.booleanNode(true);
            case VALUE_FALSE:
                return nf.booleanNode(false);
            case VALUE_NULL:
                return nf.nullNode();
            default:
                throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected " + p.currentToken());
        }
    }

    public String file() {
        return file;
    }

    public JsonNode root() {
        return root;
    }

    /** A problem at the value with JSON Pointer {@code pointer}. */
    public FormatProblem problemAt(String pointer, String message) {
        String full = prefix + (pointer == null ? "" : pointer);
        int[] loc = nearestLocation(full);
        return new FormatProblem(file, JsonPaths.display(full), loc[0], loc[1], message);
    }

    private int[] nearestLocation(String pointer) {
        String p = pointer == null ? "" : pointer;
        while (true) {
            int[] loc = locations.get(p);
            if (loc != null) {
                return loc;
            }
            if (p.isEmpty()) {
                return new int[] {0, 0};
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }
}
