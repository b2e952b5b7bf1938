package org.casebook.ingest;

/**
 * A source that cannot be imported, with a reason a researcher can act on ("empty file", "binary data, not
 * text", "damaged PDF: ..."). Thrown before anything of the source is written.
 */
public class RejectedSourceException extends Exception {

    public RejectedSourceException(String reason) {
        super(reason);
    }

    public RejectedSourceException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
