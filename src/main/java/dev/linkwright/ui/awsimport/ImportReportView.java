package dev.linkwright.ui.awsimport;

import dev.linkwright.io.aws.ImportReport;
import dev.linkwright.model.ElementKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The import report as a panel: per AWS kind the files and objects read, what was imported and what
 * was skipped and why; files skipped as a whole; the importer's notes; the design's elements by kind.
 */
public final class ImportReportView extends BorderPane {

    public ImportReportView(ImportReport report) {
        setId("import-report");
        getStyleClass().add("import-report");
        Label heading = new Label(headline(report));
        heading.setId("import-report-headline");
        heading.getStyleClass().add("import-report-headline");
        heading.setWrapText(true);
        Label hint = new Label("The snapshot is open as a new design, laid out automatically. Save it to keep it.");
        hint.getStyleClass().add("text-muted");
        VBox top = new VBox(2, heading, hint);
        top.setPadding(new Insets(6, 10, 6, 10));
        setTop(top);
        SplitPane split = new SplitPane(kindsTable(report), sideLists(report));
        split.setDividerPositions(0.58);
        setCenter(split);
    }

    static String headline(ImportReport report) {
        int imported = report.kinds().stream().mapToInt(ImportReport.KindSummary::imported).sum();
        int skipped = report.kinds().stream().mapToInt(ImportReport.KindSummary::skippedCount).sum();
        return "Imported " + name(report.folder()) + " (" + report.layout() + "): " + report.elementCount() + " elements from "
                + imported + " AWS objects" + (skipped == 0 ? "" : ", " + plural(skipped, "object") + " skipped")
                + (report.skippedFiles().isEmpty() ? "" : ", " + plural(report.skippedFiles().size(), "file") + " skipped");
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static String name(String folder) {
        String f = folder.replace('\\', '/');
        while (f.endsWith("/")) {
            f = f.substring(0, f.length() - 1);
        }
        if (f.endsWith("/aws_configs")) {
            f = f.substring(0, f.length() - "/aws_configs".length());
        }
        int slash = f.lastIndexOf('/');
        return slash < 0 ? f : f.substring(slash + 1);
    }

    private Node kindsTable(ImportReport report) {
        TableView<ImportReport.KindSummary> table = new TableView<>();
        table.setId("import-report-kinds");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("AWS kind", k -> capitalised(k.label()) + "  (" + k.kind() + ")", 230));
        table.getColumns().add(numberColumn("Files", ImportReport.KindSummary::files));
        table.getColumns().add(numberColumn("Objects", ImportReport.KindSummary::objects));
        table.getColumns().add(numberColumn("Imported", ImportReport.KindSummary::imported));
        table.getColumns().add(numberColumn("Skipped", ImportReport.KindSummary::skippedCount));
        table.getColumns().add(column("Why skipped", k -> {
            List<String> why = new ArrayList<>();
            for (ImportReport.Tally t : k.skipped()) {
                why.add(t.describe());
            }
            return String.join("; ", why);
        }, 260));
        table.getItems().setAll(report.kinds());
        table.setPlaceholder(new Label("No AWS kinds were read."));
        return table;
    }

    private static TableColumn<ImportReport.KindSummary, String> column(String title, Function<ImportReport.KindSummary, String> value,
                                                                         double width) {
        TableColumn<ImportReport.KindSummary, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setPrefWidth(width);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.length() < 30 ? null : new Tooltip(item));
            }
        });
        return c;
    }

    private static TableColumn<ImportReport.KindSummary, Integer> numberColumn(String title,
                                                                               Function<ImportReport.KindSummary, Integer> value) {
        TableColumn<ImportReport.KindSummary, Integer> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setPrefWidth(72);
        c.setMaxWidth(90);
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }

    private Node sideLists(ImportReport report) {
        VBox box = new VBox(3);
        box.setPadding(new Insets(6, 10, 6, 10));
        box.getChildren().add(section("Design elements"));
        List<String> elements = new ArrayList<>();
        report.elements().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(ElementKind::ordinal)))
                .forEach(e -> elements.add(e.getValue() + " " + e.getKey().label()));
        box.getChildren().add(text("import-report-elements", String.join(" · ", elements)));

        box.getChildren().add(section("Files skipped (" + report.skippedFiles().size() + ")"));
        if (report.skippedFiles().isEmpty()) {
            box.getChildren().add(text(null, "No file was skipped."));
        }
        for (ImportReport.SkippedFile f : report.skippedFiles()) {
            box.getChildren().add(text("import-report-skipped-file", "• " + f.file() + ": " + f.reason()));
        }
        box.getChildren().add(section("Notes and assumptions (" + report.notes().size() + ")"));
        if (report.notes().isEmpty()) {
            box.getChildren().add(text(null, "Nothing to note."));
        }
        for (ImportReport.Tally t : report.notes()) {
            box.getChildren().add(text("import-report-note", "• " + capitalised(t.describe())));
        }
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setId("import-report-details");
        return scroll;
    }

    private static Label text(String id, String value) {
        Label l = new Label(value);
        if (id != null) {
            l.getStyleClass().add(id);
        }
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static String capitalised(String s) {
        return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("import-report-section");
        l.setStyle("-fx-font-weight: bold; -fx-padding: 6 0 0 0;");
        return l;
    }
}
