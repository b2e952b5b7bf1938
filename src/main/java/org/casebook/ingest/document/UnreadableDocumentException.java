package org.casebook.ingest.document;

/**
 * A document whose text cannot be read, with a short reason meant for the researcher
 * ("the PDF is password-protected", "not a DOCX document: word/document.xml is missing").
 */
public class UnreadableDocumentException extends Exception {

    public UnreadableDocumentException(String reason) {
        super(reason);
    }

    public UnreadableDocumentException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
