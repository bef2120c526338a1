package org.rstarworkbench.app.store;

import java.util.List;
import java.util.Objects;

import org.rstarworkbench.core.event.ModelCalled;
import org.rstarworkbench.core.event.RunStarted;
import org.rstarworkbench.core.model.LanguageModel;
import org.rstarworkbench.core.search.SearchConfig;
import org.rstarworkbench.core.tree.Problem;

/**
 * The model and the listener to give a search so that it is recorded, resumed or replayed: a {@link CachingModel}
 * and a {@link RunRecorder} set up to work together.
 *
 * <pre>{@code
 * Recording rec = Recording.resume(store, runId, liveModel);       // or start(...) / replay(...)
 * PeerDiscriminator judge = PeerDiscriminator.builder().setPeer(rec.peer(livePeer)).build();
 * RStar rstar = RStar.builder().setModel(rec.model()).setPack(PromptPacks.resolve(rec.started().pack()))
 *         .optConfig(rec.config()).optJudge(judge).build();
 * rstar.search(rec.problem(), controller, rec.recorder());
 * }</pre>
 *
 * <p>A judge's model calls are recorded like the generator's when its model is wrapped with {@link #peer}.
 */
public final class Recording {

    /** The id a replayed peer goes by when the run does not name its peer model (an imported run). */
    static final String UNKNOWN_PEER = "recorded-peer";

    private final RunStore store;
    private final RunRecorder recorder;
    private final CachingModel model;
    private final RunStarted started;
    private final String peerModel;
    private final List<ModelCalled> peerCalls;

    private Recording(RunStore store, RunRecorder recorder, CachingModel model, RunStarted started, String peerModel,
                      List<ModelCalled> peerCalls) {
        this.store = store;
        this.recorder = recorder;
        this.model = model;
        this.started = started;
        this.peerModel = peerModel;
        this.peerCalls = peerCalls;
    }

    /**
     * Records a new run of a search using {@code live}.
     *
     * @param name      the run's name, or null
     * @param peerModel the peer model's id, or null without a judge
     */
    public static Recording start(RunStore store, LanguageModel live, String name, String peerModel) {
        Objects.requireNonNull(live, "live");
        RunRecorder recorder = RunRecorder.create(store, name, peerModel);
        CachingModel model = CachingModel.builder(store).optLive(live).optRun(recorder::runId).build();
        return new Recording(store, recorder, model, null, peerModel, List.of());
    }

    /**
     * Continues a killed, failed or cancelled run: recorded calls come from the cache, the rest from {@code live},
     * which must be the same model as the recorded one (it is keyed by the recorded model's id).
     */
    public static Recording resume(RunStore store, long runId, LanguageModel live) throws StoreException {
        Objects.requireNonNull(live, "live");
        RunRecorder recorder = RunRecorder.resume(store, runId);
        RunStarted started = recorder.started();
        CachingModel model = CachingModel.builder(store).optLive(live).optId(started.generator()).optRun(runId)
                .optRecordedCalls(recorder.recordedCalls()).build();
        return new Recording(store, recorder, model, started, store.run(runId).peerModel(), List.of());
    }

    /**
     * Runs a stored run again with no model: every answer comes from the store (or from the run's events), and
     * every event is checked against the stored one. Nothing is written.
     */
    public static Recording replay(RunStore store, long runId) throws StoreException {
        RunRecorder verifier = RunRecorder.verifying(store, runId);
        RunStarted started = verifier.started();
        List<ModelCalled> calls = RunRecorder.modelCalls(store, runId, store.rawEvents(runId));
        CachingModel model = CachingModel.builder(store).optId(started.generator()).optRun(runId)
                .optRecorded(calls.stream().filter(RunRows::isGeneratorCall).toList()).build();
        List<ModelCalled> peerCalls = calls.stream().filter(c -> !RunRows.isGeneratorCall(c)).toList();
        return new Recording(store, verifier, model, started, store.run(runId).peerModel(), peerCalls);
    }

    /**
     * The peer (discriminator) model wrapped for this recording: its answers are cached and noted for the run;
     * when resuming it is keyed by the recorded peer's id. When replaying, {@code live} is ignored and every answer
     * comes from the store.
     *
     * @param live the live peer model; may be null only when replaying
     */
    public CachingModel peer(LanguageModel live) {
        CachingModel.Builder b = CachingModel.builder(store).optRun(recorder::runId);
        if (model.hasLive()) {
            b.optLive(Objects.requireNonNull(live, "live"));
        } else {
            b.optRecorded(peerCalls);
        }
        String id = peerModel != null ? peerModel : live != null ? live.id() : UNKNOWN_PEER;
        return b.optId(id).build();
    }

    /** The listener to pass to the search. */
    public RunRecorder recorder() {
        return recorder;
    }

    /** The model to build the search with. */
    public CachingModel model() {
        return model;
    }

    /** The stored run's first event when resuming or replaying; null for a new run. */
    public RunStarted started() {
        return started;
    }

    /** The stored run's problem when resuming or replaying. */
    public Problem problem() {
        return requireStored().problem();
    }

    /** The stored run's settings, seed included, when resuming or replaying. */
    public SearchConfig config() {
        return requireStored().config();
    }

    /** The run's id; -1 for a new run until its search has started. */
    public long runId() {
        return recorder.runId();
    }

    private RunStarted requireStored() {
        if (started == null) {
            throw new IllegalStateException("a new recording has no stored run; give the problem and settings");
        }
        return started;
    }
}
