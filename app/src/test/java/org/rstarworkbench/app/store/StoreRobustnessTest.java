package org.rstarworkbench.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad files, locks and permissions give a clear message naming the file, and never lose what is stored. */
class StoreRobustnessTest {

    @TempDir
    Path dir;

    @Test
    void garbageIsRefusedAndLeftAsItWas() throws Exception {
        Path file = dir.resolve("runs.db");
        byte[] garbage = new byte[8192];
        new Random(1).nextBytes(garbage);
        Files.write(file, garbage);

        assertThatThrownBy(() -> RunStore.open(file)).isInstanceOf(StoreException.class)
                .hasMessageStartingWith(file + " is not an rStar Workbench store, or it is corrupt")
                .hasMessageContaining("Move it away")
                .hasMessageContaining("give --store with another file");
        assertThat(Files.readAllBytes(file)).isEqualTo(garbage);
        assertThat(dir.resolve("runs.db-wal")).doesNotExist();
    }

    @Test
    void anotherProgramsDatabaseIsRefusedAndLeftAsItWas() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE contacts (name TEXT)");
            s.execute("INSERT INTO contacts VALUES ('Ann')");
        }
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> RunStore.open(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("is not an rStar Workbench store")
                .hasMessageContaining("an SQLite database of another program");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aStoreOfANewerVersionIsRefused() throws Exception {
        Path file = dir.resolve("runs.db");
        RunStore.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
        }

        assertThatThrownBy(() -> RunStore.open(file)).isInstanceOf(StoreException.class)
                .hasMessage("the store " + file + " was written by a newer rStar Workbench (store version 99; this "
                        + "one knows versions up to 1). Nothing was changed. Update rStar Workbench, or give "
                        + "--store with another file.");
    }

    @Test
    void migrationsRunInOrderAndKeepTheData() throws Exception {
        Path file = dir.resolve("runs.db");
        long id;
        try (RunStore store = RunStore.open(file)) {
            id = RunStoreTest.record(store, 1);
        }
        List<Schema.Migration> later = new ArrayList<>(Schema.MIGRATIONS);
        later.add(new Schema.Migration(2, "run tags", List.of("CREATE TABLE tags (run_id INTEGER, tag TEXT)")));
        later.add(new Schema.Migration(3, "a default tag", List.of("INSERT INTO tags SELECT id, 'old' FROM runs")));

        try (RunStore store = RunStore.builder().setFile(file).optSchema(new Schema(later)).open()) {
            assertThat(store.run(id).status()).isEqualTo(RunStatus.FINISHED);
            assertThat(store.events(id)).isNotEmpty();
        }
        assertThat(RunStoreTest.query(file, "SELECT tag FROM tags")).containsExactly("old");
        assertThat(RunStoreTest.query(file, "SELECT version FROM schema_history ORDER BY version"))
                .containsExactly("1", "2", "3");
        assertThat(RunStoreTest.pragma(file, "user_version")).isEqualTo("3");
        assertThatThrownBy(() -> RunStore.open(file)).hasMessageContaining("store version 3");
    }

    @Test
    void aLockedStoreSaysSoAfterTheBusyTimeoutAndKeepsItsData() throws Exception {
        Path file = dir.resolve("runs.db");
        long id;
        try (RunStore store = RunStore.open(file)) {
            id = RunStoreTest.record(store, 1);
        }
        try (RunStore store = RunStore.builder().setFile(file).optBusyTimeout(Duration.ofMillis(200)).open();
             Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = other.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            long start = System.nanoTime();

            assertThatThrownBy(() -> store.rename(id, "new name")).isInstanceOf(StoreException.class)
                    .hasMessage("the store " + file + " is locked by another program (another rStar Workbench using "
                            + "the same store?): could not rename run " + id + " after waiting 0.2 s. Close the "
                            + "other program and try again, or give --store with another file.");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
            assertThat(store.listRuns()).hasSize(1); // readers go on in WAL mode
            try (RunStore reader = RunStore.builder().setFile(file).optBusyTimeout(Duration.ofMillis(200)).open()) {
                assertThat(reader.events(id)).isNotEmpty(); // and so does opening a store another one writes
            }
            s.execute("ROLLBACK");
            store.rename(id, "new name");
            assertThat(store.run(id).name()).isEqualTo("new name");
        }
    }

    @Test
    void anExclusivelyLockedStoreCannotBeOpened() throws Exception {
        Path file = dir.resolve("runs.db");
        RunStore.open(file).close();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = other.createStatement()) {
            s.execute("PRAGMA locking_mode = EXCLUSIVE");
            s.execute("BEGIN EXCLUSIVE");
            assertThatThrownBy(() -> RunStore.builder().setFile(file).optBusyTimeout(Duration.ofMillis(100)).open())
                    .isInstanceOf(StoreException.class).hasMessageContaining("is locked by another program");
        }
    }

    @Test
    void aStoreOpenedReadOnlyListsButRefusesWrites() throws Exception {
        Path file = dir.resolve("runs.db");
        long id;
        try (RunStore store = RunStore.open(file)) {
            id = RunStoreTest.record(store, 1);
        }
        try (RunStore store = RunStore.builder().setFile(file).optReadOnly(true).open()) {
            assertThat(store.isReadOnly()).isTrue();
            assertThat(store.listRuns()).hasSize(1);
            assertThatThrownBy(() -> store.delete(id)).isInstanceOf(StoreException.class)
                    .hasMessage("the store " + file + " is open read-only: could not delete run " + id + ". Make the "
                            + "file and its folder writable, or give --store with another file.");
        }
        assertThatThrownBy(() -> RunStore.builder().setFile(dir.resolve("none.db")).optReadOnly(true).open())
                .hasMessageContaining("there is no store at " + dir.resolve("none.db"));
    }

    @Test
    void aReadOnlyFileIsOpenedReadOnly() throws Exception {
        Path file = dir.resolve("runs.db");
        try (RunStore store = RunStore.open(file)) {
            RunStoreTest.record(store, 1);
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        assumeThat(Files.isWritable(file)).as("the tests run as a user who can write any file").isFalse();

        try (RunStore store = RunStore.open(file)) {
            assertThat(store.isReadOnly()).isTrue();
            assertThat(store.listRuns()).hasSize(1);
            assertThatThrownBy(() -> RunStoreTest.record(store, 2)).hasMessageContaining("is open read-only");
        }
    }

    @Test
    void aFolderOrAnUncreatableFolderIsNamed() throws Exception {
        assertThatThrownBy(() -> RunStore.open(dir)).isInstanceOf(StoreException.class)
                .hasMessageStartingWith(dir + " is a folder, not a store file");
        Path blocker = Files.writeString(dir.resolve("file"), "x");
        assertThatThrownBy(() -> RunStore.open(blocker.resolve("runs.db"))).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("cannot create the folder " + blocker + " for the store");
    }
}
