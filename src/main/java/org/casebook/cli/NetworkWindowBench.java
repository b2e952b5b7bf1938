package org.casebook.cli;

import java.util.List;
import org.casebook.model.Network;

/**
 * Shows a network in the real network pane and measures it; given by the entry point (the command line cannot
 * depend on the window), so {@code bench network} works only from the jar's main.
 */
@FunctionalInterface
public interface NetworkWindowBench {

    /** Shows the network, waits up to {@code maxMillis} for the layout to settle; the figures, one per line. */
    List<String> run(Network network, long maxMillis) throws Exception;
}
