package dev.linkwright.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.io.BuiltInSamples;
import dev.linkwright.io.DesignReader;
import dev.linkwright.model.Design;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders every sample and the hybrid fixture at 100 % into {@code target/diagram-snapshots/} (some
 * dark too) so that people can look at the drawing in detail, and checks the images are not blank.
 */
@ExtendWith(ApplicationExtension.class)
class DiagramSnapshotTest {

    private DiagramCanvas canvas;
    private StackPane root;

    @Start
    void start(Stage stage) {
        atlantafx.base.theme.PrimerLight light = new atlantafx.base.theme.PrimerLight();
        javafx.application.Application.setUserAgentStylesheet(light.getUserAgentStylesheet());
        canvas = new DiagramCanvas();
        root = new StackPane(canvas);
        stage.setScene(new Scene(root, 1000, 700));
        stage.show();
    }

    @Test
    void rendersTheSampleAndTheHybridDesign() throws Exception {
        Path out = Path.of("target", "diagram-snapshots");
        Files.createDirectories(out);
        Design hybrid = new DesignReader().read(Path.of("src/test/resources/dev/linkwright/diagram/hybrid-network.json"));
        for (boolean dark : new boolean[] {false, true}) {
            snapshot(hybrid, dark, out.resolve("hybrid-network" + (dark ? "-dark" : "") + ".png"));
        }
        for (String name : BuiltInSamples.names()) {
            snapshot(BuiltInSamples.load(name), false, out.resolve(name.replace(".json", ".png")));
        }
        snapshot(BuiltInSamples.load(BuiltInSamples.DEFAULT), true, out.resolve("privatelink-basic-dark.png"));
    }

    private void snapshot(Design design, boolean dark, Path file) throws Exception {
        BufferedImage image = WaitForAsyncUtils.asyncFx(() -> {
            canvas.darkThemeProperty().set(dark);
            canvas.setDesign(design);
            Node content = canvas.diagramContent();
            SnapshotParameters p = new SnapshotParameters();
            p.setFill(dark ? Color.web("#0d1117") : Color.WHITE);
            p.setTransform(javafx.scene.transform.Transform.scale(1.0 / canvas.getZoom(), 1.0 / canvas.getZoom()));
            WritableImage img = content.snapshot(p, null);
            return SwingFXUtils.fromFXImage(img, null);
        }).get();
        ImageIO.write(image, "png", file.toFile());
        assertThat(image.getWidth()).isGreaterThan(400);
        assertThat(distinctColours(image)).isGreaterThan(20);
    }

    private static int distinctColours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
