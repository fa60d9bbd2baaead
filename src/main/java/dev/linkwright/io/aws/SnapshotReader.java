package dev.linkwright.io.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.linkwright.io.DesignFormatException;
import dev.linkwright.io.FormatProblem;
import dev.linkwright.io.LocatedJson;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Phase one of an import: finds the snapshot's files, works out the account and Region each one
 * belongs to from the layout, parses them and files their objects by kind (the top-level key).
 * Files of kinds Linkwright does not model are skipped with the reason; a file that is not valid
 * JSON, or whose top-level list is not a list, is a problem naming the file and the place.
 */
final class SnapshotReader {

    /** The folder that holds the AWS data of a snapshot, as Batfish lays snapshots out. */
    static final String CONFIG_FOLDER = "aws_configs";
    private static final Pattern REGION_SUFFIX = Pattern.compile("-([a-z]{2}(?:-[a-z]+)+-[0-9]{1,2})\\.json$");


    private final ImportLimits limits;
    private final ReportCollector report;
    private final List<FormatProblem> problems;
    private final Map<String, SnapshotFolder> folders = new HashMap<>();

    SnapshotReader(ImportLimits limits, ReportCollector report, List<FormatProblem> problems) {
        this.limits = limits;
        this.report = report;
        this.problems = problems;
    }

    /** The folder holding the data: {@code folder/aws_configs} when present, else {@code folder}. */
    static Path dataRoot(Path folder) {
        Path configs = folder.resolve(CONFIG_FOLDER);
        return Files.isDirectory(configs) ? configs : folder;
    }

