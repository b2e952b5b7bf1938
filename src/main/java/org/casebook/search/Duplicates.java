package org.casebook.search;

import org.casebook.store.ItemColumns;

/** The repeats of each primary item, as compressed rows, for {@code dup:include}. */
final class Duplicates {

    private final int[] offsets;
    private final int[] repeats;

    Duplicates(ItemColumns columns) {
        int[] primary = columns.primary();
        offsets = new int[primary.length + 1];
        for (int id = 1; id < primary.length; id++) {
            if (columns.exists(id) && primary[id] != 0) {
                offsets[primary[id] + 1]++;
            }
        }
        for (int i = 1; i < offsets.length; i++) {
            offsets[i] += offsets[i - 1];
        }
        repeats = new int[offsets[offsets.length - 1]];
        int[] next = java.util.Arrays.copyOf(offsets, primary.length);
        for (int id = 1; id < primary.length; id++) {
            if (columns.exists(id) && primary[id] != 0) {
                repeats[next[primary[id]]++] = id;
            }
        }
    }

    int start(int primary) {
        return offsets[primary];
    }

    int end(int primary) {
        return offsets[primary + 1];
    }

    int item(int index) {
        return repeats[index];
    }
}
