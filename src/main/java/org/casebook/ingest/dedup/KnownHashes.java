package org.casebook.ingest.dedup;

import java.util.BitSet;

/**
 * Which 64-bit keys (content hashes, sketch keys) the workspace may hold, in 2 MB whatever its size: a key never
 * seen skips the database lookup. A false "maybe" only costs that lookup; a "no" is always right.
 */
final class KnownHashes {

    private static final int BITS = 1 << 24;

    private final BitSet bits = new BitSet(BITS);

    void add(long hash) {
        bits.set(index(hash));
    }

    boolean mightContain(long hash) {
        return bits.get(index(hash));
    }

    private static int index(long hash) {
        return (int) (hash ^ (hash >>> 32)) & (BITS - 1);
    }
}
