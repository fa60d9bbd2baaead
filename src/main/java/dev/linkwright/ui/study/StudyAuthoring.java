package dev.linkwright.ui.study;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linkwright.io.DesignFormatException;
import dev.linkwright.model.Design;
import dev.linkwright.model.Flow;
import dev.linkwright.study.ExerciseAuthor;
import dev.linkwright.study.ExerciseDraft;
import dev.linkwright.study.Pack;
import dev.linkwright.study.PackWriter;
import dev.linkwright.ui.common.DialogService;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.MenuItem;

/**
 * Authoring from the open design (Study menu): every saved flow becomes a Predict exercise, or the
 * design's validator findings a Spot-the-flaw exercise, added to a pack file the student chooses
 * (a new name creates the pack). The answers come from the engine, so the pack passes
 * {@code study check}; the file can be shared and opened with "Open pack…" in Study mode.
 */
public final class StudyAuthoring {

    private final DialogService dialogs;
    private final Supplier<Design> design;
    private final ExerciseAuthor author = new ExerciseAuthor();
    private Path lastPack;

    public StudyAuthoring(DialogService dialogs, Supplier<Design> design) {
        this.dialogs = dialogs;
        this.design = design;
    }

    /** The Study menu's authoring items. */
    public List<MenuItem> menuItems() {
        MenuItem predict = new MenuItem("Save Flows as Predict Exercises…");
        predict.setId("menu-study-author-predict");
        predict.setOnAction(e -> saveFlowsAsPredict());
        MenuItem spot = new MenuItem("Save Design as a Spot-the-Flaw Exercise…");
        spot.setId("menu-study-author-spot");
        spot.setOnAction(e -> saveAsSpot());
        return List.of(predict, spot);
    }

    /** One Predict exercise per flow of the open design; returns the pack written, if any. */
    public Optional<Pack> saveFlowsAsPredict() {
        Design d = design.get();
        if (d.flows().isEmpty()) {
            dialogs.showInformation("No flows to ask about", "Save a flow with the design first: each flow becomes a question"
                    + " \"can this source reach that destination?\", answered by the engine.");
            return Optional.empty();
        }
        List<ObjectNode> entries = new ArrayList<>();
        for (Flow f : d.flows()) {
            entries.add(author.predict(d, f, draft(d, f.id().value())));
        }
        return save(entries);
    }

    /** A Spot-the-flaw exercise asking for every finding of the open design; returns the pack written, if any. */
    public Optional<Pack> saveAsSpot() {
        try {
            return save(List.of(author.spot(design.get(), draft(design.get(), "flaws"))));
        } catch (IllegalArgumentException e) {
            dialogs.showInformation("Nothing to spot", "The validator finds no design error in this design, so there is no flaw to spot.");
            return Optional.empty();
        }
    }

    private Optional<Pack> save(List<ObjectNode> entries) {
        Optional<Path> file = dialogs.chooseFileToSave("Add to a study pack (a new name creates one)",
                lastPack == null ? null : lastPack.getParent(), lastPack == null ? "my-exercises.json" : lastPack.getFileName().toString());
        if (file.isEmpty()) {
            return Optional.empty();
        }
        Pack pack = null;
        try {
            for (ObjectNode entry : entries) {
                pack = new PackWriter().add(file.get(), entry);
            }
        } catch (DesignFormatException e) {
            dialogs.showError("Cannot add to " + file.get().getFileName(), "The file is not a study pack Linkwright can add to; nothing"
                    + " was changed.", e.problems().stream().map(p -> p.describe()).toList());
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            dialogs.showError("Cannot save " + file.get().getFileName(), "Linkwright could not write the pack: " + e.getMessage() + ".",
                    List.of());
            return Optional.empty();
        }
        lastPack = file.get();
        dialogs.showInformation("Saved " + entries.size() + " exercise" + (entries.size() == 1 ? "" : "s"),
                "Added to " + file.get() + " (" + pack.exercises().size() + " in the pack). Share the file; open it in Study mode with"
                        + " \"Open pack…\", or check it with: java -jar linkwright.jar study check " + file.get().getFileName());
        return Optional.of(pack);
    }

    private static ExerciseDraft draft(Design d, String suffix) {
        String base = (d.title().isBlank() ? "design" : d.title()).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        String id = ((base.isEmpty() ? "design" : base) + "-" + suffix.toLowerCase(Locale.ROOT)).replaceAll("[^a-z0-9._-]+", "-")
                .replaceAll("^[^a-z0-9]+", "");
        if (id.length() > 100) {
            id = id.substring(0, 100);
        }
        return new ExerciseDraft(id, d.title().isBlank() ? null : d.title() + ": " + suffix, "custom", null, null, null, null, null);
    }
}
