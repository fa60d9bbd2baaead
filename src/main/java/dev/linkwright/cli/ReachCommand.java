package dev.linkwright.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.linkwright.analysis.QueryException;
import dev.linkwright.analysis.ReachabilityAnalyzer;
import dev.linkwright.analysis.ReachabilityQuery;
import dev.linkwright.analysis.Trace;
import dev.linkwright.model.Design;
import dev.linkwright.model.Ipv4Address;
import dev.linkwright.model.Protocol;
import dev.linkwright.model.RulesProfile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code reach <topology> --from <ref> --to <ref> [--protocol ...] [--port N] [--src-port N]
 * [--src-ip A.B.C.D] [--profile current|legacy-2020] [--json]}: can the source reach the
 * destination, hop by hop, forward and return. Exit 0 reachable, 1 blocked, 2 bad input.
 */
@Command(name = "reach", mixinStandardHelpOptions = true,
        description = "Can <from> reach <to>? Traces the packet hop by hop, forward and return, and names the first blocking"
                + " component with its reason code. Exit 0 reachable, 1 blocked, 2 bad input.")
public final class ReachCommand implements Callable<Integer> {

    @Parameters(paramLabel = "<topology>", description = "A design file (.json).")
    Path file;

    @Option(names = "--from", required = true, paramLabel = "<ref>",
            description = "Source: an element id (instance, network interface, load balancer, NAT gateway, on-premises network or"
                    + " host, internet host), an IPv4 address or 'internet'.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "<ref>",
            description = "Destination: an element id (instance, network interface, interface endpoint, load balancer, on-premises"
                    + " network or host, internet host, AWS service), an IPv4 address, a DNS name or 'internet'.")
    String to;

    @Option(names = "--protocol", paramLabel = "tcp|udp|icmp|all", description = "Protocol (default tcp).")
    String protocol = "tcp";

    @Option(names = "--port", paramLabel = "N", description = "Destination port (required for tcp and udp).")
    Integer port;

    @Option(names = "--src-port", paramLabel = "N", description = "The client's source port (default 40000).")
    Integer srcPort;

    @Option(names = "--src-ip", paramLabel = "A.B.C.D", description = "Source address, when the source has several or none.")
    String srcIp;

    @Option(names = "--profile", paramLabel = "current|legacy-2020", description = "Rules profile (default current).")
    String profile = "current";

    @Option(names = "--respect-target-health", description = "Load balancers use healthy targets only (default: health ignored,"
            + " like Reachability Analyzer).")
    boolean respectHealth;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReachabilityQuery query;
        try {
            query = query();
        } catch (IllegalArgumentException e) {
            err.println("linkwright reach: " + e.getMessage());
            return LinkwrightCli.BAD_INPUT;
        }
        Design design = DesignArgument.load(file, err);
        if (design == null) {
            return LinkwrightCli.BAD_INPUT;
        }
        Trace trace;
        try {
            trace = new ReachabilityAnalyzer(design.topology()).analyze(query);
        } catch (QueryException e) {
            err.println("linkwright reach: " + e.getMessage());
            return LinkwrightCli.BAD_INPUT;
        }
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(TraceJson.toJson(trace)));
        } else {
            TraceText.print(trace, out);
        }
        return trace.isReachable() ? LinkwrightCli.OK : LinkwrightCli.NEGATIVE;
    }

    private ReachabilityQuery query() {
        Protocol proto = Protocol.parse(protocol);
        RulesProfile rules = RulesProfile.parse(profile);
        Ipv4Address ip = srcIp == null ? null : Ipv4Address.parse(srcIp);
        int sport = srcPort == null ? ReachabilityQuery.DEFAULT_SOURCE_PORT : srcPort;
        Integer dport = proto.hasPorts() ? port : null;
        if (proto.hasPorts() && port == null) {
            throw new IllegalArgumentException("--port is required for " + proto.label() + " (like --port 443)");
        }
        return new ReachabilityQuery(from, to, proto, dport, sport, ip, rules, respectHealth);
    }
}
