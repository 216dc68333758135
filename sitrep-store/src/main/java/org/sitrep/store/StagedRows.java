package org.sitrep.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Bulk rows for one table, appended to a per-connection temporary copy of it and moved into the table by one
 * INSERT ... SELECT inside the caller's transaction.
 * DuckDB's appender is many times faster than batched inserts but commits on its own; staging keeps the
 * article's write atomic: a failed move rolls back, and the stage is emptied either way.
 */
final class StagedRows implements AutoCloseable {
    private final Connection conn;
    private final String table;
    private final DuckDBAppender appender;

    private StagedRows(Connection conn, String table) throws SQLException {
        this.conn = conn;
        this.table = table;
        clear(conn, table);
        this.appender = conn.unwrap(DuckDBConnection.class).createAppender("temp", "main", stage(table));
    }

    static void create(Connection conn, String table) throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute("CREATE TEMP TABLE IF NOT EXISTS " + stage(table) + " AS SELECT * FROM " + table + " LIMIT 0");
        }
    }

    static StagedRows into(Connection conn, String table) throws SQLException {
        return new StagedRows(conn, table);
    }

    private static String stage(String table) {
        return "staged_" + table;
    }

    private static void clear(Connection conn, String table) throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute("DELETE FROM " + stage(table));
        }
    }

    StagedRows begin() throws SQLException {
        appender.beginRow();
        return this;
    }

    StagedRows end() throws SQLException {
        appender.endRow();
        return this;
    }

    StagedRows text(String v) throws SQLException {
        if (v == null) appender.appendNull();
        else appender.append(v);
        return this;
    }

    StagedRows integer(Integer v) throws SQLException {
        if (v == null) appender.appendNull();
        else appender.append(v.intValue());
        return this;
    }

    StagedRows bigint(Long v) throws SQLException {
        if (v == null) appender.appendNull();
        else appender.append(v.longValue());
        return this;
    }

    StagedRows decimal(Double v) throws SQLException {
        if (v == null) appender.appendNull();
        else appender.append(v.doubleValue());
        return this;
    }

    StagedRows date(LocalDate v) throws SQLException {
        if (v == null) appender.appendNull();
        else appender.append(v);
        return this;
    }

    /** Flushes the staged rows into the table, in the connection's current transaction. */
    void move() throws SQLException {
        appender.flush();
        try (Statement st = conn.createStatement()) {
            st.execute("INSERT INTO " + table + " SELECT * FROM " + stage(table));
        }
    }

    @Override
    public void close() throws SQLException {
        appender.close();
    }

    /** Empties the stage after a failed move, so its rows never reach a later article. */
    static void discard(Connection conn, String table) {
        try {
            clear(conn, table);
        } catch (SQLException ignored) {
            // The connection is unusable; the next store() fails with its own message.
        }
    }
}
