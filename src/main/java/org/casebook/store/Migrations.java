package org.casebook.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Versioned schema scripts (db/migration/Vnnn__name.sql, listed in index.txt) applied in order, each in its own
 * transaction, recorded with a checksum in schema_version. A workspace written by a newer Casebook, or whose
 * applied scripts were altered, is refused rather than guessed at. See docs/decisions/0002-own-migration-runner.md.
 */
final class Migrations {

    private static final String ROOT = "/db/migration/";
    private static final Pattern NAME = Pattern.compile("V(\\d+)__([\\w-]+)\\.sql");

    record Script(int version, String description, String sql, String checksum) {
    }

    private Migrations() {
    }

    static List<Script> bundled() {
        List<Script> scripts = new ArrayList<>();
        for (String name : read(ROOT + "index.txt").split("\\R")) {
            if (name.isBlank()) {
                continue;
            }
            Matcher m = NAME.matcher(name.strip());
            if (!m.matches()) {
                throw new IllegalStateException("bad migration name " + name);
            }
            String sql = read(ROOT + name.strip());
            scripts.add(new Script(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), sql, sha256(sql)));
        }
        return scripts;
    }

    static int latestVersion() {
        List<Script> scripts = bundled();
        return scripts.get(scripts.size() - 1).version();
    }

    static void apply(Connection connection, String workspaceName) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                    + "description TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)");
        }
        List<Script> scripts = bundled();
        int latest = scripts.get(scripts.size() - 1).version();
        int current = 0;
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT version, checksum FROM schema_version ORDER BY version")) {
            while (rs.next()) {
                int version = rs.getInt(1);
                if (version > latest) {
                    throw new StoreException(workspaceName + ": written by a newer Casebook (schema version "
                            + version + ", this one knows up to " + latest + ")");
                }
                Script known = scripts.stream().filter(s -> s.version() == version).findFirst().orElseThrow(
                        () -> new StoreException(workspaceName + ": unknown schema version " + version));
                if (!known.checksum().equals(rs.getString(2))) {
                    throw new StoreException(workspaceName + ": schema script " + version
                            + " differs from the one applied to this workspace");
                }
                current = version;
            }
        }
        for (Script script : scripts) {
            if (script.version() > current) {
                applyOne(connection, script);
            }
        }
    }

    private static void applyOne(Connection connection, Script script) throws SQLException {
        boolean auto = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement st = connection.createStatement()) {
            for (String statement : SqlScript.statements(script.sql())) {
                st.execute(statement);
            }
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO schema_version (version, description, checksum, applied_at) VALUES (?, ?, ?, ?)")) {
                ps.setInt(1, script.version());
                ps.setString(2, script.description());
                ps.setString(3, script.checksum());
                ps.setString(4, Instant.now().toString());
                ps.executeUpdate();
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(auto);
        }
    }

    private static String read(String resource) {
        try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
