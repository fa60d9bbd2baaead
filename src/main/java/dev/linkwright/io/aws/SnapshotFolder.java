package dev.linkwright.io.aws;

/**
 * One folder of a snapshot and what its place in the layout says: the account folder it sits in
 * ({@code accounts/<account-id>/...}) and the Region folder ({@code <region>/}). A flat folder
 * names no Region; the importer infers one from the data, else uses {@link #DEFAULT_REGION}.
 */
final class SnapshotFolder {

    /** The Region of a flat layout when nothing in the data names one (the Batfish convention). */
    static final String DEFAULT_REGION = "us-west-2";

    private final String relativePath;
    private final String accountFolder;
    private final String regionFolder;
    private String inferredRegion;

    SnapshotFolder(String relativePath, String accountFolder, String regionFolder) {
        this.relativePath = relativePath;
        this.accountFolder = accountFolder;
        this.regionFolder = regionFolder;
    }

    /** The folder relative to the snapshot root, "" for the root itself. */
    String relativePath() {
        return relativePath;
    }

    /** The account folder name as written ({@code accounts/<this>/...}), or null. */
    String accountFolder() {
        return accountFolder;
    }

    /** The Region named by the folder, or null for a flat folder. */
    String regionFolder() {
        return regionFolder;
    }

    String inferredRegion() {
        return inferredRegion;
    }

    void inferRegion(String region) {
        this.inferredRegion = region;
    }

    /** The Region of files in this folder that do not name one themselves. */
    String region() {
        if (regionFolder != null) {
            return regionFolder;
        }
        return inferredRegion != null ? inferredRegion : DEFAULT_REGION;
    }

    /** True for an AWS Region code such as {@code us-east-1} or {@code us-gov-west-1}. */
    static boolean isRegionCode(String text) {
        return text != null && text.matches("[a-z]{2}(-[a-z]+)+-[0-9]{1,2}");
    }
}
