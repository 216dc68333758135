package org.sitrep.places;

/**
 * A gazetteer file that cannot be read, reported as "FILE:LINE: reason". The bundled files are generated
 * or checked by tests, so this means a broken build or a hand edit gone wrong.
 */
public class GazetteerException extends RuntimeException {
    public GazetteerException(String message) {
        super(message);
    }

    public GazetteerException(String message, Throwable cause) {
        super(message, cause);
    }
}
