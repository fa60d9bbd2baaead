package dev.linkwright.study;

import dev.linkwright.io.FormatProblem;
import dev.linkwright.io.JsonSchemaCheck;
import dev.linkwright.io.LocatedJson;
import java.util.List;

/**
 * The JSON Schema of study pack files ({@code study-pack.schema.json}, documented in
 * {@code docs/study.md}), applied to every pack before it is read. Designs inside a pack are
 * checked against the design schema when they are read.
 */
public final class PackSchema {

    /** Classpath location of the schema. */
    public static final String RESOURCE = "/dev/linkwright/study/study-pack.schema.json";
    private static final JsonSchemaCheck CHECK = new JsonSchemaCheck(RESOURCE, "the study pack format",
            "it belongs to another exercise mode");

    private PackSchema() {
    }

    /** The schema violations of {@code json}, each located; empty when it conforms. */
    public static List<FormatProblem> check(LocatedJson json) {
        return CHECK.problems(json, PackSchema::isInsideDesign); // designs are checked against the design schema when read
    }

    private static boolean isInsideDesign(String pointer) {
        return pointer.matches("/designs/[^/]+/.+") || pointer.matches("/exercises/\\d+/design/.+");
    }
}
