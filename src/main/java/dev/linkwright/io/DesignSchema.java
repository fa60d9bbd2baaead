package dev.linkwright.io;

import java.util.List;

/**
 * The JSON Schema of the design file format ({@code design.schema.json}, documented in
 * {@code docs/file-format.md}), applied to every file before it is read.
 */
public final class DesignSchema {

    /** Classpath location of the schema. */
    public static final String RESOURCE = "/dev/linkwright/io/design.schema.json";
    private static final JsonSchemaCheck CHECK = new JsonSchemaCheck(RESOURCE, "the design format", "");

    private DesignSchema() {
    }

    /** The schema violations of {@code json}, each located; empty when it conforms. */
    public static List<FormatProblem> check(LocatedJson json) {
        return CHECK.problems(json, pointer -> false);
    }
}
