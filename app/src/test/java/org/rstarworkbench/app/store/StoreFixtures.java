package org.rstarworkbench.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.event.SearchListener;
import org.rstarworkbench.core.model.Generation;
import org.rstarworkbench.core.model.GenerationRequest;
import org.rstarworkbench.core.model.LanguageModel;
import org.rstarworkbench.core.model.ModelException;
import org.rstarworkbench.core.model.ScriptedModel;
import org.rstarworkbench.core.model.Scripts;
import org.rstarworkbench.core.prompt.PromptPack;
import org.rstarworkbench.core.search.RStar;
import org.rstarworkbench.core.search.SearchConfig;
import org.rstarworkbench.core.search.SearchResult;
import org.rstarworkbench.core.tree.Problem;

/** Problems, packs, models and searches shared by the store's tests. */
final class StoreFixtures {

    static final Problem PROBLEM = new Problem("t/1", "Ann has 3 apples. Bob gives her 4 more. How many apples does "
            + "Ann have now?", "7");
    static final String MODEL_ID = "scripted";

    private StoreFixtures() {
    }

    /** A small pack whose prompts end the way {@link Scripts#rstarShaped} recognises. */
    static PromptPack pack() {
        return new PromptPack("tiny-test", "a pack for store tests", "numeric",
                new PromptPack.FewShot("[cot]{examples}|{instruction}|", "COT-EX", "COT-EX-R", List.of("|||"), 64),
                new PromptPack.FewShot("[ost]{examples}|{instruction}|\n", "OST-EX", "OST-EX-R", List.of("\n"), 32),
                new PromptPack.Decompose("DEC-EX", "DEC-EX-R", 5, 16, 32),
                new PromptPack.Rephrase("REPH-EX", "Given a list of conditions, please answer the question. "
                        + "Condition 1: ", 48));
    }

    static SearchConfig config(long seed) {
        return SearchConfig.defaults().withSeed(seed).withRollouts(12);
    }

    static ScriptedModel scripted() {
        return new ScriptedModel(MODEL_ID, Scripts.rstarShaped(7, 4));
    }

    static RStar rstar(LanguageModel model, SearchConfig config) {
        return RStar.builder().setModel(model).setPack(pack()).optConfig(config).build();
    }

    /** The events of a search with no store. */
    static Run uninterrupted(long seed) throws Exception {
        List<SearchEvent> events = new ArrayList<>();
        SearchResult result = rstar(scripted(), config(seed)).search(PROBLEM, events::add);
        return new Run(result, events);
    }

    record Run(SearchResult result, List<SearchEvent> events) {
    }

    /** Asserts that two runs' events are the same but for timing fields. */
    static void assertSameEvents(List<? extends SearchEvent> actual, List<? extends SearchEvent> expected) {
        EventCodec codec = EventCodec.standard();
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(codec.difference(codec.write(expected.get(i)), actual.get(i))).as("event %d", i).isNull();
        }
    }

    /** The cache keys of every request a model was sent. */
    static List<String> keys(ScriptedModel model) {
        List<String> keys = new ArrayList<>();
        model.calls().forEach(call -> call.forEach(r -> keys.add(CachingModel.key(model.id(), r))));
        return keys;
    }

    /** Asserts that no request was sent twice across the given models. */
    static void assertNoRepeatedRequest(List<String> first, List<String> second) {
        Set<String> seen = new HashSet<>(first);
        assertThat(Collections.disjoint(seen, second)).as("a request answered before was sent again").isTrue();
        assertThat(new HashSet<>(second)).hasSameSizeAs(second);
    }

    /** A live model that fails at its call {@code failAt}: a crash (unchecked) or a model error (checked). */
    static final class FailingModel implements LanguageModel {
        private final LanguageModel delegate;
        private final int failAt;
        private final boolean crash;
        private final AtomicInteger calls = new AtomicInteger();

        FailingModel(LanguageModel delegate, int failAt, boolean crash) {
            this.delegate = delegate;
            this.failAt = failAt;
            this.crash = crash;
        }

        @Override
        public String id() {
            return delegate.id();
        }

        @Override
        public List<Generation> generate(List<GenerationRequest> requests) throws ModelException,
                InterruptedException {
            if (calls.getAndIncrement() == failAt) {
                if (crash) {
                    throw new SimulatedCrash();
                }
                throw new ModelException("the server went away");
            }
            return delegate.generate(requests);
        }
    }

    /** Stands for the process dying. */
    static final class SimulatedCrash extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SimulatedCrash() {
            super("simulated crash");
        }
    }

    /** A listener that throws once {@code rollouts} rollouts have finished: the process dies there. */
    static SearchListener crashAfterRollouts(int rollouts) {
        AtomicInteger done = new AtomicInteger();
        return e -> {
            if (e instanceof org.rstarworkbench.core.event.RolloutFinished && done.incrementAndGet() == rollouts) {
                throw new SimulatedCrash();
            }
        };
    }
}
