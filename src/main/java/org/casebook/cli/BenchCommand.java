package org.casebook.cli;

import picocli.CommandLine.Command;

/** Benchmarks, run by hand; their figures go to docs/performance.md. */
@Command(name = "bench", description = "Measure Casebook's speed on a scaled corpus.",
        subcommands = {BenchImportCommand.class, BenchSearchCommand.class, BenchUiCommand.class,
                BenchNetworkCommand.class})
final class BenchCommand {
}
