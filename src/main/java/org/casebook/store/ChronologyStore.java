package org.casebook.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casebook.model.DateOrigin;
import org.casebook.model.DatePrecision;
import org.casebook.model.ItemDate;
import org.casebook.model.Locator;

/**
 * The chronology as the window shows it: a page of items newest first (undated last) with the persons found in
 * them, how many there are, items per month or year for the timeline, and the values the filters offer. What to
 * show is a {@link Filter}: an optional FTS5 expression (compiled by the search layer) plus bound filters.
 */
public final class ChronologyStore {

    /** Characters of an item's text kept for the preview when there is no match to cut a snippet around. */
    public static final int PREVIEW_CHARS = 600;

    /**
     * What to show. {@code match}/{@code excludeMatch}: FTS5 expressions or null; empty sets mean "any"; from/to
     * select items whose date range touches the period (undated items are then left out); {@code onlyItems}, when
     * not null, keeps the items (or the repeats of the items) listed.
     */
    public record Filter(String match, String excludeMatch, LocalDate from, LocalDate to, Collection<String> langs,
                         Collection<String> sources, boolean includeDuplicates, Collection<Long> onlyItems) {

        public static final Filter ALL = new Filter(null, null, null, null, List.of(), List.of(), false, null);
    }

    /** One row: the item, its date, and its text (whole when a match is asked for, else the first characters). */
    public record Row(long id, String source, Locator locator, ItemDate date, String lang, Long duplicateOf,
                      String text) {
    }

    private final Connection connection;

    ChronologyStore(Connection connection) {
        this.connection = connection;
    }

    /** The first {@code limit} matching items (0: all), newest first, undated last. */
    public List<Row> rows(Filter f, int limit) {
        List<Object> args = new ArrayList<>();
        String text = f.match() == null ? "substr(i.text, 1, " + PREVIEW_CHARS + ")" : "i.text";
        String sql = "SELECT i.id, s.file_name, i.line, i.page, i.paragraph, i.date_start, i.date_end, "
                + "i.date_precision, i.date_origin, i.lang, i.duplicate_of, " + text + from(f, args)
                + " ORDER BY i.date_start IS NULL, i.date_start DESC, i.source_id, i.line, i.page, i.paragraph, i.id"
                + (limit > 0 ? " LIMIT " + limit : "");
        List<Row> rows = new ArrayList<>();
        query(sql, args, rs -> {
            int line = rs.getInt(3);
            Locator locator = rs.wasNull() ? Locator.paragraph(rs.getInt(4), rs.getInt(5)) : Locator.line(line);
            rows.add(new Row(rs.getLong(1), rs.getString(2), locator, date(rs), rs.getString(10),
                    rs.getObject(11) == null ? null : rs.getLong(11), rs.getString(12)));
        });
        return rows;
    }

    public long count(Filter f) {
        List<Object> args = new ArrayList<>();
        long[] count = {0};
        query("SELECT count(*)" + from(f, args), args, rs -> count[0] = rs.getLong(1));
        return count[0];
    }

    /**
     * Matching items per month ({@code 2019-03}, items dated to the day or month) or per year ({@code 2019}, every
     * dated item), oldest first.
     */
    public Map<String, Long> histogram(Filter f, boolean byMonth) {
        List<Object> args = new ArrayList<>();
        String key = byMonth ? "substr(i.date_start, 1, 7)" : "substr(i.date_start, 1, 4)";
        String sql = "SELECT " + key + ", count(*)" + from(f, args) + " AND i.date_start IS NOT NULL"
                + (byMonth ? " AND i.date_precision IN ('day', 'month')" : "") + " GROUP BY 1 ORDER BY 1";
        Map<String, Long> counts = new LinkedHashMap<>();
        query(sql, args, rs -> counts.put(rs.getString(1), rs.getLong(2)));
        return counts;
    }

    /** The names of the persons found in each item (a repeat has those of its primary), most mentioned first. */
    public Map<Long, List<String>> persons(Collection<Long> itemIds) {
        Map<Long, List<String>> persons = new LinkedHashMap<>();
        if (itemIds.isEmpty()) {
            return persons;
        }
        String sql = "SELECT i.id, e.name, count(*) FROM item i JOIN mention m ON m.item_id = coalesce(i.duplicate_of, i.id) "
                + "JOIN entity_mention em ON em.mention_id = m.id JOIN entity e ON e.id = em.entity_id "
                + "WHERE e.kind = 'person' AND i.id IN (SELECT value FROM json_each(?)) "
                + "GROUP BY i.id, e.id ORDER BY i.id, 3 DESC, e.name";
        query(sql, List.of(itemIds.toString()), rs ->
                persons.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)));
        return persons;
    }

    /** The file names of the sources, in name order. */
    public List<String> sourceNames() {
        return Sql.queryList(connection, "SELECT file_name FROM source ORDER BY file_name", ps -> { },
                rs -> rs.getString(1));
    }

    /** The languages of the items, most frequent first. */
    public List<String> languages() {
        return Sql.queryList(connection, "SELECT lang FROM item WHERE lang IS NOT NULL GROUP BY lang "
                + "ORDER BY count(*) DESC, lang", ps -> { }, rs -> rs.getString(1));
    }

    private static ItemDate date(ResultSet rs) throws SQLException {
        String start = rs.getString(6);
        if (start == null) {
            return ItemDate.UNKNOWN;
        }
        String end = rs.getString(7);
        return new ItemDate(LocalDate.parse(start), end == null ? null : LocalDate.parse(end),
                DatePrecision.ofKey(rs.getString(8)),
                DateOrigin.ofKey(rs.getString(9)));
    }

    private static String from(Filter f, List<Object> args) {
        StringBuilder sql = new StringBuilder(" FROM item i JOIN source s ON s.id = i.source_id WHERE 1 = 1");
        if (f.match() != null) {
            sql.append(" AND coalesce(i.duplicate_of, i.id) IN (SELECT rowid FROM item_search WHERE item_search MATCH ?)");
            args.add(f.match());
        }
        if (f.excludeMatch() != null) {
            sql.append(" AND coalesce(i.duplicate_of, i.id) NOT IN (SELECT rowid FROM item_search WHERE item_search MATCH ?)");
            args.add(f.excludeMatch());
        }
        if (!f.includeDuplicates()) {
            sql.append(" AND i.duplicate_of IS NULL");
        }
        if (f.from() != null) {
            sql.append(" AND coalesce(i.date_end, i.date_start) >= ?");
            args.add(f.from().toString());
        }
        if (f.to() != null) {
            sql.append(" AND i.date_start <= ?");
            args.add(f.to().toString());
        }
        in(sql, args, "i.lang", f.langs());
        in(sql, args, "s.file_name", f.sources());
        if (f.onlyItems() != null) {
            sql.append(" AND coalesce(i.duplicate_of, i.id) IN (SELECT value FROM json_each(?))");
            args.add(f.onlyItems().toString());
        }
        return sql.toString();
    }

    private static void in(StringBuilder sql, List<Object> args, String column, Collection<String> values) {
        if (values != null && !values.isEmpty()) {
            sql.append(" AND ").append(column).append(" IN (").append(String.join(", ",
                    java.util.Collections.nCopies(values.size(), "?"))).append(')');
            args.addAll(values);
        }
    }

    @FunctionalInterface
    private interface RowConsumer {
        void accept(ResultSet rs) throws SQLException;
    }

    private void query(String sql, List<Object> args, RowConsumer consumer) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(rs);
                }
            }
        } catch (SQLException e) {
            throw Sql.failure(sql, e);
        }
    }
}
