package org.casebook;

import org.casebook.cli.CasebookCommand;

/**
 * Entry point of the jar. Deliberately not a JavaFX {@code Application}: a fat jar started with {@code java -jar}
 * cannot launch one directly, and the command line must work without a display.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(CasebookCommand.run(args));
    }
}
