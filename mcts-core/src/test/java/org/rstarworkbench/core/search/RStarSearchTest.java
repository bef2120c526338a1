package org.rstarworkbench.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rstarworkbench.core.event.Backpropagated;
import org.rstarworkbench.core.event.ModelCalled;
import org.rstarworkbench.core.event.RolloutFinished;
import org.rstarworkbench.core.event.RunFinished;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.event.TreeFold;
import org.rstarworkbench.core.model.ScriptedModel;
import org.rstarworkbench.core.model.Scripts;
import org.rstarworkbench.core.tree.Action;
import org.rstarworkbench.core.tree.NodeKind;
import org.rstarworkbench.core.tree.Problem;
import org.rstarworkbench.core.tree.SearchNode;

class RStarSearchTest {

    static final Problem PROBLEM = new Problem("t/1", "Ann has 3 apples. Bob gives her 4 more. How many apples does "
            + "Ann have now?", "7");

    static RStar rstar(ScriptedModel model, SearchConfig config) {
        return RStar.builder().setModel(model).setPack(TestPacks.tiny()).optConfig(config).build();
    }

    @Test
    void requestCountMatchesTheReferenceFormula() throws Exception {
        for (long seed = 1; seed <= 5; seed++) {
            ScriptedModel model = new ScriptedModel(Scripts.rstarShaped(7, 4));
            SearchResult result = rstar(model, SearchConfig.defaults().withSeed(seed)).search(PROBLEM);

            Map<NodeKind, Integer> e = new EnumMap<>(NodeKind.class);
            e.putAll(result.expandedByKind());
            long expected = 5L * e.getOrDefault(NodeKind.QUESTION, 0) + 4L * e.getOrDefault(NodeKind.REPHRASED, 0)
                    + 5L * e.getOrDefault(NodeKind.SUBQUESTION, 0) + 4L * e.getOrDefault(NodeKind.RE_ANSWER, 0)
                    + 2L * e.getOrDefault(NodeKind.THOUGHT, 0);
            assertThat(model.callCount()).as("seed %d", seed).isEqualTo(expected);
            assertThat(result.usage().calls()).isEqualTo(expected);
        }
    }

    @Test
    void rootIsExpandedWithTheContractChildrenInOrder() throws Exception {
        SearchResult result = rstar(new ScriptedModel(Scripts.rstarShaped(7, 4)),
                SearchConfig.defaults().withRollouts(1)).search(PROBLEM);

        List<Action> actions = result.root().children().stream().map(SearchNode::action).toList();
        assertThat(actions).containsExactly(Action.A1_ONE_STEP_THOUGHT, Action.A1_ONE_STEP_THOUGHT,
                Action.A1_ONE_STEP_THOUGHT, Action.A2_REMAINING_STEPS, Action.A3_SUBQUESTION,
                Action.A3_SUBQUESTION, Action.A3_SUBQUESTION, Action.A5_REPHRASE);
    }

    @Test
    void treeObeysTheChildrenTableAndTheDepthLimit() throws Exception {
        SearchResult result = rstar(new ScriptedModel(Scripts.rstarShaped(7, 3)),
                SearchConfig.defaults().withRollouts(24).withMaxDepth(4)).search(PROBLEM);

        walk(result.root(), node -> {
            assertThat(node.depth()).isLessThanOrEqualTo(4);
            if (node.isExpanded()) {
                List<Action> expected = expectedChildren(node);
                assertThat(node.children().stream().map(SearchNode::action).distinct().toList())
                        .as("children of %s", node).isEqualTo(expected);
            }
            if (node.isAnswerLeaf() || node.depth() == 4) {
                assertThat(node.children()).as("terminal %s", node).isEmpty();
            }
        });
    }

    private static List<Action> expectedChildren(SearchNode node) {
        return Action.expanding(node.kind(), node.isFinalSubquestion(), true, true);
    }

