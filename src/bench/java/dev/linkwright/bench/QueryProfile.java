package dev.linkwright.bench;

import dev.linkwright.analysis.ReachabilityAnalyzer;
import dev.linkwright.analysis.ReachabilityQuery;
import dev.linkwright.analysis.Trace;
import dev.linkwright.generate.Scale;
import dev.linkwright.generate.SyntheticOrganisation;
import dev.linkwright.model.Design;
import java.util.ArrayList;
import java.util.List;

/** Times each workload query on its own and prints the slowest, to find what a long tail is made of. */
public final class QueryProfile {

    private QueryProfile() {
    }

    public static void main(String[] args) {
        double factor = args.length > 0 ? Double.parseDouble(args[0]) : 1.0;
        Scale s = Scale.full().times(factor);
        Design design = SyntheticOrganisation.generate(s);
        ReachabilityAnalyzer analyzer = new ReachabilityAnalyzer(design.topology());
        int distinct = args.length > 1 ? Integer.parseInt(args[1]) : 4096;
        List<ReachabilityQuery> queries = new ArrayList<>();
        List<ReachabilityQuery> pool = Workload.queries(design, s, distinct, 7);
        while (queries.size() < 4096) {
            queries.addAll(pool);
        }
        for (int warm = 0; warm < 5; warm++) {
            queries.forEach(analyzer::analyze);
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        List<long[]> times = new ArrayList<>();
        long[] cpu = new long[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            analyzer.analyze(queries.get(i));
            times.add(new long[] {System.nanoTime() - t0, i});
            cpu[i] = threads.getCurrentThreadCpuTime() - c0;
        }
        com.sun.management.ThreadMXBean alloc = (com.sun.management.ThreadMXBean) threads;
        long a0 = alloc.getThreadAllocatedBytes(Thread.currentThread().getId());
        queries.forEach(analyzer::analyze);
        long bytes = alloc.getThreadAllocatedBytes(Thread.currentThread().getId()) - a0;
        System.out.printf("allocated per query: %d KB%n", bytes / queries.size() / 1024);
        java.util.Arrays.sort(cpu);
        System.out.printf("thread CPU time per query: median %d us, p99 %d us, max %d us%n", cpu[cpu.length / 2] / 1000,
                cpu[(int) (cpu.length * 0.99)] / 1000, cpu[cpu.length - 1] / 1000);
        times.sort((a, b) -> Long.compare(b[0], a[0]));
        for (int k = 0; k < 15; k++) {
            ReachabilityQuery q = queries.get((int) times.get(k)[1]);
            Trace t = analyzer.analyze(q);
            System.out.printf("%8d us %s -> %s %s %s%n", times.get(k)[0] / 1000, q.source(), q.destination(), t.verdict(),
                    t.blockedAt() == null ? "" : t.blockedAt().code());
        }
        long[] sorted = times.stream().mapToLong(a -> a[0]).sorted().toArray();
        System.out.printf("median %d us, p99 %d us%n", sorted[sorted.length / 2] / 1000, sorted[(int) (sorted.length * 0.99)] / 1000);
    }
}
