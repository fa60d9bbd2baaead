package dev.linkwright.io;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A JSON Schema (draft 2020-12) on the class path, loaded on first use, whose violations come back
 * as located {@link FormatProblem}s in plain words: what the design file and the study pack
 * formats check before they read anything.
 *
 * <pre>{@code
 * JsonSchemaCheck check = new JsonSchemaCheck("/dev/linkwright/io/design.schema.json", "the design format", "");
 * List<FormatProblem> problems = check.problems(locatedJson, pointer -> false);
 * }</pre>
 */
public final class JsonSchemaCheck {

    private static final int MAX_REPORTED = 20;

    private final String resource;
    private final String formatName;
    private final String notAllowedHint;
    private volatile Schema schema;

    /**
     * @param resource class-path location of the schema
     * @param formatName how an unknown field's message names the format ("the design format")
     * @param notAllowedHint added to "this field is not allowed here" (e.g. why), or empty
     */
    public JsonSchemaCheck(String resource, String formatName, String notAllowedHint) {
        this.resource = resource;
        this.formatName = formatName;
        this.notAllowedHint = notAllowedHint;
    }

    /**
     * The first violations of {@code json} (at most 20, each once), leaving out those at JSON
     * pointers {@code skip} accepts (parts another schema checks); empty when it conforms.
     */
    public List<FormatProblem> problems(LocatedJson json, Predicate<String> skip) {
        List<FormatProblem> problems = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Error e : schema().validate(json.root())) {
            if (problems.size() >= MAX_REPORTED) {
                break;
            }
            String pointer = pointer(e.getInstanceLocation());
            if (skip.test(pointer)) {
                continue;
            }
            FormatProblem p = json.problemAt(pointer, message(e));
            if (seen.add(p.describe())) {
                problems.add(p);
            }
        }
        return problems;
    }

    private Schema schema() {
        Schema s = schema;
        if (s == null) {
            synchronized (this) {
                if (schema == null) {
                    try (InputStream in = JsonSchemaCheck.class.getResourceAsStream(resource)) {
                        if (in == null) {
                            throw new IllegalStateException("schema resource missing: " + resource);
                        }
                        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                s = schema;
            }
        }
        return s;
    }

    private static String pointer(NodePath path) {
        List<Object> parts = new ArrayList<>();
        if (path != null) {
            for (int i = 0; i < path.getNameCount(); i++) {
                parts.add(path.getElement(i));
            }
        }
        return JsonPaths.pointer(parts);
    }

    private String message(Error e) {
        String keyword = e.getKeyword();
        String property = e.getProperty();
        if (("additionalProperties".equals(keyword) || "unevaluatedProperties".equals(keyword)) && property != null) {
            return "unknown field '" + property + "' (not part of " + formatName + "; check its spelling)";
        }
        if ("required".equals(keyword) && property != null) {
            return "missing required field '" + property + "'";
        }
        if ("false".equals(keyword) || "falseSchema".equals(keyword)) {
            return "this field is not allowed here" + (notAllowedHint.isEmpty() ? "" : " (" + notAllowedHint + ")");
        }
        String m = e.getMessage();
        // the validator prefixes its message with the instance path, which the problem already shows
        int colon = m.indexOf(": ");
        if (m.startsWith("$") && colon > 0) {
            m = m.substring(colon + 2);
        }
        return m;
    }
}
