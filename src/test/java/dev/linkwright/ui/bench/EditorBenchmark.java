package dev.linkwright.ui.bench;

import dev.linkwright.app.LinkwrightApp;
import dev.linkwright.generate.Scale;
import dev.linkwright.generate.SyntheticOrganisation;
import dev.linkwright.io.DesignWriter;
import dev.linkwright.model.Design;
import dev.linkwright.ui.canvas.DiagramCanvas;
import dev.linkwright.ui.common.DialogService;
import dev.linkwright.ui.common.RecentFiles;
import dev.linkwright.ui.common.Theme;
import dev.linkwright.ui.main.MainWindowViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

/**
 * Frame times of the designer on a generated design of about 2,000 elements, on the software
 * pipeline: the main window (palette, canvas, inspector) opens the design, then the view pans across
 * it at 100 % and zooms in and out; each frame is rendered with {@link Scene#snapshot} (CSS, layout
 * and a full software render of the window, plus a copy of its pixels, so the figure errs high) and
 * timed. Not a test: run it by hand (see docs/performance.md, "Editor").
 *
 * <pre>
 * mvn -q -B test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-Dprism.order=sw -Dglass.platform=Monocle -Dmonocle.platform=Headless -cp %classpath \
 *   dev.linkwright.ui.bench.EditorBenchmark"
 * </pre>
 */
public final class EditorBenchmark {

    private static final int FRAMES = Integer.getInteger("frames", 120);

    private EditorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        Design design = SyntheticOrganisation.generate(new Scale(8, 10, 4, 3, 2, 16, 4, 4, true, 42));
        Path file = Files.createTempFile("editor-benchmark", ".json");
        new DesignWriter().write(design, file);
        System.out.printf("design: %,d elements (%s)%n", design.topology().size(), design.title());
        System.out.printf("prism.order=%s glass.platform=%s%n", System.getProperty("prism.order"), System.getProperty("glass.platform"));

        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(60, TimeUnit.SECONDS);

        Stage[] stage = new Stage[1];
        MainWindowViewModel[] model = new MainWindowViewModel[1];
        LinkwrightApp.MainWindow[] window = new LinkwrightApp.MainWindow[1];
        onFx(() -> {
            Theme.LIGHT.apply();
            stage[0] = new Stage();
            model[0] = new MainWindowViewModel(new NoDialogs(), new RecentFiles(RecentFiles.inMemory()), "bench");
            window[0] = LinkwrightApp.open(stage[0], model[0]);
            stage[0].setWidth(1280);
            stage[0].setHeight(800);
            stage[0].show();
            if (Boolean.getBoolean("noMinimap")) {
                window[0].view().canvas().minimap().enabledProperty().set(false);
            }
        });
        Scene scene = window[0].stage().getScene();
        DiagramCanvas canvas = window[0].view().canvas();
        WritableImage image = new WritableImage((int) scene.getWidth(), (int) scene.getHeight());

        long t0 = System.nanoTime();
        onFx(() -> model[0].open(file));
        double[] firstFrame = new double[1];
        onFx(() -> firstFrame[0] = timeFrame(scene, image));
        double openMs = (System.nanoTime() - t0) / 1e6;
        System.out.printf("open (read, geometry, scene graph, first frame): %.0f ms; canvas refresh %.0f ms; first frame %.1f ms%n",
                openMs, canvas.lastRefresh().millis(), firstFrame[0]);
        Files.deleteIfExists(file);
        int[] nodes = new int[1];
        onFx(() -> nodes[0] = count(scene.getRoot()));
        double[] idle = new double[3];
        onFx(() -> {
            idle[0] = timeFrame(scene, image);
            idle[1] = timeFrame(scene, image);
            idle[2] = timeFrame(scene, image);
        });
        System.out.printf("scene graph: %,d nodes; unchanged frames %.1f / %.1f / %.1f ms%n", nodes[0], idle[0], idle[1], idle[2]);