    /** The files of the snapshot at {@code folder}, sorted, within the limits. */
    List<Path> listFiles(Path folder) throws DesignFormatException {
        Path root = dataRoot(folder);
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root, limits.maxDepth(), new FileVisitOption[0])) {
            Iterator<Path> it = walk.iterator();
            while (it.hasNext()) {
                Path p = it.next();
                if (Files.isRegularFile(p) && !isHidden(root.relativize(p))) {
                    files.add(p);
                    if (files.size() > limits.maxFiles()) {
                        throw new DesignFormatException(new FormatProblem(folder.toString(), "", 0, 0,
                                "holds more than " + limits.maxFiles() + " files; the largest snapshot accepted has "
                                        + limits.maxFiles()));
                    }
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new DesignFormatException(new FormatProblem(folder.toString(), "", 0, 0, "could not be listed: " + e.getMessage()));
        }
        Map<Path, String> names = new HashMap<>();
        files.forEach(f -> names.put(f, root.relativize(f).toString()));
        files.sort(java.util.Comparator.comparing(names::get));
        checkTotalSize(folder, files);
        return files;
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private void checkTotalSize(Path folder, List<Path> files) throws DesignFormatException {
        long total = 0;
        for (Path f : files) {
            try {
                total += Files.size(f);
            } catch (IOException e) {
                throw new DesignFormatException(new FormatProblem(f.toString(), "", 0, 0, "could not be read: " + e.getMessage()));
            }
        }
        if (total > limits.maxTotalBytes()) {
            throw new DesignFormatException(new FormatProblem(folder.toString(), "", 0, 0, "holds " + (total / (1024 * 1024))
                    + " MB of files; the largest snapshot accepted is " + (limits.maxTotalBytes() / (1024 * 1024)) + " MB"));
        }
    }

    /** Reads every file into {@code index}; returns normally even when some files have problems. */
    void read(Path folder, List<Path> files, SnapshotIndex index, ImportProgress progress, int total,
              BooleanSupplier cancelled) {
        Path root = dataRoot(folder);
        int done = 0;
        for (Path file : files) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("import cancelled");
            }
            String relative = root.relativize(file).toString().replace('\\', '/');
            progress.progress(done++, total, "reading " + relative);
            readFile(file, relative, index);
        }
        inferFlatRegions(index);
    }

    private void readFile(Path file, String relative, SnapshotIndex index) {
        String name = file.toString();
        if (!relative.toLowerCase(Locale.ROOT).endsWith(".json")) {
            report.skippedFile(relative, "not a .json file");
            return;
        }
        byte[] bytes;
        try {
            if (Files.size(file) > limits.maxFileBytes()) {
                problems.add(new FormatProblem(name, "", 0, 0, "the file is " + (Files.size(file) / (1024 * 1024))
                        + " MB; the largest accepted is " + (limits.maxFileBytes() / (1024 * 1024)) + " MB"));
                return;
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add(new FormatProblem(name, "", 0, 0, "could not be read: " + e.getMessage()));
            return;
        }
        if (isBlank(bytes)) {
            report.skippedFile(relative, "empty file");
            return;
        }
        Object root = parse(bytes, name);
        if (root == null) {
            return;
        }
        if (!(root instanceof JsonTree.Obj object)) {
            report.skippedFile(relative, "not an AWS API response (the top level is " + AwsNode.describe(root) + ", not an object)");
            return;
        }
        AwsFile awsFile = new AwsFile(file, name, folderOf(relative), regionInName(relative));
        awsFile.setRoot(object);
        fileObjects(awsFile, relative, index);
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    /** The file's content, or null after recording where the JSON is broken. */
    private Object parse(byte[] bytes, String name) {
        try {
            return JsonTree.parse(bytes);
        } catch (JsonProcessingException e) {
            // parse again with locations only now, so the common case stays fast
            try {
                LocatedJson.parse(bytes, name);
                problems.add(new FormatProblem(name, "", e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                        e.getLocation() == null ? 0 : e.getLocation().getColumnNr(), "not valid JSON: " + e.getOriginalMessage()));
            } catch (DesignFormatException located) {
                problems.addAll(located.problems());
            }
            return null;
        } catch (IOException e) {
            problems.add(new FormatProblem(name, "", 0, 0, "could not be read: " + e.getMessage()));
            return null;
        }
    }

    private void fileObjects(AwsFile file, String relative, SnapshotIndex index) {
        AwsNode top = file.top();
        boolean modelled = false;
        List<String> unknown = new ArrayList<>();
        for (int k = 0; k < file.root().size(); k++) {
            String key = file.root().key(k);
            AwsKind kind = AwsKind.byKey(key);
            if (kind == null) {
                unknown.add(key);
            } else if (kind.role() == AwsKind.Role.UNMODELLED) {
                report.skippedFile(relative, kind.reason() + " ('" + key + "')");
            } else if (kind.role() == AwsKind.Role.MODELLED) {
                try {
                    List<AwsNode> items = top.items(key);
                    report.fileRead(kind, objectCount(kind, items));
                    index.add(kind, items);
                    modelled = true;
                } catch (AwsInputException e) {
                    problems.add(AwsSnapshotImporter.locate(e));
                }
            }
        }
        for (String key : unknown) {
            report.skippedFile(relative, "unknown kind '" + key + "' (not an AWS API response Linkwright reads)");
        }
        if (modelled) {
            index.addFile(file);
            index.layoutSeen(layoutOf(file.folder()));
        }
    }

    /** Objects a list holds; for reservations, the instances in them. */
    private static int objectCount(AwsKind kind, List<AwsNode> items) {
        if (kind != AwsKind.RESERVATIONS) {
            return items.size();
        }
        int n = 0;
        for (AwsNode r : items) {
            n += r.items("Instances").size();
        }
        return n;
    }

    private SnapshotFolder folderOf(String relativeFile) {
        int slash = relativeFile.lastIndexOf('/');
        String dir = slash < 0 ? "" : relativeFile.substring(0, slash);
        return folders.computeIfAbsent(dir, this::describeFolder);
    }

    private SnapshotFolder describeFolder(String dir) {
        String[] parts = dir.isEmpty() ? new String[0] : dir.split("/");
        String account = parts.length >= 2 && parts[0].equals("accounts") ? parts[1] : null;
        String last = parts.length == 0 ? null : parts[parts.length - 1];
        String region = SnapshotFolder.isRegionCode(last) ? last : null;
        int expected = (account != null ? 2 : 0) + (region != null ? 1 : 0);
        if (parts.length != expected) {
            report.note("folders that follow no known layout were read as flat folders", dir);
        }
        return new SnapshotFolder(dir, account, region);
    }

    private static String regionInName(String relative) {
        Matcher m = REGION_SUFFIX.matcher(relative);
        return m.find() ? m.group(1) : null;
    }

    private static String layoutOf(SnapshotFolder folder) {
        if (folder.accountFolder() != null) {
            return folder.regionFolder() != null ? "accounts/<account-id>/<region>" : "accounts/<account-id>";
        }
        return folder.regionFolder() != null ? "<region>" : "flat";
    }

    /** Gives each flat folder the Region its data names (AZs, subnets, ARNs), else the default. */
    private void inferFlatRegions(SnapshotIndex index) {
        Map<SnapshotFolder, Map<String, Integer>> votes = new HashMap<>();
        for (AwsKind kind : EnumSet.of(AwsKind.AVAILABILITY_ZONES, AwsKind.SUBNETS, AwsKind.LOAD_BALANCERS,
                AwsKind.TARGET_GROUPS, AwsKind.TRANSIT_GATEWAYS, AwsKind.RESERVATIONS)) {
            for (AwsNode item : index.all(kind)) {
                if (item.file().regionIsExplicit()) {
                    continue;
                }
                String region = regionNamedBy(kind, item);
                if (region != null) {
                    votes.computeIfAbsent(item.file().folder(), f -> new HashMap<>()).merge(region, 1, Integer::sum);
                }
            }
        }
        for (AwsFile file : index.files()) {
            SnapshotFolder folder = file.folder();
            if (file.regionIsExplicit() || folder.inferredRegion() != null) {
                continue;
            }
            Map<String, Integer> v = votes.get(folder);
            if (v == null) {
                folder.inferRegion(SnapshotFolder.DEFAULT_REGION);
                report.note("a flat folder names no Region and neither does its data; " + SnapshotFolder.DEFAULT_REGION
                        + " was assumed", label(folder));
            } else {
                String region = mostCommon(v);
                folder.inferRegion(region);
                report.note("a flat folder names no Region; " + region + " was taken from its data (AZ names, ARNs)", label(folder));
            }
        }
    }

    /** The key counted most often; on a tie the one that sorts first, so the answer never depends on file order. */
    static String mostCommon(Map<String, Integer> counts) {
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder()))).orElseThrow().getKey();
    }

    private static String label(SnapshotFolder folder) {
        return folder.relativePath().isEmpty() ? CONFIG_FOLDER : folder.relativePath();
    }

    private static String regionNamedBy(AwsKind kind, AwsNode item) {
        try {
            switch (kind) {
                case AVAILABILITY_ZONES:
                    return validRegion(item.optText("RegionName"));
                case SUBNETS:
                    return regionOfZone(item.optText("AvailabilityZone"));
                case RESERVATIONS:
                    for (AwsNode i : item.items("Instances")) {
                        AwsNode placement = i.child("Placement");
                        String r = placement == null ? null : regionOfZone(placement.optText("AvailabilityZone"));
                        if (r != null) {
                            return r;
                        }
                    }
                    return null;
                case LOAD_BALANCERS:
                    return AwsArns.region(item.optText("LoadBalancerArn"));
                case TARGET_GROUPS:
                    return AwsArns.region(item.optText("TargetGroupArn"));
                default:
                    return AwsArns.region(item.optText("TransitGatewayArn"));
            }
        } catch (AwsInputException e) {
            return null; // a bad value is reported when the object is converted
        }
    }

    /** The Region of an AZ name: {@code us-east-1a} gives {@code us-east-1}. */
    static String regionOfZone(String zone) {
        if (zone == null || zone.length() < 2) {
            return null;
        }
        return validRegion(zone.substring(0, zone.length() - 1));
    }

    private static String validRegion(String text) {
        return SnapshotFolder.isRegionCode(text) ? text : null;
    }
}
