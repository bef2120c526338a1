package org.rstarworkbench.app.gui.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rstarworkbench.app.gui.EventInbox;
import org.rstarworkbench.app.gui.history.StoredRuns;
import org.rstarworkbench.app.store.Recording;
import org.rstarworkbench.app.store.RunStore;
import org.rstarworkbench.core.event.SearchListener;
import org.rstarworkbench.core.model.LanguageModel;
import org.rstarworkbench.core.prompt.PromptPack;
import org.rstarworkbench.core.prompt.PromptPacks;
import org.rstarworkbench.core.run.RunController;
import org.rstarworkbench.core.search.CandidateJudge;
import org.rstarworkbench.core.search.RStar;
import org.rstarworkbench.core.search.SearchResult;
import org.rstarworkbench.discriminator.peer.PeerDiscriminator;

/**
 * One live search started from the window: its settings, its controller and the inbox its events go to. {@link #run()}
 * runs on the engine thread: it opens the model and its peer (and the store when recording), searches, and closes them
 * again. The controller is shared with the FX thread, which pauses and steps through it and cancels through
 * {@link #cancel()}; the breakpoint watch sees every event after the inbox and pauses the run through the same
 * controller.
 */
public final class SearchSession {

    private static final Logger LOG = LoggerFactory.getLogger(SearchSession.class);

    private final RunSettings settings;
    private final RunController controller;
    private final StoredRuns store;
    private final EventInbox inbox = new EventInbox();
    private final BreakpointWatch breakpoints;
    private final CancellableCalls calls;
    private volatile long storedRunId = -1;

    /**
     * @param settings    what to run
     * @param startPaused whether the engine waits for a step or resume before its first rollout
     * @param store       where to record the run when the settings ask for it; may be null
     */
    public SearchSession(RunSettings settings, boolean startPaused, StoredRuns store) {
        this(settings, startPaused, store, Breakpoints.NONE);
    }

    /**
     * @param settings    what to run
     * @param startPaused whether the engine waits for a step or resume before its first rollout
     * @param store       where to record the run when the settings ask for it; may be null
     * @param breakpoints the breakpoints at the start; {@link #breakpoints()} changes them during the run
     */
    public SearchSession(RunSettings settings, boolean startPaused, StoredRuns store, Breakpoints breakpoints) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.controller = new RunController(startPaused);
        this.store = store;
        this.breakpoints = new BreakpointWatch(controller, breakpoints);
        this.calls = new CancellableCalls(controller);
    }

    public RunSettings settings() {
        return settings;
    }

    public RunController controller() {
        return controller;
    }

    /** Where the engine puts this run's events; the FX thread drains it. */
    public EventInbox inbox() {
        return inbox;
    }

    /** Checks this run's events against its breakpoints; holds the hits until the window reads them. */
    public BreakpointWatch breakpoints() {
        return breakpoints;
    }

    /**
     * Stops the run: at its next checkpoint, or at once when the engine is inside a model call (a server's reply is no
     * longer awaited; an in-process model stops at its next decoding step). Safe from any thread; cannot be undone.
     */
    public void cancel() {
        calls.cancel();
    }

    /** The id of the recorded run in the store once the search started, else -1. */
    public long storedRunId() {
        return storedRunId;
    }

    /** Runs the search on the calling thread (the engine thread). */
    public SearchResult run() throws Exception {
        PromptPack pack = PromptPacks.resolve(settings.pack());
        try (LanguageModel model = calls.wrap(settings.model().open(settings.endpoint(), settings.problem()));
             LanguageModel ownPeer = calls.wrap(settings.openPeer())) {
            LanguageModel livePeer = ownPeer != null ? ownPeer : model;
            if (!settings.record() || store == null) {
                return search(pack, model, livePeer, List.of());
            }
            try (RunStore runs = store.open()) {
                Recording recording = Recording.start(runs, model, null, settings.peer() ? livePeer.id() : null);
                LanguageModel peer = settings.peer() ? recording.peer(livePeer) : null;
                SearchListener noteId = e -> storedRunId = recording.runId();
                return search(pack, recording.model(), peer, List.of(recording.recorder(), noteId));
            }
        }
    }

    private SearchResult search(PromptPack pack, LanguageModel generator, LanguageModel peer,
                                List<SearchListener> before) throws Exception {
        CandidateJudge judge = settings.peer() && peer != null
                ? PeerDiscriminator.builder().setPeer(peer).build() : null;
        RStar rstar = RStar.builder().setModel(generator).setPack(pack).optConfig(settings.config())
                .optJudge(judge).build();
        List<SearchListener> listeners = new ArrayList<>(before);
        listeners.add(inbox);
        listeners.add(breakpoints);
        LOG.info("Searching {} with {} ({} rollouts)", settings.problem().id(), generator.id(),
                settings.config().rollouts());
        return rstar.search(settings.problem(), controller, listeners.toArray(SearchListener[]::new));
    }
}
