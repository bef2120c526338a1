package org.rstarworkbench.app.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's tables and their versions. {@code PRAGMA application_id} marks a file as a store;
 * {@code PRAGMA user_version} is its schema version; {@code schema_history} lists the migrations applied. Migrations
 * run in order, each in its own transaction, so an interrupted upgrade leaves the last complete version.
 */
final class Schema {

    private static final Logger LOG = LoggerFactory.getLogger(Schema.class);

    /** "rStB": tells our stores from other SQLite files. */
    static final int APPLICATION_ID = 0x72537442;

    /** One step from version {@code version - 1} to {@code version}. */
    record Migration(int version, String description, List<String> statements) {
    }

    static final List<Migration> MIGRATIONS = List.of(new Migration(1, "runs, events and the model-call cache",
            List.of("""
                    CREATE TABLE schema_history (
                      version INTEGER PRIMARY KEY,
                      description TEXT NOT NULL,
                      applied TEXT NOT NULL)""", """
                    CREATE TABLE runs (
                      id INTEGER PRIMARY KEY AUTOINCREMENT,
                      name TEXT,
                      created TEXT NOT NULL,
                      updated TEXT NOT NULL,
                      problem_id TEXT NOT NULL,
                      problem_text TEXT NOT NULL,
                      problem_gold TEXT,
                      config_json TEXT NOT NULL,
                      seed INTEGER NOT NULL,
                      planned_rollouts INTEGER NOT NULL,
                      generator_model TEXT NOT NULL,
                      peer_model TEXT,
                      pack TEXT NOT NULL,
                      status TEXT NOT NULL CHECK (status IN ('running', 'finished', 'failed', 'cancelled')),
                      answer TEXT,
                      message TEXT,
                      last_seq INTEGER NOT NULL DEFAULT -1,
                      rollouts INTEGER NOT NULL DEFAULT 0,
                      calls INTEGER NOT NULL DEFAULT 0,
                      prompts INTEGER NOT NULL DEFAULT 0,
                      sequences INTEGER NOT NULL DEFAULT 0,
                      prompt_tokens INTEGER NOT NULL DEFAULT 0,
                      completion_tokens INTEGER NOT NULL DEFAULT 0,
                      model_millis INTEGER NOT NULL DEFAULT 0,
                      judge_calls INTEGER NOT NULL DEFAULT 0,
                      judge_prompts INTEGER NOT NULL DEFAULT 0,
                      judge_sequences INTEGER NOT NULL DEFAULT 0,
                      judge_prompt_tokens INTEGER NOT NULL DEFAULT 0,
                      judge_completion_tokens INTEGER NOT NULL DEFAULT 0,
                      judge_model_millis INTEGER NOT NULL DEFAULT 0)""", """
                    CREATE TABLE events (
                      run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
                      seq INTEGER NOT NULL,
                      type TEXT NOT NULL,
                      json TEXT NOT NULL,
                      PRIMARY KEY (run_id, seq)) WITHOUT ROWID""", """
                    CREATE TABLE model_calls (
                      key TEXT PRIMARY KEY,
                      model TEXT NOT NULL,
                      completions_json TEXT NOT NULL,
                      prompt_tokens INTEGER NOT NULL,
                      run_id INTEGER REFERENCES runs(id) ON DELETE SET NULL,
                      call_index INTEGER,
                      created TEXT NOT NULL)""", """
                    CREATE TABLE run_model_calls (
                      run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
                      key TEXT NOT NULL REFERENCES model_calls(key) ON DELETE CASCADE,
                      call_index INTEGER NOT NULL,
                      PRIMARY KEY (run_id, key)) WITHOUT ROWID""",
                    "CREATE INDEX run_model_calls_by_key ON run_model_calls(key)",
                    "CREATE INDEX model_calls_by_run ON model_calls(run_id)")));

    private final List<Migration> migrations;

    Schema(List<Migration> migrations) {
        for (int i = 0; i < migrations.size(); i++) {
            if (migrations.get(i).version() != i + 1) {
                throw new IllegalArgumentException("migration " + (i + 1) + " has version "
                        + migrations.get(i).version() + "; versions must count up from 1");
            }
        }
        this.migrations = List.copyOf(migrations);
    }

    static Schema current() {
        return new Schema(MIGRATIONS);
    }

    /** The version this build writes. */
    int latest() {
        return migrations.size();
    }

    /**
     * Checks that the file is a store this build can use, without writing anything; returns its version (0 for a
     * new, empty file).
     */
    int check(Connection c, Path file) throws SQLException, StoreException {
        int applicationId = pragma(c, "application_id");
        int version = pragma(c, "user_version");
        int tables = count(c);
        if (applicationId != APPLICATION_ID && !(applicationId == 0 && version == 0 && tables == 0)) {
            throw new StoreException(StoreErrors.notAStore(file, "an SQLite database of another program: "
                    + "application id " + applicationId + ", " + tables + " tables"));
        }
        if (version > latest()) {
            throw new StoreException("the store " + file + " was written by a newer rStar Workbench (store version "
                    + version + "; this one knows versions up to " + latest() + "). Nothing was changed. Update "
                    + "rStar Workbench, " + StoreErrors.OTHER_STORE + ".");
        }
        return version;
    }

    /** Applies the missing migrations, in order, each in one transaction. */
    void migrate(Connection c, Path file) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (Migration m : migrations) {
                s.execute("BEGIN IMMEDIATE");
                try {
                    // Another program may have migrated since check(); the write lock makes this read final.
                    if (pragma(c, "user_version") >= m.version()) {
                        s.execute("COMMIT");
                        continue;
                    }
                    for (String sql : m.statements()) {
                        s.execute(sql);
                    }
                    s.execute("PRAGMA application_id = " + APPLICATION_ID);
                    s.execute("PRAGMA user_version = " + m.version());
                    s.executeUpdate("INSERT INTO schema_history (version, description, applied) VALUES ("
                            + m.version() + ", '" + m.description().replace("'", "''") + "', '" + Instant.now()
                            + "')");
                    s.execute("COMMIT");
                    LOG.info("store {}: schema version {} ({})", file, m.version(), m.description());
                } catch (SQLException e) {
                    RunStore.rollback(s, e);
                    throw e;
                }
            }
        }
    }

    static int pragma(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static int count(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
