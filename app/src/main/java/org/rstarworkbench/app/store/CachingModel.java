package org.rstarworkbench.app.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.rstarworkbench.core.event.ModelCalled;
import org.rstarworkbench.core.model.Completion;
import org.rstarworkbench.core.model.Generation;
import org.rstarworkbench.core.model.GenerationRequest;
import org.rstarworkbench.core.model.LanguageModel;
import org.rstarworkbench.core.model.ModelException;
import org.rstarworkbench.core.model.Sampling;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A language model answering from the store's model-call cache: each request is looked up by a SHA-256 key of the
 * model id and the exact request (prompt, n, token limit, stop sequences, sampling with its seed); the requests of a
 * call that are not there go to the live model in one call, and its answers are committed before they are returned,
 * so a run killed at any point never pays for them again.
 *
 * <p>Without a live model ({@link #replay}) it replays a recording: a request not in the cache is a
 * {@link ModelException}. The engine derives every sampling seed from the run's seed and the call index, so running
 * the same search again asks exactly the recorded requests.
 *
 * <p>Threading: safe from several threads; counts are exact, call indices follow the order of calls.
 * {@link #close()} closes the live model, never the store.
 */
public final class CachingModel implements LanguageModel {

    private static final Logger LOG = LoggerFactory.getLogger(CachingModel.class);
    private static final String KEY_FORMAT = "rstar-model-call/1";
    private static final ObjectMapper KEY_JSON = new ObjectMapper();
    private static final int PROMPT_TAIL = 40;

    /**
     * What the cache has done so far.
     *
     * @param hits      requests answered from the cache
     * @param misses    requests not in the cache
     * @param liveCalls calls made to the live model
     */
    public record Stats(long hits, long misses, long liveCalls) {
    }

    private final RunStore store;
    private final LanguageModel live;
    private final String id;
    private final LongSupplier runId;
    private final long recordedCalls;
    private final Map<String, Generation> recorded;
    private final AtomicLong nextCall = new AtomicLong();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    private final AtomicLong liveCalls = new AtomicLong();

    private CachingModel(Builder b) {
        this.store = b.store;
        this.live = b.live;
        this.id = b.id != null ? b.id : b.live.id();
        this.runId = b.runId;
        this.recordedCalls = b.recordedCalls;
        Map<String, Generation> answers = new HashMap<>();
        for (ModelCalled call : b.recordedAnswers) {
            for (Generation g : call.generations()) {
                answers.put(key(id, g.request()), g);
            }
        }
        this.recorded = Map.copyOf(answers);
    }

    /** Caches the answers of {@code live} in {@code store}. */
    public static CachingModel over(RunStore store, LanguageModel live) {
        return builder(store).optLive(live).build();
    }

    /** Answers only from the store, as the model {@code modelId} answered when the run was recorded. */
    public static CachingModel replay(RunStore store, String modelId) {
        return builder(store).optId(modelId).build();
    }

    public static Builder builder(RunStore store) {
        return new Builder(store);
    }

    /** The cached model's id: the recorded run's generator, so replayed events name the same model. */
    @Override
    public String id() {
        return id;
    }

    /** Whether misses go to a live model; false when replaying. */
    public boolean hasLive() {
        return live != null;
    }

    public Stats stats() {
        return new Stats(hits.get(), misses.get(), liveCalls.get());
    }

    @Override
    public List<Generation> generate(List<GenerationRequest> requests) throws ModelException, InterruptedException {
        if (requests.isEmpty()) {
            return List.of();
        }
        long call = nextCall.getAndIncrement();
        List<String> keys = requests.stream().map(r -> key(id, r)).toList();
        Generation[] out = new Generation[requests.size()];
        List<String> stored = new ArrayList<>();
        List<Integer> missing = lookUp(requests, keys, out, call, stored);
        hits.addAndGet(requests.size() - missing.size());
        misses.addAndGet(missing.size());
        Map<String, CacheRows.Row> answered = missing.isEmpty() ? Map.of() : ask(requests, keys, missing, out, call);
        long run = runId.getAsLong();
        if (live != null && (!answered.isEmpty() || run >= 0)) {
            stored.addAll(answered.keySet());
            try {
                store.storeAnswers(run, call, id, answered, stored);
            } catch (StoreException e) {
                throw new UncheckedStoreException(e);
            }
        }
        return List.of(out);
    }

    /**
     * Fills {@code out} with the cached answers, adding the keys found in the store to {@code stored}; returns the
     * indices of the requests not found.
     */
    private List<Integer> lookUp(List<GenerationRequest> requests, List<String> keys, Generation[] out, long call,
                                 List<String> stored) {
        Map<String, CacheRows.Row> found;
        try {
            found = store.cached(keys);
        } catch (StoreException e) {
            throw new UncheckedStoreException(e);
        }
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            CacheRows.Row row = found.get(keys.get(i));
            Generation g = row == null ? null : decode(row, requests.get(i), call);
            if (g != null) {
                stored.add(keys.get(i));
            } else if (recorded.containsKey(keys.get(i))) {
                Generation r = recorded.get(keys.get(i));
                g = new Generation(requests.get(i), r.completions(), r.promptTokens());
            }
            if (g == null) {
                missing.add(i);
            } else {
                out[i] = g;
            }
        }
        return missing;
    }

    private Generation decode(CacheRows.Row row, GenerationRequest request, long call) {
        try {
            List<Completion> completions = store.codec().readCompletions(row.completionsJson());
            return new Generation(request, completions, row.promptTokens());
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.warn("the cached answer for call {} of {} in {} is unusable ({}); it is asked again", call, id,
                    store.file(), e.getMessage());
            return null;
        }
    }

    /** Sends the missing requests to the live model in one call; returns their answers to store, by key. */
    private Map<String, CacheRows.Row> ask(List<GenerationRequest> requests, List<String> keys, List<Integer> missing,
                                           Generation[] out, long call) throws ModelException, InterruptedException {
        GenerationRequest first = requests.get(missing.get(0));
        if (live == null) {
            throw new ModelException(noRecording(call, first));
        }
        if (call < recordedCalls) {
            throw new ModelException("the run cannot be resumed identically: call " + call + " was recorded, but "
                    + "now asks for something else (prompt ends \"" + tail(first.prompt()) + "\"); the pack, the "
                    + "model or the settings differ from the recorded run's. Start a new run instead.");
        }
        List<GenerationRequest> ask = missing.stream().map(requests::get).toList();
        List<Generation> answers = live.generate(ask);
        liveCalls.incrementAndGet();
        if (answers.size() != ask.size()) {
            throw new ModelException("the model " + live.id() + " answered " + answers.size() + " of " + ask.size()
                    + " prompts; it should answer every prompt");
        }
        Map<String, CacheRows.Row> rows = new LinkedHashMap<>();
        for (int j = 0; j < missing.size(); j++) {
            Generation g = answers.get(j);
            out[missing.get(j)] = g;
            try {
                rows.put(keys.get(missing.get(j)), new CacheRows.Row(store.codec().writeCompletions(g.completions()),
                        g.promptTokens()));
            } catch (JsonProcessingException e) {
                throw new ModelException("the model " + live.id() + " gave completions that cannot be stored ("
                        + e.getOriginalMessage() + ")", e);
            }
        }
        return rows;
    }

    private String noRecording(long call, GenerationRequest request) {
        long run = runId.getAsLong();
        String who = run >= 0 ? "run " + run + " has" : "the store " + store.file() + " has";
        return who + " no recorded answer of " + id + " for call " + call + " (prompt ends \"" + tail(request.prompt())
                + "\"); replay needs a complete recording: resume the run with a live model instead";
    }

    private static String tail(String prompt) {
        String flat = prompt.stripTrailing().replace("\n", "\\n");
        return flat.length() <= PROMPT_TAIL ? flat : "…" + flat.substring(flat.length() - PROMPT_TAIL);
    }

    /**
     * The cache key of a request to a model: SHA-256, in hex, of a canonical JSON of the model id, prompt, n, token
     * limit, stop sequences and sampling (temperature, top-p, top-k, seed). Stable across versions and machines.
     */
    public static String key(String modelId, GenerationRequest request) {
        ObjectNode json = KEY_JSON.createObjectNode();
        json.put("format", KEY_FORMAT);
        json.put("model", modelId);
        json.put("prompt", request.prompt());
        json.put("n", request.n());
        json.put("maxTokens", request.maxTokens());
        request.stop().forEach(json.putArray("stop")::add);
        Sampling s = request.sampling();
        json.put("temperature", s.temperature());
        json.put("topP", s.topP());
        json.put("topK", s.topK());
        if (s.seed() == null) {
            json.putNull("seed");
        } else {
            json.put("seed", s.seed().longValue());
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] canonical = KEY_JSON.writeValueAsString(json).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(sha.digest(canonical));
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("cannot compute a cache key: " + e.getMessage(), e);
        }
    }

    /** Closes the live model, if any; the store stays open. */
    @Override
    public void close() {
        if (live != null) {
            live.close();
        }
    }

    /** Builds a {@link CachingModel}: give a live model, or the recorded model's id to replay. */
    public static final class Builder {
        private final RunStore store;
        private LanguageModel live;
        private String id;
        private LongSupplier runId = () -> -1;
        private long recordedCalls;
        private List<ModelCalled> recordedAnswers = List.of();

        private Builder(RunStore store) {
            this.store = Objects.requireNonNull(store, "store");
        }

        /** The model that answers what the cache does not have; none means replay. */
        public Builder optLive(LanguageModel value) {
            this.live = value;
            return this;
        }

        /**
         * The model id the cache keys and events use; the live model's by default. When resuming, give the
         * recorded run's generator id, so a server reached at another address still finds its answers.
         */
        public Builder optId(String value) {
            this.id = value;
            return this;
        }

        /**
         * The run the calls belong to: with a live model, each answer it uses is noted for it (provenance, safe
         * deletion); when replaying, only messages name it.
         */
        public Builder optRun(long value) {
            return optRun(() -> value);
        }

        /** The run the calls belong to, known later, e.g. {@code recorder::runId}; -1 while unknown. */
        public Builder optRun(LongSupplier value) {
            this.runId = Objects.requireNonNull(value, "runId");
            return this;
        }

        /**
         * When resuming: the first {@code calls} calls were recorded, so each must be answered from the cache; a
         * miss among them means the run diverges, and fails before the live model is asked anything.
         */
        public Builder optRecordedCalls(long calls) {
            this.recordedCalls = calls;
            return this;
        }

        /** Answers recorded in a run's events, used where the cache has none (a run recorded without a cache). */
        Builder optRecorded(List<ModelCalled> calls) {
            this.recordedAnswers = List.copyOf(calls);
            return this;
        }

        public CachingModel build() {
            if (live == null && (id == null || id.isBlank())) {
                throw new IllegalStateException("give optLive(model), or optId(the recorded model's id) to replay");
            }
            return new CachingModel(this);
        }
    }
}
