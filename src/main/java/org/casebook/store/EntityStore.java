package org.casebook.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.casebook.model.Decision;
import org.casebook.model.EntityKind;
import org.casebook.model.Mention;
import org.casebook.model.Resolution;
import org.casebook.model.StoredMention;

/** Mentions, resolved entities with their links, and the researcher's decisions. */
public final class EntityStore {

    /** Built on first use: creating an ObjectMapper costs about 0.2 s, too much for every workspace opened. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private final Connection connection;

    EntityStore(Connection connection) {
        this.connection = connection;
    }

    public void insertMentions(long itemId, List<Mention> mentions) {
        if (mentions.isEmpty()) {
            return;
        }
        batch("INSERT INTO mention (item_id, kind, surface, begin_char, end_char, canonical, cue) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", mentions, (ps, m) -> {
                    ps.setLong(1, itemId);
                    ps.setString(2, m.kind().key());
                    ps.setString(3, m.surface());
                    ps.setInt(4, m.begin());
                    ps.setInt(5, m.end());
                    ps.setString(6, m.canonical());
                    ps.setString(7, m.cue());
                });
    }

    public void deleteAllMentions() {
        Sql.update(connection, "DELETE FROM mention", ps -> { });
        Sql.update(connection, "DELETE FROM item_extracted", ps -> { });
    }

    /** An item whose names are still to be extracted. */
    public record PendingItem(long id, String text) {
    }

    /** Up to {@code limit} primary items not extracted yet, oldest id first. */
    public List<PendingItem> itemsToExtract(int limit) {
        return Sql.queryList(connection, "SELECT i.id, i.text FROM item i WHERE i.duplicate_of IS NULL "
                + "AND NOT EXISTS (SELECT 1 FROM item_extracted x WHERE x.item_id = i.id) ORDER BY i.id LIMIT ?",
                ps -> ps.setInt(1, limit), rs -> new PendingItem(rs.getLong(1), rs.getString(2)));
    }

    public void markExtracted(List<Long> itemIds) {
        batch("INSERT OR IGNORE INTO item_extracted (item_id) VALUES (?)", itemIds, (ps, id) -> ps.setLong(1, id));
    }

    /** Whether a resolution pass has stored entities (a workspace without any names re-runs its cheap pass). */
    public boolean hasEntities() {
        return Sql.queryOne(connection, "SELECT EXISTS (SELECT 1 FROM entity)", ps -> { }, rs -> rs.getInt(1) == 1)
                .orElse(false);
    }

