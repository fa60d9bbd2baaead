package dev.linkwright.bench;

import dev.linkwright.analysis.ReachabilityAnalyzer;
import dev.linkwright.generate.Scale;
import dev.linkwright.generate.SyntheticOrganisation;
import dev.linkwright.model.Design;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** JMH: building the analyzer (all its indexes) from a topology already in memory. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AnalyzerBuildBenchmark {

    @Param({"0.1", "1.0"})
    public double scale;

    private Design design;

    @Setup(Level.Trial)
    public void setUp() {
        design = SyntheticOrganisation.generate(Scale.full().times(scale));
    }

    @Benchmark
    public ReachabilityAnalyzer build() {
        return new ReachabilityAnalyzer(design.topology());
    }
}
