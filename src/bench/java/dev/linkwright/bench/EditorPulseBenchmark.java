package dev.linkwright.bench;

import dev.linkwright.app.LinkwrightApp;
import dev.linkwright.generate.Scale;
import dev.linkwright.generate.SyntheticOrganisation;
import dev.linkwright.model.Bounds;
import dev.linkwright.model.Design;
import dev.linkwright.ui.canvas.DiagramCanvas;
import dev.linkwright.ui.common.FxDialogService;
import dev.linkwright.ui.common.RecentFiles;
import dev.linkwright.ui.common.Theme;
import dev.linkwright.ui.main.MainWindowViewModel;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleConsumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Frame time of the designer as the app really draws it: the main window (palette, canvas, panels,
 * inspector) on a generated design of about 2,000 elements, the view panned or zoomed a little on
 * every pulse, pulses unthrottled ({@code -Djavafx.animation.fullspeed=true}) so that the time
 * between two pulses is what one frame costs (scene update, CSS, layout and the software render of
 * what changed). Complements {@code EditorBenchmark}, whose full-window snapshots are an upper bound.
 * Not a test; see docs/performance.md, "Editor".
 *
 * <pre>
 * mvn -q -B -P benchmark test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-Djavafx.animation.fullspeed=true -Dprism.order=sw -Dglass.platform=Monocle \
 *   -Dmonocle.platform=Headless -cp %classpath dev.linkwright.bench.EditorPulseBenchmark"
 * </pre>
 */
public final class EditorPulseBenchmark {

    private static final double SECONDS = Double.parseDouble(System.getProperty("seconds", "6"));

    private EditorPulseBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        Design design = SyntheticOrganisation.generate(new Scale(8, 10, 4, 3, 2, 16, 4, 4, true, 42));
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        DiagramCanvas[] canvas = new DiagramCanvas[1];
        CountDownLatch open = new CountDownLatch(1);
        Platform.runLater(() -> {
            Theme.LIGHT.apply();
            Stage stage = new Stage();
            MainWindowViewModel model = new MainWindowViewModel(new FxDialogService(() -> stage),
                    new RecentFiles(RecentFiles.inMemory()), "bench");
            LinkwrightApp.MainWindow w = LinkwrightApp.open(stage, model);
            stage.setWidth(1280);
            stage.setHeight(800);
            stage.show();
            model.openUnsaved(design, "Synthetic organisation", "");
            canvas[0] = w.view().canvas();
            open.countDown();
        });
        open.await();
        System.out.printf("design: %,d elements; window 1280x800; prism.order=%s%n", design.topology().size(),
                System.getProperty("prism.order"));
        DiagramCanvas c = canvas[0];
        for (int round = 0; round < 2; round++) { // the first round warms up the JIT and the glyph caches
            boolean report = round == 1;
            onFx(c::actualSize);
            Bounds area = c.diagramArea();
            measure("pan at 100 %", report, f -> c.centreOn(area.x() + area.width() * (0.1 + 0.8 * f),
                    area.y() + area.height() * (0.2 + 0.6 * Math.sin(f * Math.PI))));
            measure("zoom 100 % -> 8 % -> 100 %", report, f -> c.setZoom(Math.exp(Math.log(0.08) * Math.sin(f * Math.PI))));
            onFx(c::fitToWindow);
            measure("pan with all in view (fit)", report, f -> c.centreOn(area.centerX() + 40 * Math.sin(f * 40), area.centerY()));
            measure("nothing changes (idle pulses)", report, f -> { });
        }
        Platform.exit();
        System.exit(0);
    }

    /** Runs {@code step} on every pulse for {@link #SECONDS} (its argument going 0 to 1) and reports the time between pulses. */
    private static void measure(String what, boolean report, DoubleConsumer step) throws Exception {
        List<Double> frames = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        long[] cpu = new long[1];
        Platform.runLater(() -> new AnimationTimer() {
            private long start = -1;
            private long last = -1;

            @Override
            public void handle(long now) {
                if (start < 0) {
                    start = now;
                    cpu[0] = cpuOf("JavaFX Application Thread") + cpuOf("QuantumRenderer");
                } else {
                    frames.add((now - last) / 1e6);
                }
                last = now;
                double f = (now - start) / (SECONDS * 1e9);
                if (f >= 1) {
                    stop();
                    cpu[0] = cpuOf("JavaFX Application Thread") + cpuOf("QuantumRenderer") - cpu[0];
                    done.countDown();
                    return;
                }
                step.accept(f);
            }
        }.start());
        done.await((long) (SECONDS * 10 + 30), TimeUnit.SECONDS);
        if (!report || frames.isEmpty()) {
            return;
        }
        double[] s = frames.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("%-30s %5d frames  median %6.1f ms  p90 %6.1f ms  p99 %6.1f ms  mean %6.1f ms;"
                        + " CPU per frame (UI + render threads) %5.1f ms%n",
                what, s.length, s[s.length / 2], s[(int) (s.length * 0.9)], s[(int) (s.length * 0.99)],
                Arrays.stream(s).average().orElse(0), cpu[0] / 1e6 / s.length);
    }

    private static void onFx(Runnable r) throws InterruptedException {
        CountDownLatch latch = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                latch.countDown();
            }
        });
        latch.await();
    }

    /** CPU time of the threads whose name starts with {@code prefix}, in ns. */
    private static long cpuOf(String prefix) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith(prefix)) {
                sum += Math.max(0, mx.getThreadCpuTime(t.getId()));
            }
        }
        return sum;
    }
}
