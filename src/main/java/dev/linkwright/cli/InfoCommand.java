package dev.linkwright.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linkwright.model.Account;
import dev.linkwright.model.Cidr;
import dev.linkwright.model.Design;
import dev.linkwright.model.Element;
import dev.linkwright.model.ElementKind;
import dev.linkwright.model.OnPremisesNetwork;
import dev.linkwright.model.Region;
import dev.linkwright.model.Topology;
import dev.linkwright.model.Vpc;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code info <topology> [--json]}: what a design holds. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Summarise a design: element counts per kind, accounts, Regions and VPCs with their CIDR blocks.")
public final class InfoCommand implements Callable<Integer> {

    @Parameters(paramLabel = "<topology>", description = "A design file (.json), a scenario file entry (file.json#ID), or a folder of AWS API JSON.")
    Path file;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Design design = DesignArgument.load(file, spec.commandLine().getErr());
        if (design == null) {
            return LinkwrightCli.BAD_INPUT;
        }
        Topology t = design.topology();
        Map<ElementKind, Integer> counts = new EnumMap<>(ElementKind.class);
        for (Element e : t.elements()) {
            counts.merge(e.kind(), 1, Integer::sum);
        }
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(asJson(design, counts)));
        } else {
            printText(out, design, counts);
        }
        return LinkwrightCli.OK;
    }

    private void printText(PrintWriter out, Design design, Map<ElementKind, Integer> counts) {
        Topology t = design.topology();
        out.println(design.title().isEmpty() ? file.getFileName().toString() : design.title());
        out.println(t.size() + " elements");
        counts.forEach((k, n) -> out.printf("  %-28s %d%n", k.label(), n));
        for (Account a : t.all(Account.class)) {
            out.println("Account " + a.id() + (a.name().isEmpty() ? "" : " (" + a.name() + ")"));
            for (Element r : t.children(a.id())) {
                if (r instanceof Region region) {
                    out.println("  Region " + region.code());
                    for (Element v : t.children(region.id())) {
                        if (v instanceof Vpc vpc) {
                            out.println("    VPC " + vpc.id() + (vpc.name().isEmpty() ? "" : " (" + vpc.name() + ")") + "  "
                                    + vpc.cidrBlocks().stream().map(Cidr::toString).collect(Collectors.joining(", ")));
                        }
                    }
                }
            }
        }
        for (OnPremisesNetwork n : t.all(OnPremisesNetwork.class)) {
            out.println("On-premises " + n.id() + (n.name().isEmpty() ? "" : " (" + n.name() + ")") + "  "
                    + n.cidrs().stream().map(Cidr::toString).collect(Collectors.joining(", ")));
        }
    }

    private ObjectNode asJson(Design design, Map<ElementKind, Integer> counts) {
        Topology t = design.topology();
        ObjectMapper m = new ObjectMapper();
        ObjectNode root = m.createObjectNode();
        root.put("file", file.toString());
        root.put("title", design.title());
        root.put("elements", t.size());
        ObjectNode c = root.putObject("counts");
        counts.forEach((k, n) -> c.put(k.wire(), n));
        ArrayNode accounts = root.putArray("accounts");
        for (Account a : t.all(Account.class)) {
            ObjectNode ao = accounts.addObject();
            ao.put("id", a.id().value());
            ao.put("name", a.name());
            ArrayNode regions = ao.putArray("regions");
            for (Element r : t.children(a.id())) {
                if (r instanceof Region region) {
                    ObjectNode ro = regions.addObject();
                    ro.put("code", region.code());
                    ArrayNode vpcs = ro.putArray("vpcs");
                    for (Element v : t.children(region.id())) {
                        if (v instanceof Vpc vpc) {
                            ObjectNode vo = vpcs.addObject();
                            vo.put("id", vpc.id().value());
                            vo.put("name", vpc.name());
                            ArrayNode cidrs = vo.putArray("cidrs");
                            vpc.cidrBlocks().forEach(b -> cidrs.add(b.toString()));
                        }
                    }
                }
            }
        }
        ArrayNode onPrem = root.putArray("onPremises");
        for (OnPremisesNetwork n : t.all(OnPremisesNetwork.class)) {
            ObjectNode no = onPrem.addObject();
            no.put("id", n.id().value());
            no.put("name", n.name());
            ArrayNode cidrs = no.putArray("cidrs");
            n.cidrs().forEach(b -> cidrs.add(b.toString()));
        }
        return root;
    }
}
