package dev.linkwright.validation;

import dev.linkwright.model.RulesProfile;
import dev.linkwright.model.Topology;
import dev.linkwright.model.TopologyChange;
import dev.linkwright.validation.rules.StandardRules;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Validation speed on a generated 1,000-VPC organisation: full validation, the first indexed run of
 * incremental validation, and re-validation after single edits. Not a test; run with
 *
 * <pre>
 * mvn -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.linkwright.validation.ValidationBenchmark
 * </pre>
 *
 * (optional argument: the number of VPCs, default 1000).
 */
public final class ValidationBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ValidationBenchmark() {
    }

    /** Wall-clock and CPU time of one run, in milliseconds. */
    private record Timing(double wall, double cpu) {
    }

    private static Timing time(Runnable r) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        r.run();
        return new Timing((System.nanoTime() - wall) / 1e6, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6);
    }

    public static void main(String[] args) {
        int vpcs = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        long start = System.nanoTime();
        Topology t = GeneratedOrganisation.generate(vpcs);
        System.out.printf("generated %d VPCs, %d elements in %d ms%n", vpcs, t.size(), (System.nanoTime() - start) / 1_000_000);
        Validator validator = StandardRules.validator();

        List<Timing> full = new ArrayList<>();
        ValidationReport[] report = new ValidationReport[1];
        for (int i = 0; i < 14; i++) {
            full.add(time(() -> report[0] = validator.validate(t, RulesProfile.CURRENT)));
        }
        full = full.subList(4, full.size());
        System.out.printf("full validation: %d rules, %d findings (%d errors); wall median %.1f ms (best %.1f), CPU median %.1f ms (best %.1f); 4 warm-up runs%n",
                validator.rules().size(), report[0].findings().size(), report[0].errorCount(), median(wall(full)), min(wall(full)),
                median(cpu(full)), min(cpu(full)));

        if (Boolean.getBoolean("byRule")) {
            byRule(t, validator);
        }
        IncrementalValidator live = new IncrementalValidator(validator, RulesProfile.CURRENT);
        List<Timing> indexed = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            indexed.add(time(() -> live.validateAll(t)));
        }
        indexed = indexed.subList(1, indexed.size());
        System.out.printf("incremental, first (indexed) run: %d checks; wall median %.1f ms, CPU median %.1f ms%n", live.lastRechecked(),
                median(wall(indexed)), median(cpu(indexed)));

        List<TopologyChange> changes = new ArrayList<>();
        t.addListener(changes::add);
        RandomEdits edits = new RandomEdits(t, 42);
        List<Timing> times = new ArrayList<>();
        List<Integer> checks = new ArrayList<>();
        for (int i = 0; i < 1100; i++) {
            changes.clear();
            edits.apply();
            for (TopologyChange change : changes) {
                Timing timing = time(() -> live.update(t, change));
                if (i >= 100) {
                    times.add(timing);
                    checks.add(live.lastRechecked());
                }
            }
        }
        double[] walls = wall(times);
        double[] cpus = cpu(times);
        Arrays.sort(walls);
        Arrays.sort(cpus);
        int[] sortedChecks = checks.stream().mapToInt(Integer::intValue).sorted().toArray();
        System.out.printf("re-validation after one edit (%d edits): wall median %.2f ms, p90 %.2f, p99 %.2f, max %.2f; CPU median %.2f ms, p90 %.2f, p99 %.2f, max %.2f; "
                        + "checks re-run: median %d, max %d%n",
                walls.length, pct(walls, 50), pct(walls, 90), pct(walls, 99), walls[walls.length - 1], pct(cpus, 50), pct(cpus, 90), pct(cpus, 99),
                cpus[cpus.length - 1], sortedChecks[sortedChecks.length / 2], sortedChecks[sortedChecks.length - 1]);
        System.out.printf("findings after the edits: %d%n", live.validateAll(t).findings().size());
        ValidationReport incremental = live.validateAll(t);
        System.out.printf("check: incremental report equals full report after the edits: %s%n",
                incremental.findings().equals(validator.validate(t, RulesProfile.CURRENT).findings()));
    }

    /** Time spent per rule over a few full runs, largest first. */
    private static void byRule(Topology t, Validator validator) {
        long[] nanos = new long[validator.rules().size()];
        for (int run = 0; run < 5; run++) {
            MemoView view = new MemoView(t);
            for (dev.linkwright.model.Element e : t.elements()) {
                for (int i : validator.rulesFor(e)) {
                    long s = System.nanoTime();
                    validator.rules().get(i).check(e, view, RulesProfile.CURRENT);
                    nanos[i] += System.nanoTime() - s;
                }
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < nanos.length; i++) {
            order.add(i);
        }
        order.sort((a, b) -> Long.compare(nanos[b], nanos[a]));
        for (int i : order.subList(0, 15)) {
            System.out.printf("  %-45s %8.1f ms per run%n", validator.rules().get(i).code(), nanos[i] / 5e6);
        }
    }

    private static double[] wall(List<Timing> timings) {
        return timings.stream().mapToDouble(Timing::wall).toArray();
    }

    private static double[] cpu(List<Timing> timings) {
        return timings.stream().mapToDouble(Timing::cpu).toArray();
    }

    private static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(0);
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(sorted.length * p / 100.0))];
    }
}
