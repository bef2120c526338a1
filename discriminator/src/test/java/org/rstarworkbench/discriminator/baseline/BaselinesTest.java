package org.rstarworkbench.discriminator.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.model.GenerationRequest;
import org.rstarworkbench.core.model.ScriptedModel;
import org.rstarworkbench.core.model.Scripts;
import org.rstarworkbench.core.search.ComputeUsage;
import org.rstarworkbench.core.search.RStar;
import org.rstarworkbench.core.search.SearchConfig;
import org.rstarworkbench.core.tree.Problem;
import org.rstarworkbench.discriminator.Method;
import org.rstarworkbench.discriminator.MethodResult;
import org.rstarworkbench.discriminator.TestPacks;
import org.rstarworkbench.discriminator.event.Verdict;
import org.rstarworkbench.discriminator.peer.PeerDiscriminator;

class BaselinesTest {

    static final Problem P1 = new Problem("t/1", "Ann has 3 apples. Bob gives her 4 more. How many now?", "7");
    static final Problem P2 = new Problem("t/2", "Ann has 5 apples. She eats 1. How many now?", "4");

    @Test
    void greedyChainOfThoughtSamplesOnceAtTemperatureZero() throws Exception {
        ScriptedModel model = new ScriptedModel((prompt, i) -> "Let's think step by step. 3 + 4 = 7. "
                + "The answer is: 7.|||### Instruction: more");

        MethodResult r = new GreedyChainOfThought(model, TestPacks.tiny(), null).solve(P1);

        assertThat(r.method()).isEqualTo("greedy-cot");
        assertThat(r.answer()).isEqualTo("7");
        GenerationRequest request = model.calls().get(0).get(0);
        assertThat(request.prompt()).isEqualTo("[cot]COT-EX|" + P1.question() + "|");
        assertThat(request.n()).isEqualTo(1);
        assertThat(request.sampling().temperature()).isZero();
        assertThat(request.stop()).containsExactly("|||");
        assertThat(r.usage().calls()).isEqualTo(1);
        assertThat(r.usage().sequences()).isEqualTo(1);
        assertThat(r.usage().completionTokens()).isEqualTo(14);
    }

    @Test
    void selfConsistencyForSeveralKSharesOneSampleSet() throws Exception {
        // samples 0..4 answer 8, 7, 7, 8, 7
        ScriptedModel model = new ScriptedModel((prompt, i) -> "So it is " + (i % 3 == 0 ? 8 : 7)
                + ". The answer is " + (i % 3 == 0 ? 8 : 7) + ".");
        List<Method> methods = SelfConsistency.builder().setModel(model).setPack(TestPacks.tiny())
                .optKs(List.of(5, 1, 3)).build();

        List<MethodResult> results = new ArrayList<>();
        for (Method m : methods) {
            results.add(m.solve(P1));
        }

        assertThat(methods).extracting(Method::name).containsExactly("sc@1", "sc@3", "sc@5");
        assertThat(results).extracting(MethodResult::answer).containsExactly("8", "7", "7");
        assertThat(model.callCount()).isEqualTo(1);
        GenerationRequest request = model.calls().get(0).get(0);
        assertThat(request.n()).isEqualTo(5);
        assertThat(request.sampling().temperature()).isEqualTo(0.8);
        assertThat(request.sampling().seed()).isNotNull();
        assertThat(results).extracting(r -> r.usage().sequences()).containsExactly(1L, 3L, 5L);
        assertThat(results).extracting(r -> r.usage().calls()).containsOnly(1L);
        assertThat(results.get(1).usage().completionTokens()).isEqualTo(3L * 8);

        methods.get(0).solve(P2);
        assertThat(model.callCount()).isEqualTo(2);
    }

    @Test
    void selfConsistencyChecksItsSettings() {
        ScriptedModel model = new ScriptedModel((prompt, i) -> "");

        assertThatThrownBy(() -> SelfConsistency.builder().setPack(TestPacks.tiny()).build())
                .hasMessageContaining("setModel");
        assertThatThrownBy(() -> SelfConsistency.builder().setModel(model).setPack(TestPacks.tiny())
                .optKs(List.of(4, 0)).build()).hasMessageContaining("[4, 0]");
    }

    @Test
    void mctsMajorityAndFullRStarShareOneSearch() throws Exception {
        ScriptedModel generator = new ScriptedModel("generator", Scripts.rstarShaped(7, 2));
        ScriptedModel peer = new ScriptedModel("peer", (prompt, i) -> " so 7. The answer is 7.");
        RStar rstar = RStar.builder().setModel(generator).setPack(TestPacks.tiny())
                .optConfig(SearchConfig.defaults().withRollouts(6))
                .optJudge(PeerDiscriminator.builder().setPeer(peer).build()).build();
        List<SearchEvent> events = new ArrayList<>();
        List<Method> methods = RStarMethods.shared(rstar, events::add);

        MethodResult majority = methods.get(0).solve(P1);
        int generatorCalls = generator.callCount();
        MethodResult full = methods.get(1).solve(P1);

        assertThat(methods).extracting(Method::name).containsExactly("mcts-maj", "rstar");
        assertThat(generator.callCount()).isEqualTo(generatorCalls);
        assertThat(events.stream().filter(Verdict.class::isInstance).count()).isEqualTo(1);
        assertThat(majority.answer()).isEqualTo("7");
        assertThat(full.answer()).isEqualTo("7");
        assertThat(majority.usage().calls()).isEqualTo(generatorCalls);
        ComputeUsage peerUsage = ((Verdict) events.stream().filter(Verdict.class::isInstance).findFirst()
                .orElseThrow()).usage();
        assertThat(full.usage()).isEqualTo(majority.usage().plus(peerUsage));

        methods.get(0).solve(P1);
        assertThat(generator.callCount()).isEqualTo(2 * generatorCalls);
    }

    @Test
    void methodsRunAsAList() throws Exception {
        ScriptedModel model = new ScriptedModel(Scripts.rstarShaped(7, 0));
        List<Method> methods = new ArrayList<>();
        methods.add(new GreedyChainOfThought(model, TestPacks.tiny(), null));
        methods.addAll(SelfConsistency.builder().setModel(model).setPack(TestPacks.tiny()).optKs(List.of(2, 4))
                .build());
        methods.add(RStarMethods.majority(RStar.builder().setModel(model).setPack(TestPacks.tiny())
                .optConfig(SearchConfig.defaults().withRollouts(2)).build()));

        for (Method m : methods) {
            MethodResult r = m.solve(P1);
            assertThat(r.answer()).as(m.name()).isEqualTo("7");
            assertThat(r.usage().calls()).as(m.name()).isPositive();
            assertThat(r.method()).isEqualTo(m.name());
        }
    }
}
