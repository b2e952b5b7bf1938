package org.casebook.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.casebook.model.Network;
import org.casebook.network.SyntheticNetwork;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code casebook bench network}: a generated network (fixed seed) in the real network pane: time until the force
 * layout is stable, frame times while it runs, the time to draw a frame and to highlight a node's neighbours.
 * Needs a display (under Xvfb on a server).
 */
@Command(name = "network", description = "Time the network pane on a generated network (needs a display).")
final class BenchNetworkCommand implements Callable<Integer> {

    private static volatile NetworkWindowBench window;

    @Spec
    CommandSpec spec;

    @Option(names = "--nodes", paramLabel = "N", description = "Nodes (one in five a case; default: ${DEFAULT-VALUE}).")
    int nodes = 2_000;

    @Option(names = "--edges", paramLabel = "M", description = "Links (default: ${DEFAULT-VALUE}).")
    int edges = 10_000;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
    long seed = 7;

    @Option(names = "--max-seconds", paramLabel = "T", description = "Give up waiting for the layout after T s "
            + "(default: ${DEFAULT-VALUE}).")
    int maxSeconds = 60;

    /** Set by the entry point: how to open the window. */
    static void use(NetworkWindowBench bench) {
        window = bench;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (window == null) {
            throw new CliException("bench network opens the window: run it from the jar (java -jar casebook.jar ...)");
        }
        long t0 = System.nanoTime();
        Network network = SyntheticNetwork.generate(nodes, edges, seed);
        out.printf("network: %,d nodes, %,d links (seed %d), generated in %.0f ms%n", network.nodes().size(),
                network.edges().size(), seed, (System.nanoTime() - t0) / 1e6);
        for (String line : window.run(network, maxSeconds * 1000L)) {
            out.println(line);
        }
        return 0;
    }
}