        for (int round = 0; round < 2; round++) { // the first round warms up the JIT and the glyph caches
            boolean report = round == 1;
            onFx(canvas::actualSize);
            dev.linkwright.model.Bounds area = canvas.diagramArea();
            List<Double> pan = frames(scene, image, i -> {
                double f = i / (double) (FRAMES - 1);
                canvas.centreOn(area.x() + area.width() * (0.1 + 0.8 * f), area.y() + area.height() * (0.2 + 0.6 * Math.sin(f * Math.PI)));
            });
            List<Double> panCpu = lastCpus;
            List<Double> zoom = frames(scene, image, i -> {
                double f = i / (double) (FRAMES - 1);
                canvas.setZoom(Math.exp(Math.log(0.08) * Math.sin(f * Math.PI)));
            });
            List<Double> zoomCpu = lastCpus;
            onFx(canvas::fitToWindow);
            List<Double> panFitted = frames(scene, image, i -> canvas.centreOn(area.centerX() + (i % 2 == 0 ? 40 : -40), area.centerY()));
            List<Double> panFittedCpu = lastCpus;
            if (report) {
                report("pan at 100 %, wall clock", pan);
                report("pan at 100 %, CPU", panCpu);
                report("zoom 100 % -> 8 % -> 100 %, wall clock", zoom);
                report("zoom 100 % -> 8 % -> 100 %, CPU", zoomCpu);
                report("pan at fit (all in view), wall clock", panFitted);
                report("pan at fit (all in view), CPU", panFittedCpu);
            }
        }
        Platform.exit();
    }

    private static List<Double> frames(Scene scene, WritableImage image, java.util.function.IntConsumer step) throws Exception {
        List<Double> times = new ArrayList<>();
        double[] cpu = new double[FRAMES];
        for (int i = 0; i < FRAMES; i++) {
            int n = i;
            double[] ms = new double[1];
            onFx(() -> {
                long c = THREADS.getCurrentThreadCpuTime();
                long s = System.nanoTime();
                step.accept(n);
                double stepMs = (System.nanoTime() - s) / 1e6;
                double stepCpu = (THREADS.getCurrentThreadCpuTime() - c) / 1e6;
                double frame = timeFrame(scene, image);
                if (Boolean.getBoolean("verbose")) {
                    System.out.printf("  step %.1f ms (cpu %.1f), render %.1f ms (cpu %.1f)%n", stepMs, stepCpu, frame, lastCpu);
                }
                ms[0] = stepMs + frame;
                cpu[n] = stepCpu + lastCpu;
            });
            times.add(ms[0]);
        }
        List<Double> cpus = new ArrayList<>();
        for (double d : cpu) {
            cpus.add(d);
        }
        lastCpus = cpus;
        return times;
    }

    private static int count(javafx.scene.Node n) {
        int c = 1;
        if (n instanceof javafx.scene.Parent p) {
            for (javafx.scene.Node child : p.getChildrenUnmodifiable()) {
                c += count(child);
            }
        }
        return c;
    }

    static List<Double> lastCpus = List.of();

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    private static long renderThread = -1;
    static double lastCpu;

    /** CPU time (ns) of the JavaFX thread and the render thread so far. */
    private static long cpuNow() {
        if (renderThread < 0) {
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (t.getName().startsWith("QuantumRenderer")) {
                    renderThread = t.getId();
                }
            }
        }
        long fx = THREADS.getCurrentThreadCpuTime();
        long render = renderThread < 0 ? 0 : Math.max(0, THREADS.getThreadCpuTime(renderThread));
        return fx + render;
    }

    /**
     * Renders the window once (CSS, layout, software render, pixels read back); returns the wall-clock
     * time in ms and leaves the CPU time the JavaFX and render threads spent in {@link #lastCpu}.
     */
    private static double timeFrame(Scene scene, WritableImage image) {
        long c = cpuNow();
        long s = System.nanoTime();
        scene.snapshot(image);
        double wall = (System.nanoTime() - s) / 1e6;
        lastCpu = (cpuNow() - c) / 1e6;
        return wall;
    }

    private static void report(String what, List<Double> times) {
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        double mean = sorted.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        System.out.printf("%-44s frames %d  median %5.1f ms  mean %5.1f ms  p90 %5.1f ms  p99 %5.1f ms  max %5.1f ms  (%s 16 ms at the median)%n",
                what, sorted.size(), pct(sorted, 0.5), mean, pct(sorted, 0.9), pct(sorted, 0.99), sorted.get(sorted.size() - 1),
                pct(sorted, 0.5) < 16 ? "under" : "over");
    }

    private static double pct(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(p * (sorted.size() - 1) + 0.5)));
    }

    private static void onFx(Runnable r) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                r.run();
                done.complete(null);
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        });
        done.get(5, TimeUnit.MINUTES);
    }

    /** The benchmark asks nothing. */
    private static final class NoDialogs implements DialogService {
        @Override
        public Optional<Path> chooseFileToOpen(String title, Path initialDirectory) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseFileToSave(String title, Path initialDirectory, String suggestedName) {
            return Optional.empty();
        }

        @Override
        public void showError(String headline, String message, List<String> details) {
            System.out.println("error: " + headline + ": " + message);
        }

        @Override
        public void showInformation(String headline, String message) {
        }
    }
}
