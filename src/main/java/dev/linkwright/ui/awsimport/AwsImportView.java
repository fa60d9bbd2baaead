package dev.linkwright.ui.awsimport;

import dev.linkwright.ui.common.ProgressDialog;
import dev.linkwright.ui.panel.PanelTabs;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.stage.Window;

/**
 * The import's windows, bound to an {@link AwsImportViewModel}: a progress dialog with Cancel while
 * it runs, and the report as a closable "Import report" tab of the panel strip when it is done.
 */
public final class AwsImportView {

    /** The id of the report's tab in the panel strip. */
    public static final String REPORT_TAB = "import-report";

    private final AwsImportViewModel model;
    private ProgressDialog progress;

    public AwsImportView(AwsImportViewModel model, Supplier<Window> owner, PanelTabs tabs) {
        this.model = model;
        model.runningProperty().addListener((o, was, running) -> {
            if (running) {
                progress = ProgressDialog.show(owner.get(), "Importing " + model.folderNameProperty().get(),
                        model.messageProperty(), model.progressProperty(), model::cancel);
            } else if (progress != null) {
                progress.close();
                progress = null;
            }
        });
        model.reportProperty().addListener((o, was, report) -> {
            if (report != null) {
                Label title = new Label("Import report");
                title.setId("import-report-tab-title");
                tabs.add(REPORT_TAB, title, new ImportReportView(report), true);
                tabs.show(REPORT_TAB);
            }
        });
    }

    public AwsImportViewModel model() {
        return model;
    }
}
