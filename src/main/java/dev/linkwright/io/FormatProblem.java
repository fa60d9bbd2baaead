package dev.linkwright.io;

/**
 * One thing wrong with an input file: where (file, JSON path, line and column) and what was
 * expected. Line and column are 0 when unknown.
 */
public record FormatProblem(String file, String path, int line, int column, String message) {

    /** {@code file:line:column: at $.path: message}, the form printed to users. */
    public String describe() {
        StringBuilder sb = new StringBuilder(file == null ? "<input>" : file);
        if (line > 0) {
            sb.append(':').append(line).append(':').append(column);
        }
        sb.append(": ");
        if (path != null && !path.isEmpty()) {
            sb.append("at ").append(path).append(": ");
        }
        sb.append(message);
        return sb.toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
