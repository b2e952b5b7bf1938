package org.casebook.store;

import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The researcher's tags on items. A tag is kept as first written and compared without regard to case. */
public final class TagStore {

    private final Connection connection;
    private final SearchStore search;

    TagStore(Connection connection, SearchStore search) {
        this.connection = connection;
        this.search = search;
    }

    /** Tags the item; false when it already had the tag. */
    public boolean add(long itemId, String tag) {
        return search.annotation(() -> Sql.update(connection,
                "INSERT OR IGNORE INTO item_tag (item_id, tag) VALUES (?, ?)", ps -> {
                    ps.setLong(1, itemId);
                    ps.setString(2, tag.strip());
                }) > 0);
    }

    /** Removes the tag from the item; false when it did not have it. */
    public boolean remove(long itemId, String tag) {
        return search.annotation(() -> Sql.update(connection, "DELETE FROM item_tag WHERE item_id = ? AND tag = ?",
                ps -> {
                    ps.setLong(1, itemId);
                    ps.setString(2, tag.strip());
                }) > 0);
    }

    public List<String> of(long itemId) {
        return Sql.queryList(connection, "SELECT tag FROM item_tag WHERE item_id = ? ORDER BY tag",
                ps -> ps.setLong(1, itemId), rs -> rs.getString(1));
    }

    /** The items with the tag, as their primaries (a tagged repeat stands for its group). */
    public List<Long> items(String tag) {
        return Sql.queryList(connection, "SELECT DISTINCT coalesce(i.duplicate_of, i.id) FROM item_tag t "
                + "JOIN item i ON i.id = t.item_id WHERE t.tag = ? ORDER BY 1", ps -> ps.setString(1, tag.strip()),
                rs -> rs.getLong(1));
    }

    /** Every tag with its number of items, most used first. */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        Sql.queryList(connection, "SELECT min(tag), count(*) FROM item_tag GROUP BY tag ORDER BY 2 DESC, 1",
                ps -> { }, rs -> counts.put(rs.getString(1), rs.getLong(2)));
        return counts;
    }
}
