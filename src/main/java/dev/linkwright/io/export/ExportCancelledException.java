package dev.linkwright.io.export;

/** Thrown by an exporter that stopped because its {@link ExportProgress} asked it to; nothing was written. */
public final class ExportCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ExportCancelledException() {
        super("the export was cancelled");
    }
}
