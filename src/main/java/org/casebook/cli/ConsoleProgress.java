package org.casebook.cli;

import java.nio.file.Path;
import org.casebook.ingest.ImportListener;
import picocli.CommandLine.Model.CommandSpec;

/** Shows which file is being imported, on an interactive terminal only, so scripts see clean output. */
final class ConsoleProgress implements ImportListener {

    private final CommandSpec spec;
    private final boolean enabled;

    ConsoleProgress(CommandSpec spec, boolean json) {
        this.spec = spec;
        this.enabled = !json && System.console() != null;
    }

    @Override
    public void sourceStarted(Path file, int index, int total) {
        if (enabled) {
            spec.commandLine().getErr().printf("importing %d/%d %s%n", index + 1, total, file.getFileName());
        }
    }

    private static final int EVERY = 50_000;
    private int shown;

    @Override
    public void itemsStored(Path file, int itemsSoFar) {
        if (enabled && itemsSoFar / EVERY > shown) {
            shown = itemsSoFar / EVERY;
            spec.commandLine().getErr().printf("  %,d items%n", itemsSoFar);
        }
    }

    @Override
    public void sourceFinished(org.casebook.ingest.ImportReport.SourceOutcome outcome) {
        shown = 0;
    }
}
