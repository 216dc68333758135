package org.sitrep.eval.petrarch;

/**
 * A validation file that cannot be used: missing, not XML, or a record without what scoring needs.
 * The message names the file (and line), so the user can fix it.
 */
public final class ValidationFileException extends RuntimeException {
    public ValidationFileException(String message) {
        super(message);
    }

    public ValidationFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
