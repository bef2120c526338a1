package org.rstarworkbench.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.rstarworkbench.core.event.ModelCalled;
import org.rstarworkbench.core.event.RolloutFinished;
import org.rstarworkbench.core.event.RunCancelled;
import org.rstarworkbench.core.event.RunFailed;
import org.rstarworkbench.core.event.RunFinished;
import org.rstarworkbench.core.event.RunStarted;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.search.ComputeUsage;

/** The SQL of the {@code runs} and {@code events} tables. Every method runs inside a store operation. */
final class RunRows {

    private static final String SUMMARY_COLUMNS = "id, name, created, updated, status, problem_id, problem_text, "
            + "problem_gold, generator_model, peer_model, pack, seed, answer, message, last_seq, rollouts, "
            + "planned_rollouts, calls, prompts, sequences, prompt_tokens, completion_tokens, model_millis, "
            + "judge_calls, judge_prompts, judge_sequences, judge_prompt_tokens, judge_completion_tokens, "
            + "judge_model_millis";

    private RunRows() {
    }

    /**
     * Events to commit together, with what they change in the run's row.
     *
     * @param events      the events, in sequence order
     * @param rollouts    rollouts they finish
     * @param usage       the generator compute of their model calls
     * @param judgeUsage  the judge's compute of their model calls
     * @param replaceFrom when resuming, the stored events from this seq on (a failed or cancelled end) are
     *                    replaced; -1 otherwise
     * @param ending      how the run ended, when one of them ends it; else null
     */
    record Batch(List<StoredEvent> events, int rollouts, ComputeUsage usage, ComputeUsage judgeUsage,
                 long replaceFrom, Ending ending) {

        /** The batch of {@code events}, decoded as {@code decoded} (null where a type is unknown). */
        static Batch of(List<StoredEvent> events, List<? extends SearchEvent> decoded, long replaceFrom) {
            int rollouts = 0;
            ComputeUsage usage = ComputeUsage.ZERO;
            ComputeUsage judgeUsage = ComputeUsage.ZERO;
            Ending ending = null;
            for (SearchEvent e : decoded) {
                if (e instanceof RolloutFinished) {
                    rollouts++;
                } else if (e instanceof ModelCalled call && isGeneratorCall(call)) {
                    usage = usage.plus(ComputeUsage.ofCall(call.generations(), call.millis()));
                } else if (e instanceof ModelCalled call) {
                    judgeUsage = judgeUsage.plus(ComputeUsage.ofCall(call.generations(), call.millis()));
                } else if (e instanceof RunFinished f) {
                    ending = new Ending(RunStatus.FINISHED, f.answer(), null, f.usage(), f.judgeUsage());
                } else if (e instanceof RunFailed f) {
                    ending = new Ending(RunStatus.FAILED, null, f.message(), null, null);
                } else if (e instanceof RunCancelled) {
                    ending = new Ending(RunStatus.CANCELLED, null, null, null, null);
                }
            }
            return new Batch(List.copyOf(events), rollouts, usage, judgeUsage, replaceFrom, ending);
        }
    }

    /**
     * Whether a model call is the generator's: an action's call at a node. A judge's calls (the peer
     * discriminator's) name no action.
     */
    static boolean isGeneratorCall(ModelCalled call) {
        return call.action() != null;
    }

    /** How a run ended; the usages are known only for a finished run. */
    record Ending(RunStatus status, String answer, String message, ComputeUsage usage, ComputeUsage judgeUsage) {
    }

    static long create(Connection c, RunStore store, RunStarted started, String name, String peerModel, Batch batch)
            throws SQLException {
        String created = instant(started.startedAt()).toString();
        try (PreparedStatement ps = RunStore.prepare(c, "INSERT INTO runs (name, created, updated, problem_id, "
                        + "problem_text, problem_gold, config_json, seed, planned_rollouts, generator_model, peer_model, "
                        + "pack, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'running')", name, created,
                Instant.now().toString(), started.problem().id(), started.problem().question(),
                started.problem().gold(), store.configJson(started.config()), started.config().seed(),
                started.config().rollouts(), started.generator(), peerModel, started.pack())) {
            ps.executeUpdate();
        }
        long id = RunStore.queryLong(c, "SELECT last_insert_rowid()");
        append(c, id, batch);
        return id;
    }

