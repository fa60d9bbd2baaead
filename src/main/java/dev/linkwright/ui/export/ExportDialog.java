package dev.linkwright.ui.export;

import dev.linkwright.io.export.ExportFormat;
import dev.linkwright.io.export.ExportSummary;
import dev.linkwright.model.Flow;
import java.io.ByteArrayInputStream;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The File ▸ Export dialog, bound to an {@link ExportViewModel}: format, scope and options on the
 * left, a preview on the right, progress, problems and the export summary at the bottom. Export…
 * asks where to write; the dialog stays open to show the summary.
 */
public final class ExportDialog {

    private final ExportViewModel model;
    private final Stage stage = new Stage();
    private final BorderPane root = new BorderPane();

    public ExportDialog(ExportViewModel model, Window owner) {
        this.model = model;
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle("Export");
        root.setId("export-dialog");
        root.getStyleClass().add("export-dialog");
        root.setLeft(options());
        root.setCenter(previewPane());
        root.setBottom(bottom());
        root.setPadding(new Insets(12));
        Scene scene = new Scene(root, 1080, 720);
        scene.getStylesheets().add(ExportDialog.class.getResource("export.css").toExternalForm());
        stage.setScene(scene);
        stage.setMinWidth(760);
        stage.setMinHeight(520);
        stage.setOnCloseRequest(e -> model.cancel());
    }

    /** Shows the dialog (without waiting) and starts the preview. */
    public void show() {
        stage.show();
        model.start();
    }

    public Stage stage() {
        return stage;
    }

    public ExportViewModel model() {
        return model;
    }

    // ---- options -----------------------------------------------------------------------------------

    private Node options() {
        VBox box = new VBox(6);
        box.setId("export-options");
        box.setPrefWidth(350);
        box.setMinWidth(300);
        box.setPadding(new Insets(0, 16, 0, 0));

        ToggleGroup formats = new ToggleGroup();
        box.getChildren().add(section("Diagram"));
        for (ExportFormat f : ExportFormat.values()) {
            if (f == ExportFormat.TERRAFORM_JSON) {
                box.getChildren().add(section("Infrastructure code"));
            }
            RadioButton r = new RadioButton(f.label());
            Label ext = new Label(f.extension());
            ext.getStyleClass().add("text-muted");
            r.setGraphic(ext);
            r.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
            r.setGraphicTextGap(8);
            r.setId("export-format-" + f.wire());
            r.setUserData(f);
            r.setToggleGroup(formats);
            r.setSelected(model.formatProperty().get() == f);
            box.getChildren().add(r);
        }
        formats.selectedToggleProperty().addListener((o, was, is) -> {
            if (is != null) {
                model.formatProperty().set((ExportFormat) is.getUserData());
            }
        });

        box.getChildren().add(section("Scope"));
        ToggleGroup scopes = new ToggleGroup();
        RadioButton whole = new RadioButton("Whole design");
        whole.setId("export-scope-whole");
        RadioButton selected = new RadioButton(model.hasSelection()
                ? "Selection: " + model.selectionSize() + " selected, with contents" : "Selection (nothing selected)");
        selected.setId("export-scope-selection");
        selected.setDisable(!model.hasSelection());
        whole.setToggleGroup(scopes);
        selected.setToggleGroup(scopes);
        (model.scopeProperty().get() == ExportViewModel.Scope.SELECTION ? selected : whole).setSelected(true);
        scopes.selectedToggleProperty().addListener((o, was, is) -> model.scopeProperty().set(
                is == selected ? ExportViewModel.Scope.SELECTION : ExportViewModel.Scope.WHOLE_DESIGN));
        box.getChildren().addAll(whole, selected);

        VBox picture = new VBox(6);
        picture.setId("export-picture-options");
        Spinner<Integer> scale = new Spinner<>(1, 8, (int) model.scaleProperty().get());
        scale.setId("export-scale");
        scale.setPrefWidth(80);
        scale.valueProperty().addListener((o, was, is) -> model.scaleProperty().set(is));
        Label scaleLabel = new Label("PNG scale (pixels per unit)");
        HBox scaleRow = new HBox(8, scaleLabel, scale);
        scaleRow.setAlignment(Pos.CENTER_LEFT);
        CheckBox transparent = check("Transparent background (PNG)", "export-transparent", model.transparentProperty());
        CheckBox legend = check("Legend of the line styles", "export-legend", model.legendProperty());
        CheckBox badges = check(model.hasFindings() ? "Validation badges (findings)" : "Validation badges (no findings)",
                "export-badges", model.badgesProperty());
        badges.setDisable(!model.hasFindings());
        ComboBox<Flow> flows = new ComboBox<>();
        flows.setId("export-flow");
        flows.getItems().add(null);
        flows.getItems().addAll(model.flows());
        flows.setConverter(new StringConverter<>() {
            @Override
            public String toString(Flow f) {
                return f == null ? (model.flows().isEmpty() ? "No flows in this design" : "No flow path")
                        : "Path of " + (f.name().isEmpty() ? f.id().value() : f.name());
            }

            @Override
            public Flow fromString(String s) {
                return null;
            }
        });
        flows.setValue(null);
        flows.setDisable(model.flows().isEmpty());
        flows.valueProperty().bindBidirectional(model.flowProperty());
        flows.setMaxWidth(Double.MAX_VALUE);
        Label flowNote = new Label();
        flowNote.setWrapText(true);
        flowNote.getStyleClass().add("text-muted");
        flowNote.textProperty().bind(model.flowNoteProperty());
        flowNote.managedProperty().bind(flowNote.textProperty().isNotEmpty());
        picture.getChildren().addAll(section("Picture"), scaleRow, transparent, legend, badges, flows, flowNote);
        Runnable pngOnly = () -> {
            boolean png = model.formatProperty().get() == ExportFormat.PNG;
            scaleRow.setDisable(!png);
            transparent.setDisable(!png);
            boolean diagram = model.formatProperty().get().isDiagram();
            picture.setVisible(diagram);
            picture.setManaged(diagram);
        };
        model.formatProperty().addListener((o, was, is) -> pngOnly.run());
        pngOnly.run();
        box.getChildren().add(picture);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return scroll;
    }

