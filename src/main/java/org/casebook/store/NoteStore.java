package org.casebook.store;

import java.sql.Connection;
import java.time.Instant;
import java.util.Optional;

/**
 * The researcher's notes: one free text per item and per person (entity). Saving an empty text deletes the note;
 * the first save records when it was created, every save when it was updated.
 */
public final class NoteStore {

    /** A note as stored. */
    public record Note(String text, Instant createdAt, Instant updatedAt) {
    }

    private final Connection connection;
    private final SearchStore search;

    NoteStore(Connection connection, SearchStore search) {
        this.connection = connection;
        this.search = search;
    }

    public Optional<Note> ofItem(long itemId) {
        return find("item_id", itemId);
    }

    public Optional<Note> ofEntity(long entityId) {
        return find("entity_id", entityId);
    }

    /** Sets the item's note; a blank text removes it. */
    public void setOnItem(long itemId, String text) {
        search.annotation(() -> set("item_id", itemId, text));
    }

    /** Sets the entity's note; a blank text removes it. */
    public void setOnEntity(long entityId, String text) {
        search.annotation(() -> set("entity_id", entityId, text));
    }

    private Optional<Note> find(String column, long id) {
        return Sql.queryOne(connection, "SELECT text, created_at, updated_at FROM note WHERE " + column + " = ?",
                ps -> ps.setLong(1, id), rs -> new Note(rs.getString(1), Instant.parse(rs.getString(2)),
                        Instant.parse(rs.getString(3))));
    }

    private Void set(String column, long id, String text) {
        if (text == null || text.isBlank()) {
            Sql.update(connection, "DELETE FROM note WHERE " + column + " = ?", ps -> ps.setLong(1, id));
            return null;
        }
        String now = Instant.now().toString();
        int updated = Sql.update(connection, "UPDATE note SET text = ?, updated_at = ? WHERE " + column + " = ?",
                ps -> {
                    ps.setString(1, text);
                    ps.setString(2, now);
                    ps.setLong(3, id);
                });
        if (updated == 0) {
            Sql.update(connection, "INSERT INTO note (" + column + ", text, created_at, updated_at) VALUES (?, ?, ?, ?)",
                    ps -> {
                        ps.setLong(1, id);
                        ps.setString(2, text);
                        ps.setString(3, now);
                        ps.setString(4, now);
                    });
        }
        return null;
    }
}