    /** Every mention with its item's place, ordered by item and position. */
    public void forEachMention(Consumer<StoredMention> consumer) {
        String sql = "SELECT m.id, m.item_id, i.source_id, coalesce(i.line, 0), m.kind, m.surface, m.begin_char, "
                + "m.end_char, m.canonical, m.cue FROM mention m JOIN item i ON i.id = m.item_id "
                + "ORDER BY m.item_id, m.begin_char";
        try (PreparedStatement ps = connection.prepareStatement(sql); var rs = ps.executeQuery()) {
            while (rs.next()) {
                consumer.accept(new StoredMention(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4),
                        new Mention(EntityKind.ofKey(rs.getString(5)), rs.getString(6), rs.getInt(7), rs.getInt(8),
                                rs.getString(9), rs.getString(10))));
            }
        } catch (SQLException e) {
            throw Sql.failure(sql, e);
        }
    }

    /** The entity each mention resolved to in the last pass. */
    public Map<Long, Long> previousAssignment() {
        Map<Long, Long> assigned = new HashMap<>();
        Sql.queryList(connection, "SELECT mention_id, entity_id FROM entity_mention", ps -> { },
                rs -> assigned.put(rs.getLong(1), rs.getLong(2)));
        return assigned;
    }

    /** The id each person name key first got. */
    public Map<String, Long> personKeys() {
        Map<String, Long> keys = new HashMap<>();
        Sql.queryList(connection, "SELECT name_key, entity_id FROM person_key", ps -> { },
                rs -> keys.put(rs.getString(1), rs.getLong(2)));
        return keys;
    }

    /** Records the ids of name keys seen for the first time; a key keeps its first id. */
    public void recordPersonKeys(Map<String, Long> keys) {
        batch("INSERT OR IGNORE INTO person_key (name_key, entity_id) VALUES (?, ?)", new ArrayList<>(keys.entrySet()),
                (ps, e) -> {
                    ps.setString(1, e.getKey());
                    ps.setLong(2, e.getValue());
                });
    }

    public long nextEntityId() {
        return Sql.queryOne(connection, "SELECT coalesce(max(id), 0) + 1 FROM entity", ps -> { }, rs -> rs.getLong(1))
                .orElseThrow();
    }

    /** Replaces the previous pass's entities and links with this one's. Call inside a transaction. */
    public void replaceResolution(Resolution resolution) {
        try (Statement st = connection.createStatement()) {
            st.execute("DELETE FROM merge_suggestion");
            st.execute("DELETE FROM person_relation");
            st.execute("DELETE FROM case_role");
            st.execute("DELETE FROM entity_alias");
            st.execute("DELETE FROM entity_mention");
            st.execute("DELETE FROM entity");
        } catch (SQLException e) {
            throw Sql.failure("DELETE (resolution)", e);
        }
        batch("INSERT INTO entity (id, kind, name) VALUES (?, ?, ?)", resolution.entities(), (ps, e) -> {
            ps.setLong(1, e.id());
            ps.setString(2, e.kind().key());
            ps.setString(3, e.name());
        });
        List<long[]> pairs = new ArrayList<>();
        List<Object[]> aliases = new ArrayList<>();
        for (Resolution.Entity e : resolution.entities()) {
            e.mentionIds().forEach(m -> pairs.add(new long[] {m, e.id()}));
            e.addedAliases().forEach(a -> aliases.add(new Object[] {e.id(), a}));
        }
        batch("INSERT INTO entity_mention (mention_id, entity_id) VALUES (?, ?)", pairs, (ps, p) -> {
            ps.setLong(1, p[0]);
            ps.setLong(2, p[1]);
        });
        batch("INSERT OR IGNORE INTO entity_alias (entity_id, alias) VALUES (?, ?)", aliases, (ps, a) -> {
            ps.setLong(1, (Long) a[0]);
            ps.setString(2, (String) a[1]);
        });
        batch("INSERT INTO case_role (case_id, person_id, role, item_id, by_hand) VALUES (?, ?, ?, ?, ?)",
                resolution.caseRoles(), (ps, r) -> {
                    ps.setLong(1, r.caseId());
                    ps.setLong(2, r.personId());
                    ps.setString(3, r.role().key());
                    ps.setObject(4, r.itemId());
                    ps.setInt(5, r.byHand() ? 1 : 0);
                });
        batch("INSERT INTO person_relation (person_id, other_id, relation, item_id) VALUES (?, ?, ?, ?)",
                resolution.relations(), (ps, r) -> {
                    ps.setLong(1, r.personId());
                    ps.setLong(2, r.otherId());
                    ps.setString(3, r.relation().key());
                    ps.setLong(4, r.itemId());
                });
        batch("INSERT INTO merge_suggestion (person_id, other_id, reason) VALUES (?, ?, ?)",
                resolution.suggestions(), (ps, s) -> {
                    ps.setLong(1, s.personId());
                    ps.setLong(2, s.otherId());
                    ps.setString(3, s.reason());
                });
    }

    private interface RowBinder<T> {
        void bind(PreparedStatement ps, T row) throws SQLException;
    }

    private <T> void batch(String sql, List<T> rows, RowBinder<T> binder) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (T row : rows) {
                binder.bind(ps, row);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw Sql.failure(sql, e);
        }
    }

    // --- reading resolved entities ---

    /** An entity as listed: id, kind, name, every distinct surface form and hand-added alias, and its item ids. */
    public record EntityRow(long id, EntityKind kind, String name, List<String> aliases, List<Long> items) {
    }

    public List<EntityRow> entities(EntityKind kind) {
        Map<Long, EntityRow> rows = new java.util.LinkedHashMap<>();
        Sql.queryList(connection, "SELECT id, name FROM entity WHERE kind = ? ORDER BY name, id",
                ps -> ps.setString(1, kind.key()), rs -> rows.put(rs.getLong(1),
                        new EntityRow(rs.getLong(1), kind, rs.getString(2), new ArrayList<>(), new ArrayList<>())));
        Sql.queryList(connection, "SELECT em.entity_id, m.surface, min(m.id) FROM entity_mention em "
                + "JOIN mention m ON m.id = em.mention_id JOIN entity e ON e.id = em.entity_id WHERE e.kind = ? "
                + "GROUP BY em.entity_id, m.surface ORDER BY em.entity_id, 3", ps -> ps.setString(1, kind.key()),
                rs -> rows.get(rs.getLong(1)).aliases().add(rs.getString(2)));
        Sql.queryList(connection, "SELECT a.entity_id, a.alias FROM entity_alias a JOIN entity e ON e.id = a.entity_id "
                + "WHERE e.kind = ?", ps -> ps.setString(1, kind.key()), rs -> {
                    List<String> aliases = rows.get(rs.getLong(1)).aliases();
                    if (!aliases.contains(rs.getString(2))) {
                        aliases.add(rs.getString(2));
                    }
                    return null;
                });
        String itemsSql = kind == EntityKind.CASE
                ? "SELECT DISTINCT r.case_id, r.item_id FROM case_role r JOIN item i ON i.id = r.item_id "
                + "WHERE r.item_id IS NOT NULL ORDER BY r.case_id, i.date_start IS NULL, i.date_start DESC, i.id"
                : "SELECT DISTINCT em.entity_id, m.item_id FROM entity_mention em JOIN mention m ON m.id = em.mention_id "
                + "JOIN entity e ON e.id = em.entity_id JOIN item i ON i.id = m.item_id WHERE e.kind = ? "
                + "ORDER BY em.entity_id, i.date_start IS NULL, i.date_start DESC, i.id";
        Sql.queryList(connection, itemsSql, ps -> {
            if (kind != EntityKind.CASE) {
                ps.setString(1, kind.key());
            }
        }, rs -> {
            EntityRow row = rows.get(rs.getLong(1));
            if (row != null) {
                row.items().add(rs.getLong(2));
            }
            return null;
        });
        return new ArrayList<>(rows.values());
    }

    /** A person's or a case's role links: (case id, person id, role, item id or null). */
    public record RoleRow(long caseId, long personId, String role, Long itemId) {
    }

    public List<RoleRow> roles() {
        return Sql.queryList(connection, "SELECT case_id, person_id, role, item_id FROM case_role "
                + "ORDER BY case_id, person_id, role, item_id", ps -> { },
                rs -> {
                    long item = rs.getLong(4);
                    Long itemOrNull = rs.wasNull() ? null : item;
                    return new RoleRow(rs.getLong(1), rs.getLong(2), rs.getString(3), itemOrNull);
                });
    }

    public record RelationRow(long personId, long otherId, String relation, long itemId) {
    }

    public List<RelationRow> relations() {
        return Sql.queryList(connection, "SELECT person_id, other_id, relation, item_id FROM person_relation "
                + "ORDER BY person_id, other_id, relation, item_id", ps -> { },
                rs -> new RelationRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4)));
    }

    public record SuggestionRow(long personId, long otherId, String reason) {
    }

    public List<SuggestionRow> suggestions() {
        return Sql.queryList(connection, "SELECT person_id, other_id, reason FROM merge_suggestion", ps -> { },
                rs -> new SuggestionRow(rs.getLong(1), rs.getLong(2), rs.getString(3)));
    }

    /** Item dates (ISO start) of the given items, for first/last seen. */
    public Map<Long, String> itemDates(List<Long> itemIds) {
        Map<Long, String> starts = new HashMap<>();
        itemDateRanges(itemIds).forEach((id, range) -> starts.put(id, range[0]));
        return starts;
    }

    /**
     * Item dates as ranges for date filters: {start, end} in ISO form at the item's precision (2019, 2019-03 or
     * 2019-03-19; the end is the start when the item names one date). Undated items are absent.
     */
    public Map<Long, String[]> itemDateRanges(List<Long> itemIds) {
        Map<Long, String[]> ranges = new HashMap<>();
        String ids = itemIds.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "[", "]"));
        Sql.queryList(connection, "SELECT id, date_start, coalesce(date_end, date_start), date_precision FROM item "
                + "WHERE id IN (SELECT value FROM json_each(?)) AND date_start IS NOT NULL", ps -> ps.setString(1, ids),
                rs -> {
                    org.casebook.model.DatePrecision precision = org.casebook.model.DatePrecision.ofKey(rs.getString(4));
                    return ranges.put(rs.getLong(1), new String[] {
                        org.casebook.model.ItemDate.iso(java.time.LocalDate.parse(rs.getString(2)), precision),
                        org.casebook.model.ItemDate.iso(java.time.LocalDate.parse(rs.getString(3)), precision)});
                });
        return ranges;
    }

    /** A person's name in an item's text: the span, as written, and the person it resolved to. */
    public record PersonSpan(int begin, int end, String surface, long personId, String personName) {
    }

    /** The names of resolved persons in one item, in text order. */
    public List<PersonSpan> personSpans(long itemId) {
        return Sql.queryList(connection, "SELECT m.begin_char, m.end_char, m.surface, e.id, e.name FROM mention m "
                + "JOIN entity_mention em ON em.mention_id = m.id JOIN entity e ON e.id = em.entity_id "
                + "WHERE m.item_id = ? AND e.kind = 'person' ORDER BY m.begin_char, m.end_char DESC",
                ps -> ps.setLong(1, itemId), rs -> new PersonSpan(rs.getInt(1), rs.getInt(2), rs.getString(3),
                        rs.getLong(4), rs.getString(5)));
    }

    // --- decisions ---

    public long addDecision(String action, Map<String, String> args) {
        try {
            String json = Json.MAPPER.writeValueAsString(args);
            return Sql.insert(connection, "INSERT INTO decision (action, args, made_at) VALUES (?, ?, ?)", ps -> {
                ps.setString(1, action);
                ps.setString(2, json);
                ps.setString(3, Instant.now().toString());
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decisions in force, oldest first. */
    public List<Decision> decisions() {
        return Sql.queryList(connection, "SELECT id, action, args, made_at FROM decision WHERE undone = 0 ORDER BY id",
                ps -> { }, rs -> {
                    try {
                        Map<String, String> args = Json.MAPPER.readValue(rs.getString(3), new TypeReference<>() { });
                        return new Decision(rs.getLong(1), rs.getString(2), args, Instant.parse(rs.getString(4)));
                    } catch (JsonProcessingException e) {
                        throw new SQLException("unreadable decision " + rs.getLong(1), e);
                    }
                });
    }

    /** Marks one decision undone (true) or in force again (false); false when there is no such decision. */
    public boolean setUndone(long decisionId, boolean undone) {
        return Sql.update(connection, "UPDATE decision SET undone = ? WHERE id = ?", ps -> {
            ps.setInt(1, undone ? 1 : 0);
            ps.setLong(2, decisionId);
        }) > 0;
    }

    /** Marks the latest decision in force undone; empty if there is none. */
    public Optional<Decision> undoLast() {
        List<Decision> decisions = decisions();
        if (decisions.isEmpty()) {
            return Optional.empty();
        }
        Decision last = decisions.get(decisions.size() - 1);
        Sql.update(connection, "UPDATE decision SET undone = 1 WHERE id = ?", ps -> ps.setLong(1, last.id()));
        return Optional.of(last);
    }
}
