package dev.linkwright.io;

import dev.linkwright.io.aws.AwsSnapshotImporter;
import dev.linkwright.io.scenario.ScenarioEntry;
import dev.linkwright.io.scenario.ScenarioFile;
import dev.linkwright.model.Design;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * Opens whatever a user points a command or the File menu at: a Linkwright design file, a file in
 * the neutral scenario format ({@code scenarios.json#S01} picks one entry; a file with a single
 * entry or a bare topology needs no suffix), or a folder of AWS API JSON (a snapshot holding
 * {@code aws_configs/}, that folder itself, or any folder of {@code describe-*} output), which is
 * imported with {@link AwsSnapshotImporter}.
 */
public final class DesignFiles {

    private DesignFiles() {
    }

    /** Loads the design named by {@code argument} (a path, optionally with {@code #entry}). */
    public static Design load(String argument) throws DesignFormatException {
        String entry = null;
        String file = argument;
        int hash = argument.lastIndexOf('#');
        if (hash > 0 && !Files.exists(safePath(argument))) {
            file = argument.substring(0, hash);
            entry = argument.substring(hash + 1);
        }
        return load(safePath(file), entry);
    }

    /** Loads the design at {@code path}; every failure is a {@link DesignFormatException}. */
    public static Design load(Path path) throws DesignFormatException {
        return load(path, null);
    }

    private static Design load(Path path, String entry) throws DesignFormatException {
        String name = path.toString();
        if (!Files.exists(path)) {
            throw new DesignFormatException(new FormatProblem(name, "", 0, 0, "no such file or folder"));
        }
        if (Files.isDirectory(path)) {
            if (entry != null) {
                throw new DesignFormatException(new FormatProblem(name, "", 0, 0, "is a folder; '#" + entry + "' names nothing in it"));
            }
            if (!AwsSnapshotImporter.isSnapshotFolder(path)) {
                throw new DesignFormatException(new FormatProblem(name, "", 0, 0, "is a folder but holds no AWS API JSON; "
                        + "expected a design file (.json) or an AWS snapshot folder"));
            }
            return new AwsSnapshotImporter().importFolder(path).design();
        }
        byte[] bytes = readBounded(path);
        LocatedJson json = LocatedJson.parse(bytes, name);
        if (ScenarioFile.isScenarioDocument(json.root())) {
            List<ScenarioEntry> entries = ScenarioFile.entries(json);
            if (entry != null) {
                return ScenarioFile.find(entries, entry, name).design();
            }
            if (entries.size() == 1) {
                return entries.get(0).design();
            }
            throw new DesignFormatException(new FormatProblem(name, "", 0, 0, "holds " + entries.size()
                    + " scenarios; name one as " + name + "#<id> (for example " + name + "#" + entries.get(0).id() + ")"));
        }
        if (entry != null) {
            throw new DesignFormatException(new FormatProblem(name, "", 0, 0, "is a design file, not a scenarios file; '#"
                    + entry + "' names nothing in it"));
        }
        return new DesignReader().read(json);
    }

    private static Path safePath(String text) throws DesignFormatException {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new DesignFormatException(new FormatProblem(text, "", 0, 0, "is not a valid path: " + e.getReason()));
        }
    }

    private static byte[] readBounded(Path path) throws DesignFormatException {
        try {
            long size = Files.size(path);
            if (size > LocatedJson.MAX_BYTES) {
                throw new DesignFormatException(new FormatProblem(path.toString(), "", 0, 0, "the file is " + (size / (1024 * 1024))
                        + " MB; the largest accepted is " + (LocatedJson.MAX_BYTES / (1024 * 1024)) + " MB"));
            }
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new DesignFormatException(new FormatProblem(path.toString(), "", 0, 0, "could not be read: " + e.getMessage()));
        }
    }
}