    @Test
    void rootVisitsEqualRolloutsAndQIsTheSumOfRewards() throws Exception {
        List<SearchEvent> events = new ArrayList<>();
        SearchResult result = rstar(new ScriptedModel(Scripts.rstarShaped(7, 4)), SearchConfig.defaults())
                .search(PROBLEM, events::add);

        double rewards = events.stream().filter(Backpropagated.class::isInstance)
                .mapToDouble(e -> ((Backpropagated) e).reward()).sum();
        assertThat(result.root().n()).isEqualTo(16);
        assertThat(result.root().q()).isCloseTo(rewards, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(events.stream().filter(RolloutFinished.class::isInstance)).hasSize(16);
        walk(result.root(), node -> {
            int childVisits = node.children().stream().mapToInt(SearchNode::n).sum();
            assertThat(childVisits).as("visits below %s", node).isLessThanOrEqualTo(node.n());
        });
    }

    @Test
    void sameSeedGivesTheSameRunAndAnotherSeedAnotherOne() throws Exception {
        List<String> a = trace(11);
        List<String> b = trace(11);
        List<String> c = trace(12);
        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(c);
    }

    private static List<String> trace(long seed) throws Exception {
        List<String> out = new ArrayList<>();
        rstar(new ScriptedModel(Scripts.rstarShaped(7, 4)), SearchConfig.defaults().withSeed(seed))
                .search(PROBLEM, e -> {
                    if (!(e instanceof ModelCalled) && !(e instanceof org.rstarworkbench.core.event.RunStarted)
                            && !(e instanceof RunFinished)) {
                        out.add(e.toString());
                    }
                });
        return out;
    }

    @Test
    void disabledActionsCreateNoSuchNodes() throws Exception {
        SearchResult result = rstar(new ScriptedModel(Scripts.rstarShaped(7, 4)),
                SearchConfig.defaults().withActions(false, false)).search(PROBLEM);

        assertThat(result.nodesByKind()).doesNotContainKeys(NodeKind.THOUGHT, NodeKind.REPHRASED);
    }

    @Test
    void candidatesAreTreeSolutionsThenRolloutEndsAndTheMajorityWins() throws Exception {
        SearchResult result = rstar(new ScriptedModel(Scripts.rstarShaped(7, 5)), SearchConfig.defaults())
                .search(PROBLEM);

        assertThat(result.candidates()).isNotEmpty();
        assertThat(result.candidates().stream().filter(c -> c.source()
                == org.rstarworkbench.core.event.CandidateCollected.Source.ROLLOUT_END)).hasSize(16);
        assertThat(result.answer()).isEqualTo("7");
    }

    @Test
    void foldOfTheEventsIsTheLiveTree() throws Exception {
        List<SearchEvent> events = new ArrayList<>();
        SearchResult result = rstar(new ScriptedModel(Scripts.rstarShaped(7, 4)), SearchConfig.defaults())
                .search(PROBLEM, events::add);

        TreeFold fold = TreeFold.of(events);
        walk(result.root(), node -> {
            TreeFold.Node folded = fold.get(node.id());
            assertThat(folded).as("node %d", node.id()).isNotNull();
            assertThat(folded.n()).isEqualTo(node.n());
            assertThat(folded.q()).isCloseTo(node.q(), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(folded.children()).isEqualTo(node.children().stream().map(SearchNode::id).toList());
            assertThat(folded.info().kind()).isEqualTo(node.kind());
        });
        assertThat(fold.nodes()).hasSize(result.nodeCount());
        assertThat(fold.rolloutsFinished()).isEqualTo(16);
    }

    @Test
    void aJudgeDecidesInsideTheRunBeforeRunFinished() throws Exception {
        List<SearchEvent> events = new ArrayList<>();
        CandidateJudge judge = context -> {
            context.controller().beforeModelCall();
            context.events().emit(seq -> new org.rstarworkbench.core.event.RunCancelled(seq, -1));
            assertThat(context.search().majorityAnswer()).isEqualTo("7");
            return new Judgement("test-judge", "8", new ComputeUsage(1, 1, 1, 10, 5, 3));
        };
        SearchResult result = RStar.builder().setModel(new ScriptedModel(Scripts.rstarShaped(7, 4)))
                .setPack(TestPacks.tiny()).optConfig(SearchConfig.defaults().withRollouts(2)).optJudge(judge).build()
                .search(PROBLEM, events::add);

        assertThat(result.answer()).isEqualTo("8");
        assertThat(result.majorityAnswer()).isEqualTo("7");
        assertThat(result.totalUsage().calls()).isEqualTo(result.usage().calls() + 1);
        SearchEvent last = events.get(events.size() - 1);
        assertThat(last).isInstanceOfSatisfying(RunFinished.class, f -> {
            assertThat(f.answer()).isEqualTo("8");
            assertThat(f.judgeUsage().calls()).isEqualTo(1);
        });
        assertThat(events.get(events.size() - 2).seq()).isEqualTo(last.seq() - 1);
    }

    @Test
    void invalidSettingsAreRejectedWithTheFieldNamed() {
        assertThatThrownBy(() -> rstar(new ScriptedModel(Scripts.rstarShaped(7, 4)),
                SearchConfig.defaults().withRollouts(0).withExplorationWeight(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rollouts must be at least 1, was 0")
                .hasMessageContaining("explorationWeight must be a finite number >= 0, was -1.0");
    }

    static void walk(SearchNode node, java.util.function.Consumer<SearchNode> visit) {
        visit.accept(node);
        for (SearchNode child : node.children()) {
            walk(child, visit);
        }
    }
}
