package dev.linkwright.analysis;

/**
 * A reachability question that cannot be asked of this design: an unknown element or address, an
 * element that is neither a source nor a destination, a port out of range. The message says what
 * is wrong in words for the user.
 */
public class QueryException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public QueryException(String message) {
        super(message);
    }
}
