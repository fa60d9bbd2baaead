package dev.linkwright.cli;

import dev.linkwright.generate.Scale;
import dev.linkwright.generate.SyntheticOrganisation;
import dev.linkwright.io.DesignWriter;
import dev.linkwright.model.Design;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code generate [--scale F] [--accounts N] [--vpcs-per-account M] ... -o file.json}: writes a
 * synthetic organisation (see {@link SyntheticOrganisation}) for benchmarks and demonstrations.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a synthetic organisation: accounts with VPCs, a transit gateway hub per Region, peerings, endpoint"
                + " services with interface endpoints, VPN and Direct Connect on-ramps. Defaults are the benchmark size (100 accounts,"
                + " 1,000 VPCs, 10,000 subnets, 20,000 instances).")
public final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--scale", paramLabel = "F", description = "Multiply accounts, peerings and endpoint services of the default size by F (e.g. 0.1).")
    Double factor;

    @Option(names = "--accounts", paramLabel = "N", description = "Accounts (default 100).")
    Integer accounts;

    @Option(names = "--vpcs-per-account", paramLabel = "M", description = "VPCs per account (default 10).")
    Integer vpcsPerAccount;

    @Option(names = "--subnets-per-vpc", paramLabel = "K", description = "Subnets per VPC, 2-14 (default 10).")
    Integer subnetsPerVpc;

    @Option(names = "--instances-per-subnet", paramLabel = "K", description = "Instances per subnet (default 2).")
    Integer instancesPerSubnet;

    @Option(names = "--regions", paramLabel = "R", description = "Regions, 1-4, each with its transit gateway hub (default 2).")
    Integer regions;

    @Option(names = "--peerings", paramLabel = "P", description = "VPC peering connections (default 200).")
    Integer peerings;

    @Option(names = "--endpoint-services", paramLabel = "S", description = "Endpoint services (default 50).")
    Integer services;

    @Option(names = "--endpoints-per-service", paramLabel = "E", description = "Interface endpoints per service (default 10).")
    Integer endpointsPerService;

    @Option(names = "--no-on-ramps", description = "Leave out the on-premises network, VPNs and Direct Connect.")
    boolean noOnRamps;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed for peerings and endpoint placement (default 42).")
    Long seed;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "<file.json>", description = "The design file to write.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Scale scale;
        try {
            scale = scale();
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("linkwright generate: " + e.getMessage());
            return LinkwrightCli.BAD_INPUT;
        }
        Design design = SyntheticOrganisation.generate(scale);
        try {
            new DesignWriter().write(design, output);
        } catch (IOException e) {
            spec.commandLine().getErr().println("linkwright generate: " + output + ": could not be written: " + e.getMessage());
            return LinkwrightCli.BAD_INPUT;
        }
        spec.commandLine().getOut().println("wrote " + output + ": " + design.title() + " (" + design.topology().size() + " elements)");
        return LinkwrightCli.OK;
    }

    private Scale scale() {
        Scale s = Scale.full();
        if (factor != null) {
            if (factor <= 0 || factor > 4) {
                throw new IllegalArgumentException("--scale must be above 0 and at most 4");
            }
            s = s.times(factor);
        }
        return new Scale(or(accounts, s.accounts()), or(vpcsPerAccount, s.vpcsPerAccount()), or(subnetsPerVpc, s.subnetsPerVpc()),
                or(instancesPerSubnet, s.instancesPerSubnet()), or(regions, s.regions()), or(peerings, s.peerings()),
                or(services, s.endpointServices()), or(endpointsPerService, s.endpointsPerService()), !noOnRamps && s.onRamps(),
                seed != null ? seed : s.seed());
    }

    private static int or(Integer value, int fallback) {
        return value != null ? value : fallback;
    }
}
