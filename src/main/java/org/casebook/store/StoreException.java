package org.casebook.store;

/** A workspace that cannot be opened or written, with a message that names the file and the problem. */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
