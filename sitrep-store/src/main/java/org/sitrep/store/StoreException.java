package org.sitrep.store;

/**
 * A failure of the store, naming the database file and what went wrong.
 * Callers report it; the store's transactions guarantee nothing half-written remains.
 */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
