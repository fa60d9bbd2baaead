package dev.linkwright.io.aws;

import dev.linkwright.io.DesignFormatException;
import dev.linkwright.io.FormatProblem;
import dev.linkwright.io.LocatedJson;
import dev.linkwright.model.Design;
import dev.linkwright.model.DiagramLayout;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.Topology;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Imports a folder of AWS API responses ({@code aws ec2 describe-*}, {@code aws elbv2
 * describe-*}, {@code aws directconnect describe-*}) as a Linkwright design, keeping AWS ids as
 * element ids. See {@code docs/aws-import.md} for what each AWS kind becomes.
 *
 * <p>The folder may be a snapshot ({@code <folder>/aws_configs/...}), its {@code aws_configs}
 * folder, or any folder of AWS JSON; files sit flat, under {@code <region>/}, or under
 * {@code accounts/<account-id>/<region>/}. A file's kind comes from its top-level key, never its
 * name. Kinds Linkwright does not model are skipped and reported; a file that is not valid JSON,
 * or holds a value of the wrong type, is a {@link DesignFormatException} naming the file, the
 * line and column and the JSON path. Nothing else escapes: the import never crashes on input.
 *
 * <pre>{@code
 * ImportedSnapshot s = new AwsSnapshotImporter().importFolder(Path.of("my-snapshot"));
 * s.report().notes().forEach(n -> System.out.println(n.describe()));
 * new DesignWriter().write(s.design(), Path.of("my-snapshot.json"));
 * }</pre>
 *
 * <p>A UI runs it off the UI thread with a progress callback and a cancellation flag:
 * {@code importFolder(folder, (done, total, what) -> updateProgress(done, total), this::isCancelled)};
 * cancelling throws {@link CancellationException}.
 */
public final class AwsSnapshotImporter {

    /** Build steps after the files are read, for progress. */
    private static final int BUILD_STEPS = 10;

    private final ImportLimits limits;

    public AwsSnapshotImporter() {
        this(ImportLimits.DEFAULT);
    }

    public AwsSnapshotImporter(ImportLimits limits) {
        this.limits = limits;
    }

