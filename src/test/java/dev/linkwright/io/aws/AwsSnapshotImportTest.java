package dev.linkwright.io.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.io.DesignReader;
import dev.linkwright.io.DesignWriter;
import dev.linkwright.model.Design;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every snapshot of the shared corpus imports, and the design it makes is a valid design file. */
class AwsSnapshotImportTest {

    static List<String> snapshots() {
        return AwsSnapshots.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("snapshots")
    void everySnapshotImportsAndSurvivesTheDesignFormat(String name) throws Exception {
        ImportedSnapshot imported = AwsSnapshots.get(name);
        Design design = imported.design();
        String json = new DesignWriter().toJson(design);
        Design reread = new DesignReader().read(json.getBytes(StandardCharsets.UTF_8), name + ".json");
        // the writer nests elements under their parents, so compare the elements, not their order
        assertThat(new HashSet<>(reread.topology().elements())).as("the written design reads back the same")
                .isEqualTo(new HashSet<>(design.topology().elements()));
        assertThat(imported.report().elementCount()).isEqualTo(design.topology().size());
        if (Boolean.getBoolean("linkwright.printReports")) {
            printReport(name, imported);
        }
    }

    private static void printReport(String name, ImportedSnapshot imported) {
        Design design = imported.design();
        System.out.println("== " + name + ": " + design.topology().size() + " elements");
        imported.report().kinds().forEach(k -> System.out.println("   " + k));
        imported.report().skippedFiles().forEach(f -> System.out.println("   skipped " + f));
        imported.report().notes().forEach(n -> System.out.println("   note " + n.describe()));
    }
}
