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
 * Prints the first (cold) import, the median wall time and CPU time of the following runs, the
 * retained heap of the result and the peak heap during one import. On a shared machine the wall
 * time depends on the load; the CPU time much less.
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
        System.out.printf("java %s, %d cores, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        Path largest = largestSnapshot(shared.resolve("aws-snapshots"));
        measure("largest corpus snapshot " + shared.resolve("aws-snapshots").relativize(largest), largest, runs);
        Path generated = Files.createTempDirectory("linkwright-aws-bench");
        AwsSnapshotGenerator generator = new AwsSnapshotGenerator(100, 10, 10);
        generator.write(generated);
        System.out.printf("generated %,d subnets in %s (%s of JSON)%n", generator.subnets(), generated, megabytes(size(generated)));
        measure("generated " + generator.subnets() + "-subnet snapshot", generated, runs);
    }

    private static void measure(String what, Path folder, int runs) throws Exception {
        System.out.println("== " + what);
        resetPeaks();
        long start = System.nanoTime();
        ImportedSnapshot first = new AwsSnapshotImporter().importFolder(folder);
        long cold = System.nanoTime() - start;
        long peak = peakHeap();
        List<Long> times = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            long c = cpuTime();
            new AwsSnapshotImporter().importFolder(folder);
            times.add(System.nanoTime() - t);
            cpu.add(cpuTime() - c);
        }
        times.sort(Comparator.naturalOrder());
        cpu.sort(Comparator.naturalOrder());
        System.gc();
        long before = usedHeap();
        ImportedSnapshot kept = new AwsSnapshotImporter().importFolder(folder);
        System.gc();
        long retained = usedHeap() - before;
        System.out.printf("  %,d files, %,d elements%n", first.report().kinds().stream().mapToInt(k -> k.files()).sum(),
                kept.design().topology().size());
        System.out.printf("  first import %,d ms; median of %d more %,d ms (min %,d, max %,d)%n", cold / 1_000_000, runs,
                times.get(times.size() / 2) / 1_000_000, times.get(0) / 1_000_000, times.get(times.size() - 1) / 1_000_000);
        System.out.printf("  CPU time (importing thread + garbage collection), median %,d ms%n", cpu.get(cpu.size() / 2) / 1_000_000);
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

    /** CPU time of this thread plus the time all collectors spent, in nanoseconds. */
    private static long cpuTime() {
        long gc = ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> Math.max(0, b.getCollectionTime())).sum();
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() + gc * 1_000_000;
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
