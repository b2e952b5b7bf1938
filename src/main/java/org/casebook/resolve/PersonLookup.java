package org.casebook.resolve;

import java.util.List;
import org.casebook.model.EntityKind;
import org.casebook.store.EntityStore;
import org.casebook.store.EntityStore.EntityRow;

/**
 * Finds an entity by id or by name, the name compared by {@link NameKey} with every form seen, so "Tokaev" finds
 * Kassym-Jomart Tokayev. A name that fits several entities is an error listing them.
 */
public final class PersonLookup {

    /** A lookup that found nothing, or too much; the message says which. */
    public static final class NotFound extends RuntimeException {
        public NotFound(String message) {
            super(message);
        }
    }

    private final EntityStore store;

    public PersonLookup(EntityStore store) {
        this.store = store;
    }

    public EntityRow find(EntityKind kind, String nameOrId) {
        List<EntityRow> all = store.entities(kind);
        if (nameOrId.matches("\\d+")) {
            long id = Long.parseLong(nameOrId);
            return all.stream().filter(e -> e.id() == id).findFirst()
                    .orElseThrow(() -> new NotFound("no " + kind.key() + " with id " + id));
        }
        List<EntityRow> written = all.stream().filter(e -> e.name().equalsIgnoreCase(nameOrId.trim())
                || e.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(nameOrId.trim()))).toList();
        if (written.size() == 1) {
            return written.get(0);
        }
        String key = NameKey.of(nameOrId);
        List<EntityRow> exact = all.stream().filter(e -> NameKey.of(e.name()).equals(key)
                || e.aliases().stream().anyMatch(a -> NameKey.of(a).equals(key))).toList();
        if (exact.isEmpty() && kind == EntityKind.PERSON && !key.contains(" ")) {
            exact = all.stream().filter(e -> e.aliases().stream().anyMatch(a -> lastWordKey(a).equals(key))).toList();
        }
        if (exact.size() == 1) {
            return exact.get(0);
        }
        if (exact.isEmpty()) {
            throw new NotFound("no " + kind.key() + " named \"" + nameOrId + "\"");
        }
        StringBuilder which = new StringBuilder();
        exact.forEach(e -> which.append(which.length() == 0 ? "" : ", ").append('#').append(e.id()).append(' ')
                .append(e.name()));
        throw new NotFound("\"" + nameOrId + "\" names several: " + which + "; give the id");
    }

    /** The key a decision records for an entity: that of its most telling form. */
    public static String handle(EntityRow row) {
        String nameKey = NameKey.of(row.name());
        return row.aliases().stream().map(NameKey::of).filter(nameKey::equals).findFirst()
                .orElse(row.aliases().isEmpty() ? nameKey : NameKey.of(row.aliases().get(0)));
    }

    private static String lastWordKey(String name) {
        String[] words = name.trim().split("[\\s.]+");
        return NameKey.ofWord(words[words.length - 1]);
    }
}
