package dev.linkwright.bench;

import dev.linkwright.app.LinkwrightApp;
import dev.linkwright.model.Design;
import dev.linkwright.ui.common.FxDialogService;
import dev.linkwright.ui.common.RecentFiles;
import dev.linkwright.ui.main.MainWindowViewModel;
import dev.linkwright.ui.simulation.Simulator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Frame time of live traffic: the main window on a design of about 2,000 elements, live mode on with
 * enough flows for about 200 packets in flight, pulses unthrottled
 * ({@code -Djavafx.animation.fullspeed=true}) so that the time between two frames is what one frame
 * costs (scene update, CSS, layout and rendering). Run it under a display with the software
 * pipeline ({@code -Dprism.order=sw}; on Monocle headless also {@code -Dheadless.geometry=1600x1000-32}); see docs/performance.md. Not a test.
 */
public final class SimulatorFrameBenchmark {

    private SimulatorFrameBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int flows = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        Design design = SimulatorBenchmark.designWithFlows(flows);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Simulator[] simulator = new Simulator[1];
        CountDownLatch open = new CountDownLatch(1);
        Platform.runLater(() -> {
            dev.linkwright.ui.common.Theme.LIGHT.apply();
            Stage stage = new Stage();
            MainWindowViewModel model = new MainWindowViewModel(new FxDialogService(() -> stage),
                    new RecentFiles(RecentFiles.inMemory()), "bench");
            LinkwrightApp.MainWindow w = LinkwrightApp.open(stage, model);
            stage.setWidth(1600);
            stage.setHeight(1000);
            stage.show();
            model.openUnsaved(design, "Synthetic organisation", "");
            simulator[0] = w.view().simulator();
            open.countDown();
        });
        open.await();
        waitFor(() -> simulator[0].model().rows().size() == flows && simulator[0].model().rows().get(0).result() != null, 60);
        System.out.printf("design: %,d elements, %d flows, %d reachable%n", design.topology().size(), flows,
                simulator[0].model().rows().stream().filter(r -> r.result().reachable()).count());

        double[] idle = measure(seconds / 2, simulator[0], false);
        report("live traffic off", idle, simulator[0]);
        double[] live = measure(seconds, simulator[0], true);
        report("live traffic on ", live, simulator[0]);
        Platform.exit();
        System.exit(0);
    }

    private static double[] measure(double seconds, Simulator sim, boolean liveOn) throws Exception {
        List<Double> frames = new ArrayList<>();
        List<Integer> packets = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            sim.model().liveTrafficProperty().set(liveOn);
            if (liveOn && System.getProperty("bench.hideLayer") != null) {
                sim.layer().setOpacity(0);
            }
            new AnimationTimer() {
                private long last = -1;
                private long start = -1;

                @Override
                public void handle(long now) {
                    if (start < 0) {
                        start = now;
                    } else if (now - start > 1_000_000_000L) { // one second to settle
                        frames.add((now - last) / 1e6);
                        packets.add(sim.layer().livePacketCount());
                    }
                    last = now;
                    if (now - start > (long) ((seconds + 1) * 1e9)) {
                        stop();
                        done.countDown();
                    }
                }
            }.start();
        });
        long fx0 = cpuOf("JavaFX Application Thread");
        long render0 = cpuOf("QuantumRenderer");
        done.await(5 + (long) seconds * 3, TimeUnit.SECONDS);
        cpuPerFrame = frames.isEmpty() ? 0 : (cpuOf("JavaFX Application Thread") - fx0 + cpuOf("QuantumRenderer") - render0) / 1e6 / frames.size();
        double[] v = frames.stream().mapToDouble(Double::doubleValue).toArray();
        lastPackets = packets.stream().mapToInt(Integer::intValue).average().orElse(0);
        return v;
    }

    private static double lastPackets;
    private static double cpuPerFrame;

    /** CPU time of the threads whose name starts with {@code prefix}, in ns. */
    private static long cpuOf(String prefix) {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith(prefix)) {
                long c = mx.getThreadCpuTime(t.getId());
                sum += Math.max(0, c);
            }
        }
        return sum;
    }

    private static void report(String what, double[] v, Simulator sim) {
        double[] s = v.clone();
        Arrays.sort(s);
        if (s.length == 0) {
            System.out.println(what + ": no frames");
            return;
        }
        System.out.printf("%s: %d frames, median %.1f ms, p95 %.1f ms, p99 %.1f ms, mean %.1f ms; %.0f packets in flight on average;"
                + " CPU per frame (UI + render threads) %.1f ms%n",
                what, s.length, s[s.length / 2], s[(int) (s.length * 0.95)], s[(int) (s.length * 0.99)],
                Arrays.stream(s).average().orElse(0), lastPackets, cpuPerFrame);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, int seconds) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(50);
        }
    }
}
