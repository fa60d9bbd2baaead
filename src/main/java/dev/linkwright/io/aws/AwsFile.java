package dev.linkwright.io.aws;

import java.nio.file.Path;

/**
 * One JSON file of a snapshot, parsed: where it is, the folder it sits in, the Region its name
 * gives ({@code Subnets-us-west-2.json}), and its content.
 */
final class AwsFile {

    private final Path path;
    private final String displayName;
    private final SnapshotFolder folder;
    private final String regionFromName;
    private JsonTree.Obj root;

    AwsFile(Path path, String displayName, SnapshotFolder folder, String regionFromName) {
        this.path = path;
        this.displayName = displayName;
        this.folder = folder;
        this.regionFromName = regionFromName;
    }

    Path path() {
        return path;
    }

    /** The name used in messages: the path as the user gave it. */
    String displayName() {
        return displayName;
    }

    SnapshotFolder folder() {
        return folder;
    }

    /** The Region of the objects in this file. */
    String region() {
        return regionFromName != null ? regionFromName : folder.region();
    }

    /** True when the layout (folder or file name) names the Region, so nothing is inferred. */
    boolean regionIsExplicit() {
        return regionFromName != null || folder.regionFolder() != null;
    }

    JsonTree.Obj root() {
        return root;
    }

    void setRoot(JsonTree.Obj root) {
        this.root = root;
    }

    /** The top of the file as an accessor. */
    AwsNode top() {
        return new AwsNode(root, this, "");
    }

    @Override
    public String toString() {
        return displayName;
    }
}
