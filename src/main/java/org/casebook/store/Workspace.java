package org.casebook.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import org.sqlite.SQLiteConfig;

/**
 * One workspace = one SQLite file, opened in WAL mode with foreign keys on and its schema brought up to date.
 * Casebook is a single-user desktop tool: one connection serves every store, and writes go through
 * {@link #inTransaction}.
 */
public final class Workspace implements AutoCloseable {

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    private final Connection connection;
    private final SourceStore sources;
    private final ItemStore items;
    private final EntityStore entities;
    private final SearchStore search;
    private final TagStore tags;
    private final ChronologyStore chronology;
    private final NoteStore notes;

    private Workspace(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
        this.sources = new SourceStore(connection);
        this.items = new ItemStore(connection);
        this.entities = new EntityStore(connection);
        this.search = new SearchStore(connection);
        this.tags = new TagStore(connection, search);
        this.chronology = new ChronologyStore(connection);
        this.notes = new NoteStore(connection, search);
    }

    public static Path defaultFile() {
        return Path.of(System.getProperty("user.home"), ".casebook", "casebook.db");
    }

    /** Opens (creating if needed) the workspace file. Refuses a file that is not an SQLite database. */
    public static Workspace open(Path file) {
        Path absolute = file.toAbsolutePath();
        checkIsSqliteOrAbsent(absolute);
        try {
            Path parent = absolute.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException(absolute + ": cannot create the workspace folder (" + e.getMessage() + ")", e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5000);
        config.setCacheSize(-65536); // 64 MiB page cache: the duplicate index is read at random during import
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        // Otherwise the driver runs "SELECT last_insert_rowid()" after every INSERT; ids are assigned by ItemStore.
        config.setGetGeneratedKeys(false);
        Connection connection = null;
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + absolute, config.toProperties());
            Migrations.apply(connection, absolute.toString());
            SearchStore.resetIfOutdated(connection);
            return new Workspace(absolute, connection);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new StoreException(absolute + ": cannot open the workspace (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    private static void checkIsSqliteOrAbsent(Path file) {
        if (!Files.exists(file)) {
            return;
        }
        if (Files.isDirectory(file)) {
            throw new StoreException(file + ": is a folder, not a workspace file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SQLITE_MAGIC.length);
            if (head.length == 0) {
                return; // an empty file becomes a new workspace
            }
            if (!Arrays.equals(head, SQLITE_MAGIC)) {
                throw new StoreException(file + ": not a Casebook workspace (the file is not an SQLite database)");
            }
        } catch (IOException e) {
            throw new StoreException(file + ": cannot read the workspace (" + e.getMessage() + ")", e);
        }
    }

    public Path file() {
        return file;
    }

    public SourceStore sources() {
        return sources;
    }

    public ItemStore items() {
        return items;
    }

    public SearchStore search() {
        return search;
    }

    public EntityStore entities() {
        return entities;
    }

    public TagStore tags() {
        return tags;
    }

    /** The researcher's notes on items and persons. */
    public NoteStore notes() {
        return notes;
    }

    /** The chronology as the window shows it (pages, timeline counts, filter values). */
    public ChronologyStore chronology() {
        return chronology;
    }

    public int schemaVersion() {
        return Migrations.latestVersion();
    }

    /** Runs the work in one transaction: all of it is written, or none of it. */
    public <T> T inTransaction(TransactionalWork<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run();
                connection.commit();
                return result;
            } catch (Exception e) {
                connection.rollback();
                items.forgetUncommitted();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (SQLException e) {
            throw new StoreException(file + ": write failed, nothing was changed (" + e.getMessage() + ")", e);
        } catch (Exception e) {
            throw new TransactionAbortedException(e);
        }
    }

    /** Work done inside a transaction; a checked exception rolls it back and is rethrown wrapped. */
    @FunctionalInterface
    public interface TransactionalWork<T> {
        T run() throws Exception;
    }

    /** Carries a checked exception out of {@link #inTransaction} after the rollback. */
    public static final class TransactionAbortedException extends RuntimeException {
        TransactionAbortedException(Exception cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** Size of the database file and its write-ahead log, in bytes. */
    public long sizeOnDisk() {
        long size = 0;
        for (String suffix : new String[] {"", "-wal"}) {
            try {
                Path p = Path.of(file + suffix);
                if (Files.exists(p)) {
                    size += Files.size(p);
                }
            } catch (IOException ignored) {
                // a vanished WAL counts as empty
            }
        }
        return size;
    }

    /** Folds the write-ahead log into the database file (for size measurements and backups). */
    public void checkpoint() {
        try (var st = connection.createStatement()) {
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            throw new StoreException(file + ": checkpoint failed (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException(file + ": close failed (" + e.getMessage() + ")", e);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already failing; the first error is the one to report
            }
        }
    }
}
