package dev.linkwright.ui.main;

import dev.linkwright.io.BuiltInSamples;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The welcome view an empty canvas shows: how to start drawing (drag a VPC from the palette onto
 * the canvas), open a design file or a recent one, or start from one of the samples, each with its
 * title and what it teaches.
 */
final class EmptyStateView extends VBox {

    EmptyStateView(List<String> samples, java.util.function.Function<String, String> titleOf, Consumer<String> openSample,
                   Runnable openFile, ObservableList<Path> recent, Consumer<Path> openRecent) {
        getStyleClass().add("empty-state");
        setAlignment(Pos.CENTER);
        setSpacing(14);
        setPadding(new Insets(32));
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);

        Label title = new Label("Welcome to Linkwright");
        title.getStyleClass().addAll("title-2", "empty-title");
        Label explain = new Label("Design AWS private networks as architecture diagrams: accounts, Regions, VPCs, "
                + "Availability Zones, subnets and what runs in them, with peering, Transit Gateway, VPN, "
                + "Direct Connect and PrivateLink between them.");
        explain.setWrapText(true);
        explain.setTextAlignment(TextAlignment.CENTER);
        explain.setMaxWidth(600);
        explain.getStyleClass().add("text-muted");

        Label drag = new Label("Drag a VPC from the palette here to start: it comes with an account and a Region.",
                new FontIcon(Material2MZ.PAN_TOOL));
        drag.getStyleClass().addAll("drop-hint");
        drag.setId("welcome-drag-hint");

        Button open = new Button("Open a design file…", new FontIcon(Material2AL.FOLDER_OPEN));
        open.getStyleClass().add("accent");
        open.setId("welcome-open");
        open.setOnAction(e -> openFile.run());

        VBox recentBox = new VBox(2);
        recentBox.setAlignment(Pos.CENTER);
        Runnable fillRecent = () -> {
            recentBox.getChildren().clear();
            if (recent.isEmpty()) {
                return;
            }
            Label heading = new Label("Recent");
            heading.getStyleClass().addAll("text-small", "text-muted");
            recentBox.getChildren().add(heading);
            for (Path p : recent.subList(0, Math.min(4, recent.size()))) {
                Hyperlink link = new Hyperlink(p.getFileName() == null ? p.toString() : p.getFileName().toString());
                link.setTooltip(new Tooltip(p.toString()));
                link.setOnAction(e -> openRecent.accept(p));
                recentBox.getChildren().add(link);
            }
        };
        fillRecent.run();
        recent.addListener((ListChangeListener<Path>) c -> fillRecent.run());

        Label samplesLabel = new Label("or start from a sample:");
        samplesLabel.getStyleClass().add("text-muted");
        VBox cards = new VBox(6);
        cards.setAlignment(Pos.CENTER);
        cards.setMaxWidth(640);
        for (String name : samples) {
            Hyperlink link = new Hyperlink(titleOf.apply(name));
            link.setId("sample-" + name.replaceFirst("\\.json$", ""));
            link.getStyleClass().add("sample-title");
            link.setOnAction(e -> openSample.accept(name));
            String about = BuiltInSamples.description(name);
            Label text = new Label(firstSentence(about));
            text.setWrapText(true);
            text.getStyleClass().addAll("text-small", "text-muted");
            text.setTooltip(new Tooltip(about));
            VBox card = new VBox(0, link, text);
            card.getStyleClass().add("sample-card");
            card.setPadding(new Insets(4, 10, 6, 10));
            HBox.setHgrow(card, Priority.ALWAYS);
            cards.getChildren().add(card);
        }
        Label format = new Label("Design files are JSON that can be written by hand (see docs/file-format.md). "
                + "F1 lists the keyboard shortcuts.");
        format.setWrapText(true);
        format.setTextAlignment(TextAlignment.CENTER);
        format.setMaxWidth(600);
        format.getStyleClass().addAll("text-small", "text-muted");
        HBox actions = new HBox(12, open);
        actions.setAlignment(Pos.CENTER);
        getChildren().addAll(title, explain, drag, actions, recentBox, samplesLabel, cards, format);
    }

    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        String s = end < 0 ? text : text.substring(0, end + 1);
        return s.length() > 150 ? s.substring(0, 147) + "…" : s;
    }
}
