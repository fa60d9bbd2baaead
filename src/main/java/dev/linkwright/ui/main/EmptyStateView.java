package dev.linkwright.ui.main;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * What an empty canvas shows: what Linkwright draws, how to start (open a design file or a
 * sample), and where the file format is described.
 */
final class EmptyStateView extends VBox {

    EmptyStateView(List<String> samples, java.util.function.Function<String, String> titleOf, Consumer<String> openSample,
                   Runnable openFile) {
        getStyleClass().add("empty-state");
        setAlignment(Pos.CENTER);
        setSpacing(14);
        setPadding(new Insets(40));
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);

        Label title = new Label("An empty design");
        title.getStyleClass().addAll("title-2", "empty-title");
        Label explain = new Label("Linkwright draws AWS networks as architecture diagrams: accounts, Regions, VPCs, "
                + "Availability Zones, subnets and what runs in them, with peering, Transit Gateway, VPN, "
                + "Direct Connect and PrivateLink between them.");
        explain.setWrapText(true);
        explain.setTextAlignment(TextAlignment.CENTER);
        explain.setMaxWidth(560);
        explain.getStyleClass().add("text-muted");

        Button open = new Button("Open a design file…", new FontIcon(Material2AL.FOLDER_OPEN));
        open.getStyleClass().add("accent");
        open.setDefaultButton(false);
        open.setOnAction(e -> openFile.run());

        Label samplesLabel = new Label("or start from a sample:");
        samplesLabel.getStyleClass().add("text-muted");
        VBox sampleLinks = new VBox(2);
        sampleLinks.setAlignment(Pos.CENTER);
        for (String name : samples) {
            Hyperlink link = new Hyperlink(titleOf.apply(name));
            link.setId("sample-" + name.replaceFirst("\\.json$", ""));
            link.setTooltip(new javafx.scene.control.Tooltip(name));
            link.setOnAction(e -> openSample.accept(name));
            sampleLinks.getChildren().add(link);
        }
        Label format = new Label("Design files are JSON that can be written by hand (see docs/file-format.md).");
        format.setWrapText(true);
        format.setTextAlignment(TextAlignment.CENTER);
        format.setMaxWidth(560);
        format.getStyleClass().addAll("text-small", "text-muted");
        getChildren().addAll(title, explain, open, samplesLabel, sampleLinks, format);
    }
}
