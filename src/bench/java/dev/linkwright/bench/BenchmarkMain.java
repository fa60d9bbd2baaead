package dev.linkwright.bench;

import dev.linkwright.analysis.ReachabilityAnalyzer;
import dev.linkwright.analysis.ReachabilityQuery;
import dev.linkwright.analysis.Trace;
import dev.linkwright.generate.Scale;
import dev.linkwright.generate.SyntheticOrganisation;
import dev.linkwright.model.Design;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs the reachability benchmarks and prints the figures {@code docs/performance.md} publishes:
 * analysis build time, single-query median and p99 at 1/10 and full size, their ratio, heap.
 *
 * <p>{@code mvn -B -P benchmark test-compile exec:exec}; with the argument {@code --no-jmh} only the
 * in-process figures (heap, CPU time per query) are measured.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        StringBuilder report = new StringBuilder();
        heap(report);
        workloadMix(report);
        cpuTimes(report);
        if (args.length > 0 && args[0].equals("--no-jmh")) {
            System.out.println(report);
            return;
        }
        Options opts = new OptionsBuilder()
                .include(ReachabilityBenchmark.class.getSimpleName())
                .include(AnalyzerBuildBenchmark.class.getSimpleName())
                .forks(1).jvmArgs("-Xmx2g")
                .warmupIterations(3).warmupTime(TimeValue.seconds(2))
                .measurementIterations(5).measurementTime(TimeValue.seconds(2))
                .build();
        Collection<RunResult> results = new Runner(opts).run();
        report.append("\n| benchmark | scale | figure |\n|---|---|---|\n");
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark().replaceAll(".*\\.", "");
            String scale = r.getParams().getParam("scale");
            Statistics st = r.getPrimaryResult().getStatistics();
            String unit = r.getPrimaryResult().getScoreUnit();
            if (name.equals("query")) {
                report.append(String.format("| query | %s | median %.1f, p99 %.1f, p99.9 %.1f, mean %.1f %s (%d samples) |%n", scale,
                        st.getPercentile(50), st.getPercentile(99), st.getPercentile(99.9), st.getMean(), unit, st.getN()));
            } else {
                report.append(String.format("| analyzer build | %s | mean %.0f %s, min %.0f, max %.0f (%d builds) |%n", scale, st.getMean(), unit,
                        st.getMin(), st.getMax(), st.getN()));
            }
        }
        System.out.println();
        System.out.println(report);
        Path out = Path.of("target", "benchmark-reachability.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
        System.out.println("written to " + out);
    }

    /** Heap after full GC: the full-size design alone, then with its analyzer. */
    private static void heap(StringBuilder report) {
        long base = used();
        Design design = SyntheticOrganisation.generate(Scale.full());
        long withDesign = used();
        long start = System.nanoTime();
        ReachabilityAnalyzer analyzer = new ReachabilityAnalyzer(design.topology());
        long buildMs = (System.nanoTime() - start) / 1_000_000;
        long withAnalyzer = used();
        report.append(String.format("full size: %d elements; cold analyzer build %d ms (first build in a fresh JVM)%n",
                design.topology().size(), buildMs));
        report.append(String.format("heap after GC: JVM baseline %d MB, + design %d MB, + analyzer %d MB, total %d MB%n", mb(base),
                mb(withDesign - base), mb(withAnalyzer - withDesign), mb(withAnalyzer)));
        if (analyzer.hashCode() == 0) {
            System.out.println();
        }
    }

    /** How many of the workload's queries are reachable: the mix exercises real paths, not early failures. */
    private static void workloadMix(StringBuilder report) {
        Scale s = Scale.full().times(0.1);
        Design design = SyntheticOrganisation.generate(s);
        ReachabilityAnalyzer analyzer = new ReachabilityAnalyzer(design.topology());
        List<ReachabilityQuery> queries = Workload.queries(design, s, 1000, 7);
        int reachable = 0;
        int hops = 0;
        for (ReachabilityQuery q : queries) {
            Trace t = analyzer.analyze(q);
            reachable += t.isReachable() ? 1 : 0;
            hops += t.forward().size() + t.returnPath().size();
        }
        report.append(String.format("workload: %d of %d queries reachable, %.1f hops per trace on average%n", reachable, queries.size(),
                hops / (double) queries.size()));
    }

    /**
     * Thread CPU time per query (excludes time the thread waits for a core, which dominates wall
     * clock percentiles on a shared machine), both sizes measured in alternation, five rounds.
     */
    private static void cpuTimes(StringBuilder report) {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] factors = {0.1, 1.0};
        ReachabilityAnalyzer[] analyzers = new ReachabilityAnalyzer[2];
        List<List<ReachabilityQuery>> workloads = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Scale s = Scale.full().times(factors[i]);
            Design d = SyntheticOrganisation.generate(s);
            analyzers[i] = new ReachabilityAnalyzer(d.topology());
            workloads.add(Workload.queries(d, s, 4096, 7));
            for (int warm = 0; warm < 5; warm++) {
                workloads.get(i).forEach(analyzers[i]::analyze);
            }
        }
        long[][] medians = new long[2][5];
        long[][] p99 = new long[2][5];
        for (int round = 0; round < 5; round++) {
            for (int i = 0; i < 2; i++) {
                List<ReachabilityQuery> qs = workloads.get(i);
                long[] cpu = new long[qs.size()];
                for (int k = 0; k < qs.size(); k++) {
                    long c0 = threads.getCurrentThreadCpuTime();
                    analyzers[i].analyze(qs.get(k));
                    cpu[k] = threads.getCurrentThreadCpuTime() - c0;
                }
                java.util.Arrays.sort(cpu);
                medians[i][round] = cpu[cpu.length / 2];
                p99[i][round] = cpu[(int) (cpu.length * 0.99)];
            }
        }
        for (int i = 0; i < 2; i++) {
            java.util.Arrays.sort(medians[i]);
            java.util.Arrays.sort(p99[i]);
            report.append(String.format("thread CPU per query at scale %.1f: median %.1f us, p99 %.1f us (middle of 5 alternating rounds)%n",
                    factors[i], medians[i][2] / 1000.0, p99[i][2] / 1000.0));
        }
        report.append(String.format("full size / 1/10 size, median CPU per query: %.2f%n", medians[1][2] / (double) medians[0][2]));
    }

    private static long used() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long mb(long bytes) {
        return bytes / (1024 * 1024);
    }
}
