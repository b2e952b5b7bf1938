package org.casebook.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.casebook.store.Workspace;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A command that shows the workspace's entities: it opens an existing workspace, brings the entities up to date
 * (extracting and resolving what was imported since the last pass) and prints, as text or JSON.
 */
abstract class EntityCommand implements Callable<Integer> {

    @ParentCommand
    CasebookCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print JSON (one object per line).")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (Workspace workspace = parent.openExistingWorkspace()) {
            CorrectionSupport.current(workspace);
            run(workspace, spec.commandLine().getOut());
        }
        return 0;
    }

    abstract void run(Workspace workspace, PrintWriter out) throws Exception;
}
