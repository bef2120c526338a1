package org.rstarworkbench.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.rstarworkbench.core.event.ModelCalled;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.model.Generation;

/**
 * The SQL of the model-call cache: {@code model_calls} holds one answer per request key; {@code run_model_calls}
 * says which runs use it, so deleting a run keeps the answers another run needs.
 */
final class CacheRows {

    /** A cached answer as stored. */
    record Row(String completionsJson, int promptTokens) {
    }

    private CacheRows() {
    }

    static Map<String, Row> lookup(Connection c, List<String> keys) throws SQLException {
        Map<String, Row> found = new HashMap<>();
        String marks = String.join(", ", java.util.Collections.nCopies(keys.size(), "?"));
        try (PreparedStatement ps = RunStore.prepare(c, "SELECT key, completions_json, prompt_tokens FROM "
                + "model_calls WHERE key IN (" + marks + ")", keys.toArray()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                found.put(rs.getString(1), new Row(rs.getString(2), rs.getInt(3)));
            }
        }
        return found;
    }

    /**
     * Stores an answer; a row already there for the key (found unusable by the caller) is overwritten and keeps
     * its provenance.
     *
     * @param runId the run that asked, or -1
     */
    static void put(Connection c, String key, String model, String completionsJson, int promptTokens, long runId,
                    long call) throws SQLException {
        try (PreparedStatement ps = RunStore.prepare(c, "INSERT INTO model_calls (key, model, completions_json, "
                        + "prompt_tokens, run_id, call_index, created) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(key) "
                        + "DO UPDATE SET completions_json = excluded.completions_json, "
                        + "prompt_tokens = excluded.prompt_tokens", key, model, completionsJson, promptTokens,
                runId >= 0 ? runId : null, call, Instant.now().toString())) {
            ps.executeUpdate();
        }
    }

    /** Notes that run {@code runId} used the answer under {@code key} at call {@code call}. */
    static void use(Connection c, long runId, String key, long call) throws SQLException {
        try (PreparedStatement ps = RunStore.prepare(c, "INSERT OR IGNORE INTO run_model_calls (run_id, key, "
                + "call_index) VALUES (?, ?, ?)", runId, key, call)) {
            ps.executeUpdate();
        }
    }

    /**
     * Puts the answers recorded in a run's model-called events into the cache, where missing: a run recorded
     * without the caching model, or imported from a file, can then be resumed and replayed. The generator's calls
     * are keyed with {@code generator}, the judge's with {@code peer} (skipped when null).
     *
     * @return how many answers were added
     */
    static int recover(Connection c, long runId, String generator, String peer, List<? extends SearchEvent> events)
            throws SQLException {
        int added = 0;
        EventCodec codec = EventCodec.standard();
        for (SearchEvent e : events) {
            if (!(e instanceof ModelCalled call)) {
                continue;
            }
            String model = RunRows.isGeneratorCall(call) ? generator : peer;
            if (model == null) {
                continue; // a judge's call, and the judge's model is not known: its key cannot be made
            }
            for (Generation g : call.generations()) {
                String key = CachingModel.key(model, g.request());
                if (lookup(c, List.of(key)).isEmpty()) {
                    put(c, key, model, completions(codec, g), g.promptTokens(), runId, call.call());
                    added++;
                }
                use(c, runId, key, call.call());
            }
        }
        return added;
    }

    private static String completions(EventCodec codec, Generation g) throws SQLException {
        try {
            return codec.writeCompletions(g.completions());
        } catch (JsonProcessingException e) {
            throw new SQLException("a recorded completion cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
