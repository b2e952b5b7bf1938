package org.casebook.extract;

import java.util.concurrent.ForkJoinPool;

/**
 * The threads text analysis runs on: one per core, besides the thread that stores. The common pool has one
 * thread fewer than there are cores, which on a two-core laptop would leave analysis on a single core.
 */
public final class Workers {

    public static final ForkJoinPool POOL = new ForkJoinPool(Runtime.getRuntime().availableProcessors());

    private Workers() {
    }
}
