package dev.linkwright.validation;

import dev.linkwright.command.CommandStack;
import dev.linkwright.command.Edits;
import dev.linkwright.model.Cidr;
import dev.linkwright.model.Design;
import dev.linkwright.model.DiagramLayout;
import dev.linkwright.model.RulesProfile;
import dev.linkwright.model.Subnet;
import dev.linkwright.model.Topology;
import dev.linkwright.ui.panel.findings.LiveValidation;
import dev.linkwright.validation.rules.StandardRules;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * What live validation costs the editing thread on the generated 1,000-VPC organisation: the time
 * an edit takes with and without live validation listening, what a full snapshot per edit would
 * cost instead, and how long after an edit its findings arrive. Not a test; run with
 *
 * <pre>
 * mvn -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.linkwright.validation.LiveValidationBenchmark
 * </pre>
 */
public final class LiveValidationBenchmark {

    private LiveValidationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int vpcs = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Topology t = GeneratedOrganisation.generate(vpcs);
        Design design = new Design(t, new DiagramLayout(), "generated", "");
        CommandStack stack = new CommandStack(design);
        List<Subnet> subnets = t.all(Subnet.class);
        System.out.printf("%d VPCs, %d elements%n", vpcs, t.size());

        List<Double> plain = edits(stack, subnets, 400);
        List<Double> snapshots = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long s = System.nanoTime();
            t.snapshot();
            snapshots.add((System.nanoTime() - s) / 1e6);
        }

        BlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();
        try (LiveValidation live = new LiveValidation(StandardRules.validator(), ui::add, Duration.ofMillis(120))) {
            List<LiveValidation.Result> results = new ArrayList<>();
            live.setListener(results::add);
            long s = System.nanoTime();
            live.attach(t, RulesProfile.CURRENT);
            double attach = (System.nanoTime() - s) / 1e6;
            awaitResult(ui, results, 1);
            System.out.printf("attach (one snapshot on the UI thread): %.1f ms; first full validation %.0f ms on the validation thread%n",
                    attach, results.get(0).millis());

            List<Double> withLive = edits(stack, subnets, 400);
            // let the burst settle, then measure single edits: edit -> current findings on the UI thread
            drainUntilCurrent(ui, results, live);
            List<Double> latency = new ArrayList<>();
            List<Double> validation = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                int before = results.size();
                long start = System.nanoTime();
                edit(stack, subnets, i);
                awaitResult(ui, results, before + 1);
                latency.add((System.nanoTime() - start) / 1e6);
                validation.add(results.get(results.size() - 1).millis());
            }
            System.out.printf("an edit on the UI thread, median (p95): without live validation %.3f (%.3f) ms, with it %.3f (%.3f) ms%n",
                    median(plain), p95(plain), median(withLive), p95(withLive));
            System.out.printf("a full Topology.snapshot() instead, median (p95): %.1f (%.1f) ms%n", median(snapshots), p95(snapshots));
            System.out.printf("edit to findings on screen, median (p95): %.0f (%.0f) ms, of which the 120 ms pause and %.1f ms validation%n",
                    median(latency), p95(latency), median(validation));
            System.out.printf("results dropped as stale during the burst of 400 edits: %d%n", live.droppedResults());
        }
    }

    /** Changes the CIDR block of subnets one after another (host bits on and off). */
    private static List<Double> edits(CommandStack stack, List<Subnet> subnets, int n) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long s = System.nanoTime();
            edit(stack, subnets, i);
            times.add((System.nanoTime() - s) / 1e6);
        }
        return times.subList(n / 4, n);
    }

    private static void edit(CommandStack stack, List<Subnet> subnets, int i) {
        Subnet sub = (Subnet) stack.design().topology().get(subnets.get((i * 7919) % subnets.size()).id());
        Cidr c = sub.cidr();
        Cidr next = new Cidr(new dev.linkwright.model.Ipv4Address(c.address().bits() ^ 1), c.prefixLength());
        stack.execute(Edits.change(new Subnet(sub.id(), sub.name(), sub.parent(), next, sub.ipv6Cidr(), sub.routeTable(),
                sub.networkAcl()), "CIDR block"));
    }

    private static void awaitResult(BlockingQueue<Runnable> ui, List<LiveValidation.Result> results, int count) throws InterruptedException {
        while (results.size() < count) {
            Runnable r = ui.poll(60, TimeUnit.SECONDS);
            if (r == null) {
                throw new IllegalStateException("no result within a minute");
            }
            r.run();
        }
    }

    private static void drainUntilCurrent(BlockingQueue<Runnable> ui, List<LiveValidation.Result> results, LiveValidation live)
            throws InterruptedException {
        while (results.isEmpty() || results.get(results.size() - 1).revision() != live.revision()) {
            Runnable r = ui.poll(60, TimeUnit.SECONDS);
            if (r == null) {
                throw new IllegalStateException("no result within a minute");
            }
            r.run();
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static double p95(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get((int) Math.min(sorted.size() - 1, Math.round(sorted.size() * 0.95)));
    }
}