    static void append(Connection c, long runId, Batch batch) throws SQLException {
        if (batch.events().isEmpty()) {
            return;
        }
        if (batch.replaceFrom() >= 0) {
            try (PreparedStatement ps = RunStore.prepare(c, "DELETE FROM events WHERE run_id = ? AND seq >= ?",
                    runId, batch.replaceFrom())) {
                ps.executeUpdate();
            }
            update(c, "UPDATE runs SET status = 'running', message = NULL, answer = NULL WHERE id = ?", runId);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO events (run_id, seq, type, json) "
                + "VALUES (?, ?, ?, ?)")) {
            for (StoredEvent e : batch.events()) {
                ps.setLong(1, runId);
                ps.setLong(2, e.seq());
                ps.setString(3, e.type());
                ps.setString(4, e.json());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        ComputeUsage u = batch.usage();
        ComputeUsage j = batch.judgeUsage();
        update(c, "UPDATE runs SET last_seq = ?, updated = ?, rollouts = rollouts + ?, calls = calls + ?, "
                        + "prompts = prompts + ?, sequences = sequences + ?, prompt_tokens = prompt_tokens + ?, "
                        + "completion_tokens = completion_tokens + ?, model_millis = model_millis + ?, "
                        + "judge_calls = judge_calls + ?, judge_prompts = judge_prompts + ?, "
                        + "judge_sequences = judge_sequences + ?, judge_prompt_tokens = judge_prompt_tokens + ?, "
                        + "judge_completion_tokens = judge_completion_tokens + ?, "
                        + "judge_model_millis = judge_model_millis + ? WHERE id = ?",
                batch.events().get(batch.events().size() - 1).seq(), Instant.now().toString(), batch.rollouts(),
                u.calls(), u.prompts(), u.sequences(), u.promptTokens(), u.completionTokens(), u.modelMillis(),
                j.calls(), j.prompts(), j.sequences(), j.promptTokens(), j.completionTokens(), j.modelMillis(), runId);
        if (batch.ending() != null) {
            end(c, runId, batch.ending());
        }
    }

    private static void end(Connection c, long runId, Ending ending) throws SQLException {
        update(c, "UPDATE runs SET status = ?, answer = ?, message = ? WHERE id = ?", ending.status().column(),
                ending.answer(), ending.message(), runId);
        if (ending.usage() != null) {
            ComputeUsage u = ending.usage();
            ComputeUsage j = ending.judgeUsage() == null ? ComputeUsage.ZERO : ending.judgeUsage();
            update(c, "UPDATE runs SET calls = ?, prompts = ?, sequences = ?, prompt_tokens = ?, "
                            + "completion_tokens = ?, model_millis = ?, judge_calls = ?, judge_prompts = ?, "
                            + "judge_sequences = ?, judge_prompt_tokens = ?, judge_completion_tokens = ?, "
                            + "judge_model_millis = ? WHERE id = ?", u.calls(), u.prompts(), u.sequences(),
                    u.promptTokens(), u.completionTokens(), u.modelMillis(), j.calls(), j.prompts(), j.sequences(),
                    j.promptTokens(), j.completionTokens(), j.modelMillis(), runId);
        }
    }

    static List<RunSummary> list(Connection c) throws SQLException {
        return summaries(c, "SELECT " + SUMMARY_COLUMNS + " FROM runs ORDER BY id DESC");
    }

    static Optional<RunSummary> find(Connection c, long runId) throws SQLException {
        return summaries(c, "SELECT " + SUMMARY_COLUMNS + " FROM runs WHERE id = ?", runId).stream().findFirst();
    }

    static int rename(Connection c, long runId, String name) throws SQLException {
        return update(c, "UPDATE runs SET name = ? WHERE id = ?", name, runId);
    }

    /** Deletes the run, its events, and the cached answers that no other run uses. */
    static boolean delete(Connection c, long runId) throws SQLException {
        update(c, "DELETE FROM model_calls WHERE (run_id = ? OR key IN (SELECT key FROM run_model_calls "
                + "WHERE run_id = ?)) AND key NOT IN (SELECT key FROM run_model_calls WHERE run_id <> ?)", runId,
                runId, runId);
        // Events and the run's cache uses go by ON DELETE CASCADE; shared answers keep their rows.
        return update(c, "DELETE FROM runs WHERE id = ?", runId) > 0;
    }

    static List<StoredEvent> events(Connection c, long runId) throws SQLException {
        return eventsFrom(c, runId, 0, Long.MAX_VALUE);
    }

    static List<StoredEvent> eventsFrom(Connection c, long runId, long fromSeq, long limit) throws SQLException {
        List<StoredEvent> out = new ArrayList<>();
        try (PreparedStatement ps = RunStore.prepare(c, "SELECT seq, type, json FROM events WHERE run_id = ? "
                + "AND seq >= ? ORDER BY seq LIMIT ?", runId, fromSeq, limit); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new StoredEvent(rs.getLong(1), rs.getString(2), rs.getString(3)));
            }
        }
        return out;
    }

    static long importRun(Connection c, RunStore store, RunJson.Parsed parsed, String name) throws SQLException {
        Batch batch = Batch.of(parsed.events(), parsed.decoded().stream().filter(e -> e != null).toList(), -1);
        long id = create(c, store, parsed.started(), name, null, batch);
        CacheRows.recover(c, id, parsed.started().generator(), null, parsed.decoded());
        return id;
    }

    private static List<RunSummary> summaries(Connection c, String sql, Object... args) throws SQLException {
        List<RunSummary> out = new ArrayList<>();
        try (PreparedStatement ps = RunStore.prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(summary(rs));
            }
        }
        return out;
    }

    private static RunSummary summary(ResultSet rs) throws SQLException {
        ComputeUsage usage = new ComputeUsage(rs.getLong("calls"), rs.getLong("prompts"), rs.getLong("sequences"),
                rs.getLong("prompt_tokens"), rs.getLong("completion_tokens"), rs.getLong("model_millis"));
        ComputeUsage judge = new ComputeUsage(rs.getLong("judge_calls"), rs.getLong("judge_prompts"),
                rs.getLong("judge_sequences"), rs.getLong("judge_prompt_tokens"),
                rs.getLong("judge_completion_tokens"), rs.getLong("judge_model_millis"));
        return new RunSummary(rs.getLong("id"), rs.getString("name"), instant(rs.getString("created")),
                instant(rs.getString("updated")), RunStatus.ofColumn(rs.getString("status")),
                rs.getString("problem_id"), rs.getString("problem_text"), rs.getString("problem_gold"),
                rs.getString("generator_model"), rs.getString("peer_model"), rs.getString("pack"),
                rs.getLong("seed"), rs.getString("answer"), rs.getString("message"), rs.getLong("last_seq"),
                rs.getInt("rollouts"), rs.getInt("planned_rollouts"), usage, judge);
    }

    private static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = RunStore.prepare(c, sql, args)) {
            return ps.executeUpdate();
        }
    }

    /** A stored or reported time; a malformed one (a hand-edited file) reads as the epoch rather than failing. */
    private static Instant instant(String text) {
        if (text == null) {
            return Instant.EPOCH;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }
}
