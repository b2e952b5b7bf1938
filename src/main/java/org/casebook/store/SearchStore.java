package org.casebook.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The full-text index and what a search reads besides it: the matches of an FTS5 expression with their bm25
 * scores, the columns filters and facets need for every item, and which entities each item names (the items shown
 * are read by {@link ChronologyStore#rows}).
 */
public final class SearchStore {

    /** Receives the matches of an expression, in no particular order. */
    @FunctionalInterface
    public interface MatchSink {
        void accept(int itemId, double score);
    }

    /** Changes to the workspace: by this connection, and by any other since it opened. */
    public record Version(long ownChanges, long othersChanges) {
    }

    /**
     * The definition of the index's words: its SQL (changed only by a migration) and the folding of words
     * ({@code NameKey.foldText}). Raise it when either changes; workspaces indexed under another one are emptied when
     * opened and filled again by the first search.
     */
    public static final int INDEX_DEFINITION = 1;

    private final Connection connection;
    /** Rows this connection wrote for notes and tags: nothing a search keeps in memory depends on them. */
    private long annotationChanges;

    SearchStore(Connection connection) {
        this.connection = connection;
    }

    /** Runs a write of notes or tags, whose rows do not count as a change of what searches read. */
    <T> T annotation(java.util.function.Supplier<T> write) {
        long before = totalChanges();
        try {
            return write.get();
        } finally {
            annotationChanges += totalChanges() - before;
        }
    }

    private long totalChanges() {
        return Sql.queryOne(connection, "SELECT total_changes()", ps -> { }, rs -> rs.getLong(1)).orElse(0L);
    }

    /** Empties an index built under another definition (in one transaction); the items are then indexed anew. */
    static void resetIfOutdated(Connection connection) throws SQLException {
        int stored;
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT definition FROM search_index_state WHERE id = 1")) {
            stored = rs.next() ? rs.getInt(1) : 0;
        }
        if (stored == INDEX_DEFINITION) {
            return;
        }
        connection.setAutoCommit(false);
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("INSERT INTO item_search (item_search) VALUES ('delete-all')");
            st.executeUpdate("INSERT OR REPLACE INTO search_index_state (id, definition) VALUES (1, "
                    + INDEX_DEFINITION + ")");
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** The definition the index was built with (see {@link #INDEX_DEFINITION}). */
    public int indexDefinition() {
        return Sql.queryOne(connection, "SELECT definition FROM search_index_state WHERE id = 1", ps -> { },
                rs -> rs.getInt(1)).orElse(0);
    }

    /**
     * Every primary item the expression matches, with its score (bm25 negated: higher is better; 0 when not
     * {@code scored}).
     */
    public void matches(String match, boolean scored, MatchSink sink) {
        String sql = scored ? "SELECT rowid, -bm25(item_search) FROM item_search WHERE item_search MATCH ?"
                : "SELECT rowid, 0 FROM item_search WHERE item_search MATCH ?";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, match);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(rs.getInt(1), rs.getDouble(2));
                }
            }
        } catch (SQLException e) {
            throw Sql.failure(sql, e);
        }
    }

    /** The raw FTS5 query, ranked, for comparison in the search benchmark: the ids of the best {@code limit}. */
    public List<Long> rawMatch(String match, int limit) {
        String sql = "SELECT rowid FROM item_search WHERE item_search MATCH ? ORDER BY rank LIMIT ?";
        return Sql.queryList(connection, sql, ps -> {
            ps.setString(1, match);
            ps.setInt(2, limit);
        }, rs -> rs.getLong(1));
    }

    /**
     * Dates, source, language and primary of every item, in one scan of the item table. Each item comes as its id and
     * two numbers (its dates; its primary, source, language and precision): the driver's cost per column, more than
     * SQLite's scan, is what reading a million items takes.
     */
    public ItemColumns itemColumns() {
        int size = Sql.queryOne(connection, "SELECT coalesce(max(id), 0) + 1 FROM item", ps -> { }, rs -> rs.getInt(1))
                .orElse(1);
        List<String> languages = Sql.queryList(connection,
                "SELECT DISTINCT lang FROM item WHERE lang IS NOT NULL ORDER BY 1", ps -> { }, rs -> rs.getString(1));
        Map<Integer, Integer> sourceIndex = new HashMap<>();
        List<String> sourceNames = new ArrayList<>();
        Sql.queryList(connection, "SELECT id, file_name FROM source ORDER BY id", ps -> { }, rs -> {
            sourceIndex.put(rs.getInt(1), sourceNames.size());
            return sourceNames.add(rs.getString(2));
        });
        int[] sourceById = new int[sourceIndex.keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1];
        sourceIndex.forEach((id, index) -> sourceById[id] = index);

        StringBuilder langCase = new StringBuilder(languages.isEmpty() ? "0" : "CASE i.lang"); // no items: no WHEN
        for (int k = 0; k < languages.size(); k++) {
            langCase.append(" WHEN ? THEN ").append(k + 1);
        }
        if (!languages.isEmpty()) {
            langCase.append(" ELSE 0 END");
        }
        String day = "coalesce(CAST(replace(%s, '-', '') AS INTEGER), 0)";
        if (languages.size() > 126) {
            throw new StoreException("more than 126 languages in one workspace: the search cannot tell them apart");
        }
        // per item: ((start << 27 | end) << 8 | (language + 1) << 1 | month known), and (source << 32 | primary)
        String sql = "SELECT i.id, (((" + day.formatted("i.date_start") + " << 27) | "
                + day.formatted("coalesce(i.date_end, i.date_start)") + ") << 8) | ((" + langCase + ") << 1)"
                + " | (i.date_precision IN ('day', 'month')), (i.source_id << 32) | coalesce(i.duplicate_of, 0) "
                + "FROM item i";
        int[] start = new int[size];
        int[] end = new int[size];
        boolean[] monthKnown = new boolean[size];
        int[] source = new int[size];
        int[] lang = new int[size];
        int[] primary = new int[size];
        java.util.Arrays.fill(source, -1);
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int k = 0; k < languages.size(); k++) {
                ps.setString(k + 1, languages.get(k));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int id = rs.getInt(1);
                    if (id >= size) {
                        continue; // written by another connection after the size was read: seen at the next reload
                    }
                    long packed = rs.getLong(2);
                    monthKnown[id] = (packed & 1) == 1;
                    lang[id] = (int) ((packed >>> 1) & 0x7F) - 1;
                    long dates = packed >>> 8;
                    start[id] = (int) (dates >>> 27);
                    end[id] = (int) (dates & ((1 << 27) - 1));
                    long origin = rs.getLong(3);
                    primary[id] = (int) (origin & 0xFFFF_FFFFL);
                    int sourceId = (int) (origin >>> 32);
                    source[id] = sourceId < sourceById.length ? sourceById[sourceId] : -1;
                }
            }
        } catch (SQLException e) {
            throw Sql.failure(sql, e);
        }
        return new ItemColumns(start, end, monthKnown, source, lang, primary, List.copyOf(sourceNames),
                List.copyOf(languages));
    }

    /** The persons items name (through their resolved mentions), for items with ids below {@code size}. */
    public Memberships persons(int size) {
        return memberships(size, "SELECT DISTINCT m.item_id, em.entity_id FROM mention m "
                + "JOIN entity_mention em ON em.mention_id = m.id JOIN entity e ON e.id = em.entity_id "
                + "WHERE e.kind = 'person' ORDER BY 1, 2", "person");
    }

    /** The cases items are evidence of, for items with ids below {@code size}. */
    public Memberships cases(int size) {
        return memberships(size, "SELECT DISTINCT r.item_id, r.case_id FROM case_role r "
                + "JOIN entity e ON e.id = r.case_id WHERE e.kind = 'case' AND r.item_id IS NOT NULL ORDER BY 1, 2",
                "case");
    }

    private Memberships memberships(int size, String sql, String kind) {
        int[] offsets = new int[size + 1];
        int[] entities = new int[1024];
        int count = 0;
        int filled = 0; // offsets[0..filled] are set
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                int item = rs.getInt(1);
                if (item >= size) {
                    break;
                }
                while (filled < item) {
                    offsets[++filled] = count;
                }
                if (count == entities.length) {
                    entities = java.util.Arrays.copyOf(entities, count * 2);
                }
                entities[count++] = rs.getInt(2);
            }
        } catch (SQLException e) {
            throw Sql.failure(sql, e);
        }
        while (filled < size) {
            offsets[++filled] = count;
        }
        Map<Integer, String> names = new HashMap<>();
        Sql.queryList(connection, "SELECT id, name FROM entity WHERE kind = ?", ps -> ps.setString(1, kind),
                rs -> names.put(rs.getInt(1), rs.getString(2)));
        return new Memberships(offsets, java.util.Arrays.copyOf(entities, count), names);
    }

    /**
     * Cheap to ask before every search: a cached view of the workspace is stale when this has changed. Notes and
     * tags written by this connection do not count (a translator's typing must not make the next search re-read
     * every item); other connections' writes all do.
     */
    public Version version() {
        try (Statement st = connection.createStatement()) {
            long own;
            try (ResultSet rs = st.executeQuery("SELECT total_changes()")) {
                own = rs.next() ? rs.getLong(1) : 0;
            }
            try (ResultSet rs = st.executeQuery("PRAGMA data_version")) {
                return new Version(own - annotationChanges, rs.next() ? rs.getLong(1) : 0);
            }
        } catch (SQLException e) {
            throw Sql.failure("SELECT total_changes()", e);
        }
    }
}