    /**
     * True when {@code folder} looks like an AWS snapshot: it holds an {@code aws_configs} folder,
     * is one, or holds a JSON file (at any depth within the limits) whose top-level key is an AWS
     * kind Linkwright knows.
     */
    public static boolean isSnapshotFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        if (Files.isDirectory(folder.resolve(SnapshotReader.CONFIG_FOLDER))
                || folder.getFileName() != null && folder.getFileName().toString().equals(SnapshotReader.CONFIG_FOLDER)) {
            return true;
        }
        try (var walk = Files.walk(folder, ImportLimits.DEFAULT.maxDepth())) {
            return walk.limit(ImportLimits.DEFAULT.maxFiles())
                    .filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".json") && Files.isRegularFile(p))
                    .anyMatch(AwsSnapshotImporter::startsWithAwsKind);
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    /** Reads the first key of a JSON file cheaply: is it an AWS kind? */
    private static boolean startsWithAwsKind(Path file) {
        try (var parser = new com.fasterxml.jackson.core.JsonFactory().createParser(file.toFile())) {
            if (parser.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                return false;
            }
            return parser.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME && AwsKind.byKey(parser.currentName()) != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** Imports {@code folder} with no progress reporting and no cancellation. */
    public ImportedSnapshot importFolder(Path folder) throws DesignFormatException {
        return importFolder(folder, ImportProgress.NONE, () -> false);
    }

    /**
     * Imports {@code folder}, telling {@code progress} how far it is and stopping with a
     * {@link CancellationException} as soon as {@code cancelled} says so.
     */
    public ImportedSnapshot importFolder(Path folder, ImportProgress progress, BooleanSupplier cancelled)
            throws DesignFormatException {
        String name = folder.toString();
        if (!Files.exists(folder)) {
            throw new DesignFormatException(new FormatProblem(name, "", 0, 0, "no such folder"));
        }
        if (!Files.isDirectory(folder)) {
            throw new DesignFormatException(new FormatProblem(name, "", 0, 0, "is not a folder; expected a folder of AWS JSON"));
        }
        ReportCollector report = new ReportCollector();
        List<FormatProblem> problems = new ArrayList<>();
        SnapshotReader reader = new SnapshotReader(limits, report, problems);
        List<Path> files = reader.listFiles(folder);
        int total = files.size() + BUILD_STEPS;
        SnapshotIndex index = new SnapshotIndex();
        reader.read(folder, files, index, progress, total, cancelled);
        if (index.files().isEmpty() && problems.isEmpty()) {
            throw new DesignFormatException(new FormatProblem(name, "", 0, 0, "holds no AWS API responses (expected JSON files "
                    + "such as Vpcs.json with a top-level key like \"Vpcs\", flat or under <region>/ or accounts/<account-id>/<region>/)"));
        }
        ImportContext ctx = new ImportContext(index, report, problems, cancelled, limits.maxElements());
        try {
            build(ctx, progress, files.size(), total);
        } catch (ImportContext.TooLargeException e) {
            throw e.asFormatException(name);
        } catch (AwsInputException e) {
            // a bad value read outside a per-object pass (e.g. while matching attachments to tables)
            ctx.problem(e);
        }
        if (ctx.hasProblems()) {
            throw new DesignFormatException(ctx.problems());
        }
        progress.progress(total, total, "done");
        Topology topology = ctx.topology;
        Design design = new Design(topology, new DiagramLayout(), title(folder), "Imported from the AWS snapshot " + name + ".");
        return new ImportedSnapshot(design, report.freeze(name, index.layout(), topology));
    }

    private static String title(Path folder) {
        Path p = folder.toAbsolutePath().normalize();
        if (p.getFileName() != null && p.getFileName().toString().equals(SnapshotReader.CONFIG_FOLDER) && p.getParent() != null) {
            p = p.getParent();
        }
        return p.getFileName() == null ? "AWS snapshot" : p.getFileName().toString();
    }

    /** Phase two: converts the objects kind by kind, parents before children. */
    private static void build(ImportContext ctx, ImportProgress progress, int done, int total) {
        ctx.topology.beginUpdate();
        try {
            assignDefaultAccounts(ctx);
            Steps steps = new Steps(ctx, progress, done, total);
            EniDirectory enis = ComputeConverter.directory(ctx);
            RouteTableConverter routeTables = new RouteTableConverter(ctx, enis);
            ComputeConverter compute = new ComputeConverter(ctx, enis);
            buildVpcs(ctx, steps, routeTables, compute);
            LoadBalancerConverter loadBalancers = new LoadBalancerConverter(ctx, enis);
            steps.next("load balancers");
            loadBalancers.targetGroups();
            loadBalancers.loadBalancers();
            PrivateLinkConverter privateLink = new PrivateLinkConverter(ctx, enis, loadBalancers, routeTables);
            steps.next("endpoint services and endpoints");
            privateLink.endpointServices();
            privateLink.endpoints();
            privateLink.connections();
            buildConnections(ctx, steps);
            routeTables.dropRoutesToNonTargets();
            compute.finishElasticIps();
            ctx.accounts.finish();
        } finally {
            ctx.topology.endUpdate();
        }
    }

    /** VPCs and what they contain, up to their gateways. */
    private static void buildVpcs(ImportContext ctx, Steps steps, RouteTableConverter routeTables, ComputeConverter compute) {
        NetworkConverter network = new NetworkConverter(ctx);
        steps.next("accounts, Regions and VPCs");
        network.zoneMaps();
        network.vpcs();
        network.prefixLists();
        steps.next("route tables, network ACLs and security groups");
        network.associations();
        routeTables.convert();
        network.networkAcls();
        network.securityGroups();
        steps.next("subnets");
        network.subnets();
        steps.next("instances and network interfaces");
        compute.elasticIps();
        compute.instances();
        compute.standaloneInterfaces();
        steps.next("gateways");
        compute.internetGateways();
        compute.natGateways();
        compute.vpnGateways();
    }

    /** What connects VPCs to each other and to on-premises. */
    private static void buildConnections(ImportContext ctx, Steps steps) {
        steps.next("peering connections");
        new PeeringConverter(ctx).convert();
        TransitConverter transit = new TransitConverter(ctx);
        HybridConverter hybrid = new HybridConverter(ctx, transit);
        steps.next("transit gateways, VPN and Direct Connect");
        transit.gateways();
        hybrid.customerGateways();
        hybrid.vpnConnections();
        hybrid.directConnectGateways();
        hybrid.connections();
        hybrid.virtualInterfaces();
        steps.next("transit gateway attachments");
        transit.attachments(); // after the VPN connections and Direct Connect gateways they attach
    }

    /** Progress through the build steps, checking for cancellation at each. */
    private static final class Steps {
        private final ImportContext ctx;
        private final ImportProgress progress;
        private final int total;
        private int done;

        Steps(ImportContext ctx, ImportProgress progress, int done, int total) {
            this.ctx = ctx;
            this.progress = progress;
            this.done = done;
            this.total = total;
        }

        void next(String what) {
            ctx.checkCancelled();
            progress.progress(Math.min(done++, total - 1), total, "converting " + what);
        }
    }

    /**
     * The owner of most VPCs of each flat folder (else of most of its other objects), and of the
     * snapshot, for objects that name none (customer gateways, VPN connections, ...). VPCs count
     * first: they are the containers users recognise their account by.
     */
    private static void assignDefaultAccounts(ImportContext ctx) {
        Map<SnapshotFolder, Map<String, Integer>> vpcVotes = ownerVotes(ctx, List.of(AwsKind.VPCS));
        Map<SnapshotFolder, Map<String, Integer>> otherVotes = ownerVotes(ctx, List.of(AwsKind.SUBNETS, AwsKind.SECURITY_GROUPS,
                AwsKind.ROUTE_TABLES, AwsKind.NETWORK_ACLS, AwsKind.INTERNET_GATEWAYS, AwsKind.TRANSIT_GATEWAYS,
                AwsKind.RESERVATIONS));
        otherVotes.forEach((folder, counts) -> ctx.accounts.setFolderDefault(folder, SnapshotReader.mostCommon(counts)));
        vpcVotes.forEach((folder, counts) -> ctx.accounts.setFolderDefault(folder, SnapshotReader.mostCommon(counts)));
        Map<String, Integer> all = new HashMap<>();
        (vpcVotes.isEmpty() ? otherVotes : vpcVotes).values().forEach(m -> m.forEach((k, v) -> all.merge(k, v, Integer::sum)));
        if (!all.isEmpty()) {
            ctx.accounts.setSnapshotDefault(SnapshotReader.mostCommon(all));
        }
    }

    private static Map<SnapshotFolder, Map<String, Integer>> ownerVotes(ImportContext ctx, List<AwsKind> kinds) {
        Map<SnapshotFolder, Map<String, Integer>> votes = new HashMap<>();
        for (AwsKind kind : kinds) {
            for (AwsNode item : ctx.index.all(kind)) {
                String owner;
                try {
                    owner = ctx.accounts.number(item.optText("OwnerId"));
                } catch (AwsInputException e) {
                    continue; // reported when the object itself is converted
                }
                if (owner != null) {
                    votes.computeIfAbsent(item.file().folder(), f -> new HashMap<>()).merge(owner, 1, Integer::sum);
                }
            }
        }
        return votes;
    }

    /** A located problem for a bad value: the file is parsed again, with positions, only now. */
    static FormatProblem locate(AwsInputException e) {
        if (e.file() == null) {
            return new FormatProblem("<snapshot>", "", 0, 0, e.getMessage());
        }
        String name = e.file().displayName();
        try {
            LocatedJson json = LocatedJson.parse(Files.readAllBytes(e.file().path()), name);
            return json.problemAt(e.pointer(), e.getMessage());
        } catch (IOException | DesignFormatException ex) {
            return new FormatProblem(name, e.pointer(), 0, 0, e.getMessage());
        }
    }

    /** For tests and tools: the element id the importer gives the load balancer or target group with {@code arn}. */
    public static ElementId elementIdOfArn(String arn) {
        return ElementId.of(arn.contains(":targetgroup/") ? AwsArns.targetGroupId(arn) : AwsArns.loadBalancerId(arn));
    }
}
