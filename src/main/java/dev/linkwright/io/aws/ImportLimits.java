package dev.linkwright.io.aws;

import dev.linkwright.io.DesignReader;
import dev.linkwright.io.LocatedJson;

/**
 * Bounds that keep a hostile or mistaken folder from exhausting memory or time: how many files,
 * how large each and all of them together, how deep the folders nest and how many elements the
 * resulting design may hold.
 *
 * <pre>{@code
 * new AwsSnapshotImporter(ImportLimits.DEFAULT.withMaxFiles(100));
 * }</pre>
 */
public record ImportLimits(int maxFiles, long maxFileBytes, long maxTotalBytes, int maxDepth, int maxElements) {

    /** 20,000 files, 64 MB per file, 1 GB in all, folders 8 deep, the design format's element limit. */
    public static final ImportLimits DEFAULT = new ImportLimits(20_000, LocatedJson.MAX_BYTES, 1024L * 1024 * 1024, 8,
            DesignReader.MAX_ELEMENTS);

    public ImportLimits {
        if (maxFiles < 1 || maxFileBytes < 1 || maxTotalBytes < 1 || maxDepth < 1 || maxElements < 1) {
            throw new IllegalArgumentException("import limits must be positive");
        }
    }

    public ImportLimits withMaxFiles(int n) {
        return new ImportLimits(n, maxFileBytes, maxTotalBytes, maxDepth, maxElements);
    }

    public ImportLimits withMaxFileBytes(long n) {
        return new ImportLimits(maxFiles, n, maxTotalBytes, maxDepth, maxElements);
    }

    public ImportLimits withMaxTotalBytes(long n) {
        return new ImportLimits(maxFiles, maxFileBytes, n, maxDepth, maxElements);
    }

    public ImportLimits withMaxElements(int n) {
        return new ImportLimits(maxFiles, maxFileBytes, maxTotalBytes, maxDepth, n);
    }
}
