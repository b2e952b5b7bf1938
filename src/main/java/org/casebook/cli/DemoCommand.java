package org.casebook.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.casebook.ingest.DemoCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code casebook demo}: builds a fresh demo workspace from the seed corpus bundled in the jar and prints what it
 * holds. The demo workspace is its own file (default ~/.casebook/demo.db), never the researcher's workspace.
 */
@Command(name = "demo", description = "Build a fresh demo workspace from the bundled seed corpus (items, then persons, "
        + "organisations, places and cases) and print its stats.")
final class DemoCommand implements Callable<Integer> {

    static final List<String> DEMO_FILES = DemoCorpus.FILES;

    @Spec
    CommandSpec spec;

    @Option(names = "--workspace", paramLabel = "FILE", description = "Demo workspace file (default: ${DEFAULT-VALUE}); replaced.")
    Path workspace = Path.of(System.getProperty("user.home"), ".casebook", "demo.db");

    @Override
    public Integer call() throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(workspace + suffix));
        }
        Path corpus = Files.createTempDirectory("casebook-demo");
        try {
            copyDemoCorpus(corpus, DEMO_FILES);
            String db = workspace.toString();
            int imported = CasebookCommand.run(new String[] {"--db", db, "import", corpus.toString()},
                    spec.commandLine().getOut(), spec.commandLine().getErr());
            if (imported != 0) {
                return imported;
            }
            int resolved = CasebookCommand.run(new String[] {"--db", db, "resolve"}, spec.commandLine().getOut(),
                    spec.commandLine().getErr());
            if (resolved != 0) {
                return resolved;
            }
            spec.commandLine().getOut().println();
            return CasebookCommand.run(new String[] {"--db", db, "stats"}, spec.commandLine().getOut(),
                    spec.commandLine().getErr());
        } finally {
            for (String name : DEMO_FILES) {
                Files.deleteIfExists(corpus.resolve(name));
            }
            Files.deleteIfExists(corpus);
        }
    }

    /** Copies the named demo files out of the jar into the folder. */
    static void copyDemoCorpus(Path folder, List<String> names) throws IOException {
        DemoCorpus.copyTo(folder, names);
    }
}
