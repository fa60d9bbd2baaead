package dev.linkwright.bench;

import dev.linkwright.analysis.ReachabilityQuery;
import dev.linkwright.analysis.flows.Failures;
import dev.linkwright.analysis.flows.FlowEvaluation;
import dev.linkwright.analysis.flows.FlowEvaluator;
import dev.linkwright.command.CommandStack;
import dev.linkwright.command.Edits;
import dev.linkwright.generate.Scale;
import dev.linkwright.generate.SyntheticOrganisation;
import dev.linkwright.model.Design;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.Flow;
import dev.linkwright.model.FlowIntent;
import dev.linkwright.model.RulesProfile;
import dev.linkwright.model.SecurityGroup;
import dev.linkwright.model.SecurityGroupRule;
import dev.linkwright.model.Topology;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The simulator's re-evaluation figure: after one edit of a design of about 2,000 elements, the time
 * to take a snapshot and trace 100 flows again (what the Flows panel does on its worker thread). Not
 * a test; run it with the test classpath of the {@code benchmark} profile (see docs/performance.md).
 */
public final class SimulatorBenchmark {

    /** About 2,000 elements: 54 VPCs of 10 subnets with 2 instances each, a hub per Region, peerings, PrivateLink, on-ramps. */
    static final Scale TWO_THOUSAND = new Scale(6, 9, 10, 2, 2, 12, 3, 4, true, 42);

    private SimulatorBenchmark() {
    }

    /** The design of about 2,000 elements with {@code count} flows of the reachability workload. */
    static Design designWithFlows(int count) {
        Design d = SyntheticOrganisation.generate(TWO_THOUSAND);
        List<ReachabilityQuery> queries = Workload.queries(d, TWO_THOUSAND, count, 7);
        for (int i = 0; i < queries.size(); i++) {
            ReachabilityQuery q = queries.get(i);
            d.putFlow(new Flow(ElementId.of("flow-" + (i + 1)), "", q.source(), q.destination(), q.protocol(), q.destinationPort(),
                    q.sourcePort(), FlowIntent.NONE), -1);
        }
        return d;
    }

    public static void main(String[] args) {
        int flows = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Design d = designWithFlows(flows);
        CommandStack stack = new CommandStack(d);
        List<SecurityGroup> groups = d.topology().all(SecurityGroup.class);
        System.out.printf("design: %,d elements, %d flows, %d security groups%n", d.topology().size(), d.flows().size(), groups.size());

        long coldStart = System.nanoTime();
        FlowEvaluation first = FlowEvaluator.evaluate(d.topology().snapshot(), d.flows(), RulesProfile.CURRENT, Failures.none());
        double cold = (System.nanoTime() - coldStart) / 1e6;
        System.out.printf("first evaluation (cold JIT): %.1f ms, %d reachable of %d%n", cold, first.reachableCount(), flows);

        double[] snapshot = new double[rounds];
        double[] evaluate = new double[rounds];
        double[] total = new double[rounds];
        double[] cpu = new double[rounds];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < rounds; i++) {
            SecurityGroup g = groups.get(i % groups.size());
            List<SecurityGroupRule> ingress = new ArrayList<>(g.ingress());
            if (i % 2 == 0) {
                ingress.add(SecurityGroupRule.allowCidr(dev.linkwright.model.Protocol.TCP, dev.linkwright.model.PortRange.single(8443),
                        dev.linkwright.model.Cidr.parse("10.255.0.0/16")));
            } else if (!ingress.isEmpty()) {
                ingress.remove(ingress.size() - 1);
            }
            stack.execute(Edits.change(new SecurityGroup(g.id(), g.name(), g.parent(), ingress, g.egress()), "rules"));
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            Topology snap = d.topology().snapshot();
            long t1 = System.nanoTime();
            FlowEvaluation e = FlowEvaluator.evaluate(snap, d.flows(), RulesProfile.CURRENT, Failures.none());
            long t2 = System.nanoTime();
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
            if (e.results().size() != flows) {
                throw new IllegalStateException("lost flows");
            }
            snapshot[i] = (t1 - t0) / 1e6;
            evaluate[i] = (t2 - t1) / 1e6;
            total[i] = (t2 - t0) / 1e6;
        }
        int warm = rounds / 4;
        System.out.printf("after an edit, %d rounds (first %d as warm-up):%n", rounds - warm, warm);
        print("  snapshot", Arrays.copyOfRange(snapshot, warm, rounds));
        print("  analyzer build + 100 traces", Arrays.copyOfRange(evaluate, warm, rounds));
        print("  total (wall clock)", Arrays.copyOfRange(total, warm, rounds));
        print("  total (thread CPU time)", Arrays.copyOfRange(cpu, warm, rounds));
    }

    private static void print(String what, double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        System.out.printf("%s: median %.1f ms, p95 %.1f ms, max %.1f ms%n", what, v[v.length / 2], v[(int) (v.length * 0.95)], v[v.length - 1]);
    }
}
