package org.casebook;

import org.casebook.cli.CasebookCommand;
import org.casebook.ui.CasebookApp;

/**
 * Entry point of the jar: without arguments the window, with any the command line. Deliberately not a JavaFX
 * {@code Application}: a fat jar started with {@code java -jar} cannot launch one directly, and the command line
 * must work without a display (it never touches JavaFX).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            WindowJvm.forThisJvm().flatMap(WindowJvm::run).ifPresent(System::exit);
            CasebookApp.launchWindow(args);
            return;
        }
        CasebookCommand.useNetworkWindowBench(org.casebook.ui.network.NetworkBench::run);
        System.exit(CasebookCommand.run(args));
    }
}
