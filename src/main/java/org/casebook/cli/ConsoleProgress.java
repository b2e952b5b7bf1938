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

    @Override
    public void itemsStored(Path file, int itemsSoFar) {
        if (enabled && itemsSoFar % 50_000 == 0 && itemsSoFar > 0) {
            spec.commandLine().getErr().printf("  %,d items%n", itemsSoFar);
        }
    }
}
