package org.casebook.ui.importing;

import java.nio.file.Path;
import java.util.List;
import javafx.concurrent.Task;
import org.casebook.ingest.DemoCorpus;
import org.casebook.ingest.ImportListener;
import org.casebook.ingest.ImportReport;
import org.casebook.ingest.Importer;
import org.casebook.store.Workspace;
import org.casebook.ui.WorkspaceSession;
import org.casebook.ui.command.UiCommand;

/**
 * Imports files and folders (or the bundled demo corpus) into the open workspace, then brings persons and cases up
 * to date. Each file is imported whole or not at all; the summary says what was imported, skipped as already
 * imported, or rejected and why.
 */
public final class ImportCommand implements UiCommand<ImportSummary> {

    @FunctionalInterface
    private interface Work {
        ImportReport run(Workspace workspace, ImportListener listener);
    }

    private final WorkspaceSession session;
    private final String description;
    private final Work work;

    private ImportCommand(WorkspaceSession session, String description, Work work) {
        this.session = session;
        this.description = description;
        this.work = work;
    }

    public static ImportCommand files(WorkspaceSession session, List<Path> paths) {
        String what = paths.size() == 1 ? String.valueOf(paths.get(0).getFileName()) : paths.size() + " files or folders";
        return new ImportCommand(session, "Import " + what, (ws, listener) ->
                new Importer(ws).importPaths(List.copyOf(paths), Importer.Options.DEFAULT, listener));
    }

    public static ImportCommand demoCorpus(WorkspaceSession session) {
        return new ImportCommand(session, "Import the demo corpus", DemoCorpus::importInto);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Task<ImportSummary> task() {
        return new Task<>() {
            @Override
            protected ImportSummary call() {
                updateMessage(description + "…");
                updateProgress(-1, 1);
                ImportReport report = work.run(session.workspace(), new ImportListener() {
                    private int index;
                    private int total;

                    @Override
                    public void sourceStarted(Path file, int index, int total) {
                        this.index = index;
                        this.total = total;
                        updateMessage("Importing " + file.getFileName() + " (" + (index + 1) + " of " + total + ")");
                        updateProgress(index, total);
                    }

                    @Override
                    public void itemsStored(Path file, int itemsSoFar) {
                        updateMessage("Importing " + file.getFileName() + " (" + (index + 1) + " of " + total + "): "
                                + String.format("%,d", itemsSoFar) + " items");
                    }
                });
                if (!report.with(ImportReport.Status.IMPORTED).isEmpty()) {
                    updateMessage("Finding people and cases…");
                    updateProgress(-1, 1);
                    session.refreshServices();
                }
                updateProgress(1, 1);
                return ImportSummary.of(report);
            }
        };
    }
}
