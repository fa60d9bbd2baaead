package dev.linkwright.io.aws;

/**
 * A value of a snapshot file that cannot be read: which file, the JSON Pointer of the value and
 * what was expected. The importer turns it into a located {@link dev.linkwright.io.FormatProblem}.
 */
final class AwsInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient AwsFile file;
    private final String pointer;

    AwsInputException(AwsFile file, String pointer, String message) {
        super(message);
        this.file = file;
        this.pointer = pointer;
    }

    AwsFile file() {
        return file;
    }

    String pointer() {
        return pointer;
    }
}
