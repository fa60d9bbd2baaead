package dev.linkwright.study;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.linkwright.io.FormatProblem;
import dev.linkwright.io.LocatedJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The JSON Schema of study pack files ({@code study-pack.schema.json}, documented in
 * {@code docs/study.md}), applied to every pack before it is read. Designs inside a pack are
 * checked against the design schema when they are read.
 */
public final class PackSchema {

    /** Classpath location of the schema. */
    public static final String RESOURCE = "/dev/linkwright/study/study-pack.schema.json";
    private static final int MAX_REPORTED = 20;
    private static volatile Schema schema;

    private PackSchema() {
    }

    private static Schema schema() {
        Schema s = schema;
        if (s == null) {
            synchronized (PackSchema.class) {
                if (schema == null) {
                    try (InputStream in = PackSchema.class.getResourceAsStream(RESOURCE)) {
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
        Set<String> seen = new LinkedHashSet<>();
        for (Error e : errors) {
            if (problems.size() >= MAX_REPORTED) {
                break;
            }
            String pointer = pointer(e.getInstanceLocation());
            if (isInsideDesign(pointer)) {
                continue; // designs are checked against the design schema when read
            }
            FormatProblem p = json.problemAt(pointer, message(e));
            if (seen.add(p.describe())) {
                problems.add(p);
            }
        }
        return problems;
    }

    private static boolean isInsideDesign(String pointer) {
        return pointer.matches("/designs/[^/]+/.+") || pointer.matches("/exercises/\\d+/design/.+");
    }

    private static String pointer(NodePath path) {
        StringBuilder sb = new StringBuilder();
        if (path != null) {
            for (int i = 0; i < path.getNameCount(); i++) {
                sb.append('/').append(String.valueOf(path.getElement(i)).replace("~", "~0").replace("/", "~1"));
            }
        }
        return sb.toString();
    }

    private static String message(Error e) {
        String keyword = e.getKeyword();
        String property = e.getProperty();
        if (("additionalProperties".equals(keyword) || "unevaluatedProperties".equals(keyword)) && property != null) {
            return "unknown field '" + property + "' (not part of the study pack format; check its spelling)";
        }
        if ("required".equals(keyword) && property != null) {
            return "missing required field '" + property + "'";
        }
        if ("false".equals(keyword) || "falseSchema".equals(keyword)) {
            return "this field is not allowed here (it belongs to another exercise mode)";
        }
        String m = e.getMessage();
        int colon = m.indexOf(": ");
        if (m.startsWith("$") && colon > 0) {
            m = m.substring(colon + 2);
        }
        return m;
    }
}
