package org.casebook.ingest;

import java.nio.file.Path;

/** Progress of an import, for a progress bar or a log. Called on the importing thread. */
public interface ImportListener {

    ImportListener NONE = new ImportListener() { };

    default void sourceStarted(Path file, int index, int total) {
    }

    default void itemsStored(Path file, int itemsSoFar) {
    }

    default void sourceFinished(ImportReport.SourceOutcome outcome) {
    }
}
