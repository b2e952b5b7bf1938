package org.casebook.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.casebook.model.DateOrigin;
import org.casebook.model.DatePrecision;
import org.casebook.model.Item;
import org.casebook.model.ItemDate;
import org.casebook.model.ItemQuery;
import org.casebook.model.Locator;
import org.casebook.model.NewItem;
import org.casebook.model.Passage;
import org.casebook.model.PassageKind;

/** Items, their document passages and the duplicate index. Hot-path statements are prepared once. */
public final class ItemStore {

    private static final String ITEM_COLUMNS = "i.id, i.source_id, s.file_name, i.line, i.page, i.paragraph, i.text, "
            + "i.date_start, i.date_end, i.date_precision, i.date_origin, i.lang, i.duplicate_of";

    private final Connection connection;
    private final Map<String, PreparedStatement> prepared = new LinkedHashMap<>();
    private long nextId;

    ItemStore(Connection connection) {
        this.connection = connection;
    }

    private PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement ps = prepared.get(sql);
        if (ps == null || ps.isClosed()) {
            ps = connection.prepareStatement(sql);
            prepared.put(sql, ps);
        }
        return ps;
    }

    /**
     * Stores an item and returns its id. Ids are handed out here rather than read back from the database (one
     * connection writes, see {@link Workspace}): it saves a round trip per item on million-line imports.
     */
    public long insert(NewItem item) {
        String sql = "INSERT INTO item (id, source_id, line, page, paragraph, text, date_start, date_end, date_precision,"
                + " date_origin, lang, content_hash, duplicate_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try {
            long id = nextId();
            PreparedStatement ps = statement(sql);
            ps.setLong(1, id);
            insertColumns(ps, item);
            ps.executeUpdate();
            nextId = id + 1;
            if (item.duplicateOf() == null) { // a repeat is found through its primary
                index(id, item.text(), item.searchText());
            }
            return id;
        } catch (SQLException e) {
            throw Sql.failure(sql, e);
        }
    }

    /** Adds an item to the full-text index, in the caller's transaction. */
    public void index(long itemId, String text, String searchText) {
        String sql = "INSERT INTO item_search (rowid, raw, folded) VALUES (?, ?, ?)";
        try {
            PreparedStatement ps = statement(sql);
            ps.setLong(1, itemId);
            ps.setString(2, text);
            ps.setString(3, searchText);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw Sql.failure(sql, e);
        }
    }

    /** Items missing from the full-text index (a workspace made before it existed), at most limit of them. */
    public List<Item> unindexed(int limit) {
        return Sql.queryList(connection, "SELECT " + ITEM_COLUMNS + " FROM item i JOIN source s ON s.id = i.source_id "
                + "WHERE i.duplicate_of IS NULL AND NOT EXISTS (SELECT 1 FROM item_search f WHERE f.rowid = i.id) "
                + "ORDER BY i.id LIMIT ?",
                ps -> ps.setInt(1, limit), ItemStore::read);
    }

    private long nextId() {
        if (nextId == 0) {
            nextId = Sql.queryOne(connection, "SELECT coalesce(max(id), 0) + 1 FROM item", ps -> { },
                    rs -> rs.getLong(1)).orElseThrow();
        }
        return nextId;
    }

    /** After a rollback the next id is read again from the database. */
    void forgetUncommitted() {
        nextId = 0;
    }

    /** Binds columns 2.. of an item row (column 1 is the id). */
    private static void insertColumns(PreparedStatement ps, NewItem item) throws SQLException {
        {
            ps.setLong(2, item.sourceId());
            Locator at = item.locator();
            setInt(ps, 3, at.line());
            setInt(ps, 4, at.page());
            setInt(ps, 5, at.paragraph());
            ps.setString(6, item.text());
            bindDate(ps, 7, item.date());
            ps.setString(11, item.lang());
            ps.setLong(12, item.contentHash());
            if (item.duplicateOf() == null) {
                ps.setNull(13, Types.INTEGER);
            } else {
                ps.setLong(13, item.duplicateOf());
            }
        }
    }

    public void updateDate(long itemId, ItemDate date) {
        String sql = "UPDATE item SET date_start = ?, date_end = ?, date_precision = ?, date_origin = ? WHERE id = ?";
        try {
            PreparedStatement ps = statement(sql);
            bindDate(ps, 1, date);
            ps.setLong(5, itemId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw Sql.failure(sql, e);
        }
    }

    private static void bindDate(PreparedStatement ps, int first, ItemDate date) throws SQLException {
        ps.setString(first, date.start() == null ? null : date.start().toString());
        ps.setString(first + 1, date.end() == null ? null : date.end().toString());
        ps.setString(first + 2, date.precision().key());
        ps.setString(first + 3, date.origin() == null ? null : date.origin().key());
    }

    public void insertPassages(long itemId, List<Passage> passages) {
        String sql = "INSERT INTO passage (item_id, ordinal, page, paragraph, kind, footnote_number, footnote_refs, text)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        try {
            PreparedStatement ps = statement(sql);
            int ordinal = 0;
            for (Passage p : passages) {
                ps.setLong(1, itemId);
                ps.setInt(2, ++ordinal);
                ps.setInt(3, p.page());
                ps.setInt(4, p.paragraph());
                ps.setString(5, p.kind().key());
                setInt(ps, 6, p.footnoteNumber());
                ps.setString(7, p.footnoteRefs().isEmpty() ? null
                        : p.footnoteRefs().stream().map(String::valueOf).collect(Collectors.joining(",")));
                ps.setString(8, p.text());
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw Sql.failure(sql, e);
        }
    }

    public List<Passage> passages(long itemId) {
        return Sql.queryList(connection, "SELECT page, paragraph, kind, footnote_number, footnote_refs, text "
                + "FROM passage WHERE item_id = ? ORDER BY ordinal", ps -> ps.setLong(1, itemId), rs -> {
                    Integer footnote = (Integer) rs.getObject(4);
                    String refs = rs.getString(5);
                    List<Integer> refList = refs == null ? List.of()
                            : java.util.Arrays.stream(refs.split(",")).map(Integer::valueOf).toList();
                    return new Passage(rs.getInt(1), rs.getInt(2), PassageKind.ofKey(rs.getString(3)), rs.getString(6),
                            footnote, refList);
                });
    }

    /** The primary item (the item itself, or the one it duplicates) whose normalised text has this hash. */
    public OptionalLong primaryWithContentHash(long contentHash) {
        String sql = "SELECT coalesce(duplicate_of, id) FROM item WHERE content_hash = ? LIMIT 1";
        try {
            PreparedStatement ps = statement(sql);
            ps.setLong(1, contentHash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        } catch (SQLException e) {
            throw Sql.failure(sql, e);
        }
    }

    /**
     * Primary items filed under any of the sketch keys, at most {@code perKey} under each key, in one query (a
     * million-line import asks this for every new report).
     */
    public long[] itemsWithSketches(long[] sketches, int perKey) {
        if (sketches.length == 0) {
            return new long[0];
        }
        String perKeyQuery = "SELECT * FROM (SELECT item_id FROM item_sketch WHERE sketch = ? LIMIT " + perKey + ")";
        String sql = String.join(" UNION ALL ", java.util.Collections.nCopies(sketches.length, perKeyQuery));
        try {
            PreparedStatement ps = statement(sql);
            for (int i = 0; i < sketches.length; i++) {
                ps.setLong(i + 1, sketches[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                long[] ids = new long[sketches.length * perKey];
                int n = 0;
                while (rs.next()) {
                    ids[n++] = rs.getLong(1);
                }
                return java.util.Arrays.stream(ids, 0, n).distinct().toArray();
            }
        } catch (SQLException e) {
            throw Sql.failure(sql, e);
        }
    }

    public void addSketches(long itemId, long[] sketches) {
        String sql = "INSERT OR IGNORE INTO item_sketch (sketch, item_id) VALUES (?, ?)";
        try {
            PreparedStatement ps = statement(sql);
            for (long sketch : sketches) {
                ps.setLong(1, sketch);
                ps.setLong(2, itemId);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw Sql.failure(sql, e);
        }
    }

    /** Every content hash in the workspace, so an import can skip the lookup for reports never seen. */
    public void forEachContentHash(java.util.function.LongConsumer consumer) {
        forEachLong("SELECT content_hash FROM item", consumer);
    }

    /** Every near-duplicate sketch key filed in the workspace. */
    public void forEachSketchKey(java.util.function.LongConsumer consumer) {
        forEachLong("SELECT DISTINCT sketch FROM item_sketch", consumer);
    }

    private void forEachLong(String sql, java.util.function.LongConsumer consumer) {
        try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                consumer.accept(rs.getLong(1));
            }
        } catch (SQLException e) {
            throw Sql.failure(sql, e);
        }
    }

    public Optional<String> text(long itemId) {
        String sql = "SELECT text FROM item WHERE id = ?";
        try {
            PreparedStatement ps = statement(sql);
            ps.setLong(1, itemId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw Sql.failure(sql, e);
        }
    }

    public Optional<Item> find(long itemId) {
        return Sql.queryOne(connection, "SELECT " + ITEM_COLUMNS + " FROM item i JOIN source s ON s.id = i.source_id "
                + "WHERE i.id = ?", ps -> ps.setLong(1, itemId), ItemStore::read);
    }

    /** The given items, newest first, undated last (a person's chronology). */
    public List<Item> findAll(java.util.Collection<Long> itemIds) {
        String ids = itemIds.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "[", "]"));
        return Sql.queryList(connection, "SELECT " + ITEM_COLUMNS + " FROM item i JOIN source s ON s.id = i.source_id "
                + "WHERE i.id IN (SELECT value FROM json_each(?)) "
                + "ORDER BY i.date_start IS NULL, i.date_start DESC, i.source_id, i.line, i.page, i.paragraph, i.id",
                ps -> ps.setString(1, ids), ItemStore::read);
    }

    /** The other items of an item's duplicate group: its primary and the primary's other repeats, by id. */
    public List<Item> sameReport(long itemId) {
        return Sql.queryList(connection, "SELECT " + ITEM_COLUMNS + " FROM item i JOIN source s ON s.id = i.source_id "
                + "WHERE i.id <> ?1 AND (i.id = (SELECT coalesce(duplicate_of, id) FROM item WHERE id = ?1) "
                + "OR i.duplicate_of = (SELECT coalesce(duplicate_of, id) FROM item WHERE id = ?1)) ORDER BY i.id",
                ps -> ps.setLong(1, itemId), ItemStore::read);
    }

    /** The nearest item above (newer, smaller line) with a known date of precision day or month, in one source. */
    public Optional<LocalDate> datedNeighbour(long sourceId, int line, boolean above, int maxDistance) {
        String sql = above
                ? "SELECT date_start FROM item WHERE source_id = ? AND line < ? AND line >= ? "
                + "AND date_precision IN ('day', 'month') ORDER BY line DESC LIMIT 1"
                : "SELECT date_start FROM item WHERE source_id = ? AND line > ? AND line <= ? "
                + "AND date_precision IN ('day', 'month') ORDER BY line LIMIT 1";
        return Sql.queryOne(connection, sql, ps -> {
            ps.setLong(1, sourceId);
            ps.setInt(2, line);
            ps.setInt(3, above ? line - maxDistance : line + maxDistance);
        }, rs -> LocalDate.parse(rs.getString(1)));
    }

    /** Items newest first, undated last, within one source in their order there. */
    public void forEach(ItemQuery query, Consumer<Item> consumer) {
        StringBuilder sql = new StringBuilder("SELECT " + ITEM_COLUMNS
                + " FROM item i JOIN source s ON s.id = i.source_id WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (!query.includeDuplicates()) {
            sql.append(" AND i.duplicate_of IS NULL");
        }
        if (query.from() != null) {
            sql.append(" AND i.date_start >= ?");
            args.add(query.from().toString());
        }
        if (query.to() != null) {
            sql.append(" AND i.date_start <= ?");
            args.add(query.to().toString());
        }
        if (query.sourceName() != null) {
            sql.append(" AND s.file_name = ?");
            args.add(query.sourceName());
        }
        sql.append(" ORDER BY i.date_start IS NULL, i.date_start DESC, i.source_id, i.line, i.page, i.paragraph, i.id");
        if (query.limit() > 0) {
            sql.append(" LIMIT ").append(query.limit());
        }
        try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(read(rs));
                }
            }
        } catch (SQLException e) {
            throw Sql.failure(sql.toString(), e);
        }
    }

    public List<Item> list(ItemQuery query) {
        List<Item> items = new ArrayList<>();
        forEach(query, items::add);
        return items;
    }

    public WorkspaceStats stats() {
        Map<String, Long> totals = Sql.queryOne(connection, "SELECT count(*), count(duplicate_of), "
                + "(SELECT count(*) FROM source) FROM item", ps -> { }, rs -> {
                    Map<String, Long> m = new LinkedHashMap<>();
                    m.put("items", rs.getLong(1));
                    m.put("duplicates", rs.getLong(2));
                    m.put("sources", rs.getLong(3));
                    return m;
                }).orElseThrow();
        String earliest = Sql.queryOne(connection, "SELECT date_start, date_precision FROM item "
                + "WHERE date_start IS NOT NULL ORDER BY date_start LIMIT 1", ps -> { }, ItemStore::isoAtPrecision)
                .orElse(null);
        String latest = Sql.queryOne(connection, "SELECT coalesce(date_end, date_start) AS last, date_precision "
                + "FROM item WHERE date_start IS NOT NULL ORDER BY last DESC LIMIT 1", ps -> { },
                ItemStore::isoAtPrecision).orElse(null);
        return new WorkspaceStats(totals.get("sources"), totals.get("items"), totals.get("duplicates"),
                grouped("date_precision"), grouped("date_origin"), grouped("lang"), earliest, latest);
    }

    /** A stored day as an ISO prefix at its precision: 2009 for a date known to the year. */
    private static String isoAtPrecision(ResultSet rs) throws SQLException {
        return ItemDate.iso(LocalDate.parse(rs.getString(1)), DatePrecision.ofKey(rs.getString(2)));
    }

    private Map<String, Long> grouped(String column) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Sql.queryList(connection, "SELECT coalesce(" + column + ", 'none'), count(*) FROM item "
                + "WHERE duplicate_of IS NULL GROUP BY 1 ORDER BY 2 DESC, 1", ps -> { },
                rs -> counts.put(rs.getString(1), rs.getLong(2)));
        return counts;
    }

    private static Item read(ResultSet rs) throws SQLException {
        Integer line = (Integer) rs.getObject(4);
        Locator locator = line != null ? Locator.line(line) : Locator.paragraph(rs.getInt(5), rs.getInt(6));
        DatePrecision precision = DatePrecision.ofKey(rs.getString(10));
        ItemDate date = precision == DatePrecision.UNKNOWN ? ItemDate.UNKNOWN
                : new ItemDate(LocalDate.parse(rs.getString(8)),
                        rs.getString(9) == null ? null : LocalDate.parse(rs.getString(9)), precision,
                        DateOrigin.ofKey(rs.getString(11)));
        long duplicateOf = rs.getLong(13);
        Long duplicateOfOrNull = rs.wasNull() ? null : duplicateOf;
        return new Item(rs.getLong(1), rs.getLong(2), rs.getString(3), locator, rs.getString(7), date,
                rs.getString(12), duplicateOfOrNull);
    }

    private static void setInt(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }
}
