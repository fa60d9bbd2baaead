package dev.linkwright.bench;

import dev.linkwright.analysis.ReachabilityAnalyzer;
import dev.linkwright.analysis.ReachabilityQuery;
import dev.linkwright.analysis.Trace;
import dev.linkwright.generate.Scale;
import dev.linkwright.generate.SyntheticOrganisation;
import dev.linkwright.model.Design;
import java.util.List;
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

/** JMH: one reachability query at a time on the synthetic organisation, at 1/10 and full size. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReachabilityBenchmark {

    @Param({"0.1", "1.0"})
    public double scale;

    private ReachabilityAnalyzer analyzer;
    private ReachabilityQuery[] queries;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        Scale s = Scale.full().times(scale);
        Design design = SyntheticOrganisation.generate(s);
        analyzer = new ReachabilityAnalyzer(design.topology());
        List<ReachabilityQuery> list = Workload.queries(design, s, 4096, 7);
        queries = list.toArray(new ReachabilityQuery[0]);
    }

    @Benchmark
    public Trace query() {
        ReachabilityQuery q = queries[next];
        next = (next + 1) & (queries.length - 1);
        return analyzer.analyze(q);
    }
}
