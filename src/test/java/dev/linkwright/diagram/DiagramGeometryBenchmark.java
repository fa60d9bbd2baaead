package dev.linkwright.diagram;

import dev.linkwright.model.Design;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * How the automatic layout's cost grows with the design (a benchmark, not a test: timings belong
 * here, not in {@code mvn verify}). Run with
 * {@code mvn -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.linkwright.diagram.DiagramGeometryBenchmark}.
 */
public final class DiagramGeometryBenchmark {

    private DiagramGeometryBenchmark() {
    }

    public static void main(String[] args) {
        Design small = LargeDesigns.hubAndSpoke(2, 10, 3, 2, 4);
        Design large = LargeDesigns.hubAndSpoke(8, 10, 3, 2, 4);
        for (int i = 0; i < 20; i++) {
            geometry(small);
            geometry(large);
        }
        long smallNanos = best(small);
        long largeNanos = best(large);
        System.out.printf("geometry: %d elements %.2f ms CPU, %d elements %.2f ms CPU (x%.1f time for x%.1f elements)%n",
                small.topology().size(), smallNanos / 1e6, large.topology().size(), largeNanos / 1e6,
                (double) largeNanos / smallNanos, (double) large.topology().size() / small.topology().size());
    }

    private static DiagramGeometry geometry(Design d) {
        return DiagramGeometry.compute(d.topology(), d.layout());
    }

    /** The best of ten runs in CPU time of this thread (wall time varies with the machine's load). */
    private static long best(Design d) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            long start = cpu.getCurrentThreadCpuTime();
            geometry(d);
            best = Math.min(best, cpu.getCurrentThreadCpuTime() - start);
        }
        return best;
    }
}
