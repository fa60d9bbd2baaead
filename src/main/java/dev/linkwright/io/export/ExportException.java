package dev.linkwright.io.export;

/**
 * An export that could not be done, with a reason a person can act on ("the selection names no
 * element of the design: vpc-x"). The command line prints the message and exits with 2.
 */
public final class ExportException extends Exception {

    private static final long serialVersionUID = 1L;

    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
