package dev.linkwright.io.aws.bench;

import dev.linkwright.io.aws.AwsSnapshotImporter;
import dev.linkwright.io.aws.ImportedSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Times the AWS snapshot import (not a test: run by hand, see {@code docs/performance.md}):
 * the largest snapshot of the shared corpus, and a generated folder of 10,000 subnets
 * ({@link AwsSnapshotGenerator}: 100 accounts x 10 VPCs x 10 subnets, one instance per subnet).
 * Prints the first (cold JVM) import and the median of the following runs, each as wall time, CPU
 * time of the importing thread and CPU time of the whole JVM (garbage collection and JIT
 * included), then the retained heap of the result and the peak heap during the first import. On a
 * shared machine the wall time depends on the load; the CPU times much less.
 *
 * <pre>
 * mvn -q -B -DskipTests package &amp;&amp; mvn -q -B test-compile
 * java -Xmx1g -cp target/linkwright.jar:target/test-classes dev.linkwright.io.aws.bench.AwsImportBenchmark [shared-folder] [runs]
 * </pre>
 */
public final class AwsImportBenchmark {

    private AwsImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        System.out.printf("java %s, %d cores, max heap %d MB, load average %.1f%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Path largest = largestSnapshot(shared.resolve("aws-snapshots"));
        measure("largest corpus snapshot " + shared.resolve("aws-snapshots").relativize(largest), largest, runs);
        Path generated = Files.createTempDirectory("linkwright-aws-bench");
        AwsSnapshotGenerator generator = new AwsSnapshotGenerator(100, 10, 10);
        generator.write(generated);
        System.out.printf("generated %,d subnets in %s (%s of JSON)%n", generator.subnets(), generated, megabytes(size(generated)));
        try {
            measure("generated " + generator.subnets() + "-subnet snapshot", generated, runs);
        } finally {
            deleteTree(generated);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void measure(String what, Path folder, int runs) throws Exception {
        System.out.println("== " + what);
        resetPeaks();
        long start = System.nanoTime();
        long startThread = threadCpuTime();
        long startProcess = processCpuTime();
        ImportedSnapshot first = new AwsSnapshotImporter().importFolder(folder);
        long cold = System.nanoTime() - start;
        long coldThread = threadCpuTime() - startThread;
        long coldProcess = processCpuTime() - startProcess;
        long peak = peakHeap();
        List<Long> times = new ArrayList<>();
        List<Long> threadCpu = new ArrayList<>();
        List<Long> processCpu = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            long c = threadCpuTime();
            long p = processCpuTime();
            new AwsSnapshotImporter().importFolder(folder);
            times.add(System.nanoTime() - t);
            threadCpu.add(threadCpuTime() - c);
            processCpu.add(processCpuTime() - p);
        }
        times.sort(Comparator.naturalOrder());
        threadCpu.sort(Comparator.naturalOrder());
        processCpu.sort(Comparator.naturalOrder());
        System.gc();
        long before = usedHeap();
        ImportedSnapshot kept = new AwsSnapshotImporter().importFolder(folder);
        System.gc();
        long retained = usedHeap() - before;
        System.out.printf("  %,d files, %,d elements%n", first.report().kinds().stream().mapToInt(k -> k.files()).sum(),
                kept.design().topology().size());
        System.out.printf("  first import (cold JVM): wall %,d ms, importing thread CPU %,d ms, process CPU %,d ms%n",
                cold / 1_000_000, coldThread / 1_000_000, coldProcess / 1_000_000);
        System.out.printf("  next %d imports, median: wall %,d ms (min %,d, max %,d), importing thread CPU %,d ms, process CPU %,d ms%n",
                runs, median(times), times.get(0) / 1_000_000, times.get(times.size() - 1) / 1_000_000, median(threadCpu),
                median(processCpu));
        System.out.printf("  heap: design retained %s; peak during the first import %s%n", megabytes(retained), megabytes(peak));
    }

    private static Path largestSnapshot(Path corpus) throws IOException {
        try (Stream<Path> walk = Files.walk(corpus)) {
            return walk.filter(p -> Files.isDirectory(p) && p.getFileName().toString().equals("aws_configs"))
                    .max(Comparator.comparingLong(AwsImportBenchmark::size)).orElseThrow().getParent();
        }
    }

    private static long size(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long median(List<Long> sorted) {
        return sorted.get(sorted.size() / 2) / 1_000_000;
    }

    /** CPU time of the importing thread, in nanoseconds. */
    private static long threadCpuTime() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** CPU time of the whole JVM (garbage collection and JIT included), in nanoseconds. */
    private static long processCpuTime() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static String megabytes(long bytes) {
        return String.format("%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
