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
 * What the window's chronology reads besides the search: the rows shown (chosen and ordered by the search layer),
 * the persons found in them, and the values the filters offer.
 */
public final class ChronologyStore {

    /** Characters of an item's text kept for the preview when there is no match to cut a snippet around. */
    public static final int PREVIEW_CHARS = 600;

    /** One row: the item, its date, and its text (whole when a match is asked for, else the first characters). */
    public record Row(long id, String source, Locator locator, ItemDate date, String lang, Long duplicateOf,
                      String text) {
    }

    private final Connection connection;

    ChronologyStore(Connection connection) {
        this.connection = connection;
    }

    /** The items, in the order given, with their whole text or (for a preview) its first characters. */
    public List<Row> rows(List<Long> ids, boolean wholeText) {
        String text = wholeText ? "i.text" : "substr(i.text, 1, " + PREVIEW_CHARS + ")";
        String sql = "SELECT i.id, s.file_name, i.line, i.page, i.paragraph, i.date_start, i.date_end, "
                + "i.date_precision, i.date_origin, i.lang, i.duplicate_of, " + text
                + " FROM item i JOIN source s ON s.id = i.source_id WHERE i.id IN (SELECT value FROM json_each(?))";
        Map<Long, Row> byId = new java.util.HashMap<>();
        query(sql, List.of(ids.toString()), rs -> {
            int line = rs.getInt(3);
            Locator locator = rs.wasNull() ? Locator.paragraph(rs.getInt(4), rs.getInt(5)) : Locator.line(line);
            byId.put(rs.getLong(1), new Row(rs.getLong(1), rs.getString(2), locator, date(rs), rs.getString(10),
                    rs.getObject(11) == null ? null : rs.getLong(11), rs.getString(12)));
        });
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
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
