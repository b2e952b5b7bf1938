package org.casebook.model;

import java.time.Instant;

/** An imported file: its provenance, recorded once per distinct content (SHA-256). */
public record Source(long id, String fileName, String path, String sha256, long sizeBytes, SourceFormat format,
                     SourceLayout layout, String encoding, Instant importedAt, int itemCount) {
}