    private static CheckBox check(String text, String id, javafx.beans.property.BooleanProperty property) {
        CheckBox c = new CheckBox(text);
        c.setId(id);
        c.selectedProperty().bindBidirectional(property);
        return c;
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("export-section");
        return l;
    }

    // ---- preview -----------------------------------------------------------------------------------

    private Node previewPane() {
        ImageView image = new ImageView();
        image.setId("export-preview-image");
        image.setPreserveRatio(true);
        image.setSmooth(true);
        StackPane imageHolder = new StackPane(image);
        imageHolder.getStyleClass().add("export-preview-canvas");
        ScrollPane imageScroll = new ScrollPane(imageHolder);
        imageScroll.setFitToWidth(true);
        imageScroll.setFitToHeight(true);
        imageScroll.setPannable(true);
        TextArea text = new TextArea();
        text.setId("export-preview-text");
        text.setEditable(false);
        text.getStyleClass().add("export-preview-text");
        Label nothing = new Label();
        nothing.setId("export-preview-none");
        nothing.setWrapText(true);
        nothing.getStyleClass().add("text-muted");
        Button previewNow = new Button("Preview");
        previewNow.setId("export-preview-now");
        previewNow.setOnAction(e -> model.previewNow());
        VBox nothingBox = new VBox(10, nothing, previewNow);
        nothingBox.setAlignment(Pos.CENTER);
        nothingBox.setMaxWidth(420);
        StackPane content = new StackPane(imageScroll, text, nothingBox);
        VBox.setVgrow(content, Priority.ALWAYS);
        Label caption = new Label();
        caption.setId("export-preview-caption");
        caption.getStyleClass().add("text-muted");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.setMaxSize(16, 16);
        busy.visibleProperty().bind(model.previewingProperty());
        Label title = section("Preview");
        HBox head = new HBox(8, title, busy);
        head.setAlignment(Pos.CENTER_LEFT);
        Runnable show = () -> {
            ExportViewModel.Preview p = model.previewProperty().get();
            imageScroll.setVisible(p instanceof ExportViewModel.Picture);
            text.setVisible(p instanceof ExportViewModel.Text);
            nothingBox.setVisible(p instanceof ExportViewModel.Nothing);
            if (p instanceof ExportViewModel.Picture pic) {
                Image img = new Image(new ByteArrayInputStream(pic.png()));
                image.setImage(img);
                image.fitWidthProperty().bind(Bindings.createDoubleBinding(
                        () -> Math.min(img.getWidth(), Math.max(100, imageScroll.getViewportBounds().getWidth() - 16)),
                        imageScroll.viewportBoundsProperty()));
                caption.setText(pic.caption());
            } else if (p instanceof ExportViewModel.Text t) {
                text.setText(t.firstLines() + "…");
                caption.setText("First lines of " + t.fileName() + " · " + t.caption());
            } else if (p instanceof ExportViewModel.Nothing n) {
                nothing.setText(n.why());
                previewNow.setVisible(n.why().contains("press Preview"));
                caption.setText("");
            }
        };
        model.previewProperty().addListener((o, was, is) -> show.run());
        show.run();
        VBox box = new VBox(6, head, content, caption);
        box.setId("export-preview");
        return box;
    }

    // ---- bottom: progress, problem, summary, buttons -------------------------------------------------

    private Node bottom() {
        ProgressBar bar = new ProgressBar();
        bar.setId("export-progress");
        bar.setPrefWidth(220);
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.runningProperty());
        Label message = new Label();
        message.setId("export-message");
        message.textProperty().bind(model.messageProperty());
        Label problem = new Label();
        problem.setId("export-problem");
        problem.getStyleClass().add("export-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        ListView<String> summary = new ListView<>();
        summary.setId("export-summary");
        summary.setPrefHeight(120);
        summary.setVisible(false);
        summary.setManaged(false);
        model.summaryProperty().addListener((o, was, is) -> showSummary(summary, is));

        Button cancel = new Button("Cancel export");
        cancel.setId("export-cancel");
        cancel.visibleProperty().bind(model.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> model.cancel());
        Button export = new Button("Export…");
        export.setId("export-run");
        export.setDefaultButton(true);
        export.setGraphic(new FontIcon(Material2AL.FILE_UPLOAD));
        export.disableProperty().bind(model.runningProperty());
        export.setOnAction(e -> model.export());
        Button close = new Button("Close");
        close.setId("export-close");
        close.setCancelButton(true);
        close.setOnAction(e -> {
            model.cancel();
            stage.close();
        });
        message.setMinWidth(0);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        for (Button b : new Button[] {cancel, export, close}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        bar.setMinWidth(Region.USE_PREF_SIZE);
        HBox buttons = new HBox(10, bar, message, cancel, export, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, new Separator(), problem, summary, buttons);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private static void showSummary(ListView<String> list, ExportSummary s) {
        boolean show = s != null;
        list.setVisible(show);
        list.setManaged(show);
        if (show) {
            list.getItems().setAll(ExportViewModel.describe(s));
            list.setPrefHeight(Math.min(190, 30 * list.getItems().size() + 8));
        }
    }
}
