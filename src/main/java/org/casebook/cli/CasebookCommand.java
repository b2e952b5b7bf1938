package org.casebook.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.casebook.store.StoreException;
import org.casebook.store.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code casebook [--db FILE] COMMAND}: the command line over one workspace. */
@Command(name = "casebook", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT,
        version = "Casebook 0.1.0",
        description = "Offline investigation workbench for human-rights documentation.",
        subcommands = {ImportCommand.class, ItemsCommand.class, StatsCommand.class, PersonsCommand.class,
                DossierCommand.class, CasesCommand.class, NamedEntitiesCommand.Organisations.class,
                NamedEntitiesCommand.Places.class, CorrectionCommands.Merge.class, CorrectionCommands.Split.class,
                CorrectionCommands.Rename.class, CorrectionCommands.Alias.class, CorrectionCommands.NotPerson.class,
                CorrectionCommands.Link.class, CorrectionCommands.Unlink.class, CorrectionCommands.Undo.class,
                CorrectionCommands.Resolve.class, SuggestionsCommand.class, SearchCommand.class, TagCommand.class, NetworkCommand.class, DemoCommand.class,
                BenchCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:an error (one line on stderr names the file and the problem)",
                "2:wrong usage", "3:import finished, but some files were rejected (listed on stderr)"})
public final class CasebookCommand {

    public static final int EXIT_ERROR = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_SOME_REJECTED = 3;

    @Option(names = "--db", paramLabel = "FILE",
            description = "Workspace file (SQLite); default: ${DEFAULT-VALUE}")
    Path db = Workspace.defaultFile();

    /** Opens the workspace, creating it if needed (import). */
    Workspace openWorkspace() {
        return Workspace.open(db);
    }

    /** Opens a workspace that must exist: a mistyped --db must not quietly show an empty new one. */
    Workspace openExistingWorkspace() {
        if (!java.nio.file.Files.exists(db)) {
            throw new CliException(db.toAbsolutePath() + ": no workspace here; import files into it first");
        }
        return Workspace.open(db);
    }

    /** How {@code bench network} opens the window (set by the entry point; the command line knows no window). */
    public static void useNetworkWindowBench(NetworkWindowBench bench) {
        BenchNetworkCommand.use(bench);
    }

    /** Runs the command line with UTF-8 output and one-line error messages; returns the exit code. */
    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new CasebookCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("casebook: " + oneLine(e));
            return EXIT_ERROR;
        });
        cli.setParameterExceptionHandler((e, args1) -> {
            e.getCommandLine().getErr().println("casebook: " + e.getMessage());
            e.getCommandLine().getErr().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help' for usage.");
            return EXIT_USAGE;
        });
        cli.getSubcommands().get("search").setUnmatchedOptionsArePositionalParams(true); // "extradition -France"
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static String oneLine(Exception e) {
        String message = e instanceof StoreException || e instanceof CliException || e.getMessage() != null
                ? e.getMessage() : e.getClass().getSimpleName();
        return message.replace('\n', ' ');
    }
}
