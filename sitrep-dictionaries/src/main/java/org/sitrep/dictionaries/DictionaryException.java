package org.sitrep.dictionaries;

/**
 * A dictionary file that cannot be read, reported as "file:line: reason".
 * Sitrep's own formats are strict, so one bad line stops loading with a message that points at it.
 */
public final class DictionaryException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String origin;
    private final String reason;

    /** A ready-made "file:line: reason" message; origin() is the part before the first ": ". */
    public DictionaryException(String message) {
        super(message);
        int sep = message.indexOf(": ");
        this.origin = sep < 0 ? "" : message.substring(0, sep);
        this.reason = sep < 0 ? message : message.substring(sep + 2);
    }

    public DictionaryException(String origin, String reason) {
        super(origin + ": " + reason);
        this.origin = origin;
        this.reason = reason;
    }

    public DictionaryException(String origin, String reason, Throwable cause) {
        super(origin + ": " + reason, cause);
        this.origin = origin;
        this.reason = reason;
    }

    public static DictionaryException at(String file, int line, String reason) {
        return new DictionaryException(file + ":" + line, reason);
    }

    /** Where the problem is: "file:line", or just the file name when no line applies. */
    public String origin() {
        return origin;
    }

    public String reason() {
        return reason;
    }
}
