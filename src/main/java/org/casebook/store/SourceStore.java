package org.casebook.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.casebook.model.Source;
import org.casebook.model.SourceFormat;
import org.casebook.model.SourceLayout;

/** Imported files and their provenance. */
public final class SourceStore {

    private static final String COLUMNS =
            "id, file_name, path, sha256, size_bytes, format, layout, encoding, imported_at, item_count";

    private final Connection connection;

    SourceStore(Connection connection) {
        this.connection = connection;
    }

    public Optional<Source> findBySha256(String sha256) {
        return Sql.queryOne(connection, "SELECT " + COLUMNS + " FROM source WHERE sha256 = ?",
                ps -> ps.setString(1, sha256), SourceStore::read);
    }

    public Optional<Source> find(long id) {
        return Sql.queryOne(connection, "SELECT " + COLUMNS + " FROM source WHERE id = ?", ps -> ps.setLong(1, id),
                SourceStore::read);
    }

    public List<Source> all() {
        return Sql.queryList(connection, "SELECT " + COLUMNS + " FROM source ORDER BY id", ps -> { }, SourceStore::read);
    }

    public long insert(String fileName, String path, String sha256, long sizeBytes, SourceFormat format,
                       SourceLayout layout, String encoding, Instant importedAt) {
        return Sql.insert(connection, "INSERT INTO source (file_name, path, sha256, size_bytes, format, layout, "
                + "encoding, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
                    ps.setString(1, fileName);
                    ps.setString(2, path);
                    ps.setString(3, sha256);
                    ps.setLong(4, sizeBytes);
                    ps.setString(5, format.key());
                    ps.setString(6, layout.key());
                    ps.setString(7, encoding);
                    ps.setString(8, importedAt.toString());
                });
    }

    public void setItemCount(long sourceId, int itemCount) {
        Sql.update(connection, "UPDATE source SET item_count = ? WHERE id = ?", ps -> {
            ps.setInt(1, itemCount);
            ps.setLong(2, sourceId);
        });
    }

    private static Source read(ResultSet rs) throws SQLException {
        return new Source(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                SourceFormat.ofKey(rs.getString(6)), SourceLayout.ofKey(rs.getString(7)), rs.getString(8),
                Instant.parse(rs.getString(9)), rs.getInt(10));
    }

}
