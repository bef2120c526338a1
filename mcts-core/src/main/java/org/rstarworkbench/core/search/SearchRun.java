package org.rstarworkbench.core.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import org.rstarworkbench.core.answer.AnswerFormat;
import org.rstarworkbench.core.event.EventEmitter;
import org.rstarworkbench.core.event.ModelCalled;
import org.rstarworkbench.core.event.NodeCreated;
import org.rstarworkbench.core.event.NodeInfo;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.event.SearchListener;
import org.rstarworkbench.core.model.Generation;
import org.rstarworkbench.core.model.GenerationRequest;
import org.rstarworkbench.core.model.LanguageModel;
import org.rstarworkbench.core.model.ModelException;
import org.rstarworkbench.core.prompt.PromptPack;
import org.rstarworkbench.core.run.RunController;
import org.rstarworkbench.core.tree.Action;
import org.rstarworkbench.core.tree.NodeKind;
import org.rstarworkbench.core.tree.SearchNode;

/**
 * The state of one search run: its settings, model, pack, randomness, counters (node ids, model calls, event
 * sequence numbers), compute used and listeners. Nothing of a run lives in statics.
 *
 * <p>Threading: used by the engine thread only.
 */
final class SearchRun implements EventEmitter {

    final SearchConfig config;
    final LanguageModel model;
    final PromptPack pack;
    final AnswerFormat answers;
    final RandomSource random;
    final RunController controller;
    private final List<SearchListener> listeners;

    private int nextNodeId;
    private long nextCall;
    private long nextSeq;
    private ComputeUsage usage = ComputeUsage.ZERO;
    private final Map<NodeKind, Integer> expandedByKind = new EnumMap<>(NodeKind.class);

    SearchRun(SearchConfig config, LanguageModel model, PromptPack pack, AnswerFormat answers, RandomSource random,
              RunController controller, List<SearchListener> listeners) {
        this.config = config;
        this.model = model;
        this.pack = pack;
        this.answers = answers;
        this.random = random;
        this.controller = controller;
        this.listeners = List.copyOf(listeners);
    }

    /** Builds a node with the run's next id. */
    SearchNode.Builder node(NodeKind kind) {
        return SearchNode.builder(nextNodeId++, kind);
    }

    @Override
    public <E extends SearchEvent> E emit(LongFunction<E> event) {
        E e = event.apply(nextSeq++);
        for (SearchListener l : listeners) {
            l.onEvent(e);
        }
        return e;
    }

    void emitCreated(SearchNode node) {
        emit(seq -> new NodeCreated(seq, NodeInfo.of(node)));
    }

    /** The index the next model call will get. */
    long nextCallIndex() {
        return nextCall;
    }

    /**
     * Makes one model call for {@code action} at {@code node}, after the controller lets it, and records it.
     * Each request gets a sampling seed derived from the run's seed, the call index and its position.
     */
    List<Generation> call(SearchNode node, Action action, String purpose, List<GenerationRequest> requests)
            throws ModelException, InterruptedException {
        List<GenerationRequest> seeded = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            GenerationRequest r = requests.get(i);
            seeded.add(r.withN(r.n(), requestSeed(config.seed(), nextCall, i)));
        }
        CandidateJudge.ModelCall made = call(model, node.id(), action, purpose, seeded);
        usage = usage.plus(ComputeUsage.ofCall(made.generations(), made.millis()));
        return made.generations();
    }

    /** A judge's call: requests go as they are, the compute is the judge's to count. */
    CandidateJudge.ModelCall judgeCall(LanguageModel judgeModel, String purpose, List<GenerationRequest> requests)
            throws ModelException, InterruptedException {
        return call(judgeModel, -1, null, purpose, requests);
    }

    private CandidateJudge.ModelCall call(LanguageModel to, int nodeId, Action action, String purpose,
                                          List<GenerationRequest> requests)
            throws ModelException, InterruptedException {
        controller.beforeModelCall();
        long call = nextCall++;
        long start = System.nanoTime();
        List<Generation> generations = to.generate(requests);
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (generations.size() != requests.size()) {
            throw new ModelException("the model " + to.id() + " answered " + generations.size()
                    + " of " + requests.size() + " prompts; it should answer every prompt");
        }
        emit(seq -> new ModelCalled(seq, call, nodeId, action, purpose, generations, millis));
        return new CandidateJudge.ModelCall(generations, millis);
    }

    void countExpanded(NodeKind kind) {
        expandedByKind.merge(kind, 1, Integer::sum);
    }

    Map<NodeKind, Integer> expandedByKind() {
        return Map.copyOf(expandedByKind);
    }

    ComputeUsage usage() {
        return usage;
    }

    /** A per-request seed in [0, 2^31): servers take 32-bit seeds. */
    static long requestSeed(long runSeed, long call, int index) {
        long h = runSeed * 0x9E3779B97F4A7C15L + call * 0xBF58476D1CE4E5B9L + index * 0x94D049BB133111EBL;
        h ^= h >>> 31;
        h *= 0xD6E8FEB86659FD93L;
        h ^= h >>> 32;
        return h & 0x7FFF_FFFFL;
    }
}
