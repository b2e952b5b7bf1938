package org.casebook.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.casebook.model.DatePrecision;
import org.casebook.model.ItemDate;
import org.casebook.model.Locator;

/** Full-text search over the item index: ranked hits with snippets, and counts, for a compiled query. */
public final class SearchStore {

    /** What to look for: an FTS5 MATCH expression (null: every item) and filters, all bound as parameters. */
    public record Criteria(String match, String excludeMatch, LocalDate from, LocalDate to, String lang,
                           String source, boolean includeDuplicates, List<Long> onlyItems) {
    }

    /** A matching item with its bm25 score (higher is better) and its text, for the snippet. */
    public record Hit(long id, String source, Locator locator, String date, double score, String text) {
    }

    private final Connection connection;

    SearchStore(Connection connection) {
        this.connection = connection;
    }

    public List<Hit> search(Criteria c, int limit) {
        List<Object> args = new ArrayList<>();
        String sql = withHits(c, args) + "SELECT i.id, s.file_name, i.line, i.page, i.paragraph, i.date_start, "
                + "i.date_precision, " + (c.match() == null ? "0" : "h.score") + ", i.text" + from(c, args)
                + " ORDER BY " + (c.match() == null ? "" : "h.score DESC, ")
                + "i.date_start IS NULL, i.date_start DESC, i.id" + (limit > 0 ? " LIMIT " + limit : "");
        List<Hit> hits = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int line = rs.getInt(3);
                    Locator locator = rs.wasNull() ? Locator.paragraph(rs.getInt(4), rs.getInt(5)) : Locator.line(line);
                    String start = rs.getString(6);
                    String date = start == null ? null
                            : ItemDate.iso(LocalDate.parse(start), DatePrecision.ofKey(rs.getString(7)));
                    hits.add(new Hit(rs.getLong(1), rs.getString(2), locator, date, rs.getDouble(8), rs.getString(9)));
                }
            }
        } catch (SQLException e) {
            throw Sql.failure(sql, e);
        }
        return hits;
    }

    public long count(Criteria c) {
        List<Object> args = new ArrayList<>();
        String sql = withHits(c, args) + "SELECT count(*)" + from(c, args);
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
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

    /** Counts over the matching items, for the UI's facets. */
    public record Facets(java.util.Map<String, Long> years, java.util.Map<String, Long> months,
                         java.util.Map<String, Long> sources, java.util.Map<String, Long> persons,
                         java.util.Map<String, Long> cases) {
    }

    public Facets facets(Criteria c, int top) {
        return new Facets(
                grouped(c, "substr(i.date_start, 1, 4)", "i.date_start IS NOT NULL", 0, true),
                grouped(c, "substr(i.date_start, 1, 7)", "i.date_start IS NOT NULL AND i.date_precision IN ('day', 'month')",
                        0, true),
                grouped(c, "s.file_name", "1 = 1", 0, false),
                entityFacet(c, "person", top),
                entityFacet(c, "case", top));
    }

    private java.util.Map<String, Long> grouped(Criteria c, String key, String where, int top, boolean byKey) {
        List<Object> args = new ArrayList<>();
        String sql = withHits(c, args) + "SELECT " + key + ", count(*)" + from(c, args) + " AND " + where
                + " GROUP BY 1 ORDER BY " + (byKey ? "1 DESC" : "2 DESC, 1") + (top > 0 ? " LIMIT " + top : "");
        return counts(sql, args);
    }

    /** The persons (or cases) most often among the matching items. */
    private java.util.Map<String, Long> entityFacet(Criteria c, String kind, int top) {
        List<Object> args = new ArrayList<>();
        String items = withHits(c, args) + "SELECT coalesce(i.duplicate_of, i.id)" + from(c, args);
        args.add(kind);
        String sql = "person".equals(kind)
                ? "SELECT e.name, count(DISTINCT m.item_id) FROM mention m JOIN entity_mention em ON em.mention_id = m.id "
                + "JOIN entity e ON e.id = em.entity_id WHERE m.item_id IN (" + items + ") AND e.kind = ? "
                + "GROUP BY e.id ORDER BY 2 DESC, 1 LIMIT " + top
                : "SELECT e.name, count(DISTINCT r.item_id) FROM case_role r JOIN entity e ON e.id = r.case_id "
                + "WHERE r.item_id IN (" + items + ") AND e.kind = ? GROUP BY e.id ORDER BY 2 DESC, 1 LIMIT " + top;
        return counts(sql, args);
    }

    private java.util.Map<String, Long> counts(String sql, List<Object> args) {
        java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw Sql.failure(sql, e);
        }
        return counts;
    }

    /** The matching primaries and their scores (bm25 is lower for better matches, so it is negated). */
    private static String withHits(Criteria c, List<Object> args) {
        if (c.match() == null) {
            return "";
        }
        args.add(c.match());
        return "WITH h AS (SELECT rowid AS id, -bm25(item_search) AS score FROM item_search WHERE item_search MATCH ?) ";
    }

    private static String from(Criteria c, List<Object> args) {
        StringBuilder sql = new StringBuilder(c.match() == null
                ? " FROM item i JOIN source s ON s.id = i.source_id WHERE 1 = 1"
                : " FROM h JOIN item i ON (i.id = h.id" + (c.includeDuplicates() ? " OR i.duplicate_of = h.id)" : ")")
                + " JOIN source s ON s.id = i.source_id WHERE 1 = 1");
        if (c.excludeMatch() != null) {
            sql.append(" AND coalesce(i.duplicate_of, i.id) NOT IN (SELECT rowid FROM item_search WHERE item_search MATCH ?)");
            args.add(c.excludeMatch());
        }
        if (!c.includeDuplicates()) {
            sql.append(" AND i.duplicate_of IS NULL");
        }
        if (c.from() != null) {
            sql.append(" AND coalesce(i.date_end, i.date_start) >= ?");
            args.add(c.from().toString());
        }
        if (c.to() != null) {
            sql.append(" AND i.date_start <= ?");
            args.add(c.to().toString());
        }
        if (c.lang() != null) {
            sql.append(" AND i.lang = ?");
            args.add(c.lang());
        }
        if (c.source() != null) {
            sql.append(" AND s.file_name = ?");
            args.add(c.source());
        }
        if (c.onlyItems() != null) {
            sql.append(" AND coalesce(i.duplicate_of, i.id) IN (SELECT value FROM json_each(?))");
            args.add(c.onlyItems().toString());
        }
        return sql.toString();
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            ps.setObject(i + 1, args.get(i));
        }
    }
}
