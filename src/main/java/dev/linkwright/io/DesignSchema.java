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
import java.util.List;

/**
 * The JSON Schema of the design file format ({@code design.schema.json}, documented in
 * {@code docs/file-format.md}), applied to every file before it is read.
 */
public final class DesignSchema {

    /** Classpath location of the schema. */
    public static final String RESOURCE = "/dev/linkwright/io/design.schema.json";
    private static final int MAX_REPORTED = 20;
    private static volatile Schema schema;

    private DesignSchema() {
    }

    private static Schema schema() {
        Schema s = schema;
        if (s == null) {
            synchronized (DesignSchema.class) {
                if (schema == null) {
                    try (InputStream in = DesignSchema.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("schema resource missing: " + RESOURCE);
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

    /** The schema violations of {@code json}, each located; empty when it conforms. */
    public static List<FormatProblem> check(LocatedJson json) {
        List<Error> errors = schema().validate(json.root());
        List<FormatProblem> problems = new ArrayList<>();
        for (Error e : errors) {
            if (problems.size() >= MAX_REPORTED) {
                break;
            }
            String pointer = pointer(e.getInstanceLocation());
            problems.add(json.problemAt(pointer, message(e)));
        }
        return problems;
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

    private static String message(Error e) {
        String keyword = e.getKeyword();
        String property = e.getProperty();
        if ("additionalProperties".equals(keyword) && property != null) {
            return "unknown field '" + property + "' (not part of the design format; check its spelling)";
        }
        if ("required".equals(keyword) && property != null) {
            return "missing required field '" + property + "'";
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
