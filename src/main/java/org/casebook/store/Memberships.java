package org.casebook.store;

import java.util.Map;

/**
 * Which entities of one kind each item names, as compressed rows: the entities of item {@code id} are
 * {@code entities()[start(id)] .. entities()[end(id) - 1]}, each once.
 */
public final class Memberships {

    private final int[] offsets;
    private final int[] entities;
    private final Map<Integer, String> names;
    private final int entityBound;

    Memberships(int[] offsets, int[] entities, Map<Integer, String> names) {
        this.offsets = offsets;
        this.entities = entities;
        this.names = Map.copyOf(names);
        this.entityBound = java.util.Arrays.stream(entities).max().orElse(-1) + 1;
    }

    public int[] entities() {
        return entities;
    }

    /** The entities' names, by id. */
    public Map<Integer, String> names() {
        return names;
    }

    /** One past the highest entity id named. */
    public int entityBound() {
        return entityBound;
    }

    public int start(int item) {
        return item + 1 < offsets.length ? offsets[item] : 0;
    }

    public int end(int item) {
        return item + 1 < offsets.length ? offsets[item + 1] : 0;
    }
}
