package org.rstarworkbench.app.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rstarworkbench.core.answer.AnswerFormat;
import org.rstarworkbench.core.event.NodeCreated;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.model.ScriptedModel;
import org.rstarworkbench.core.model.Scripts;
import org.rstarworkbench.core.prompt.PromptPacks;
import org.rstarworkbench.core.search.RStar;
import org.rstarworkbench.core.search.SearchConfig;
import org.rstarworkbench.core.tree.Action;
import org.rstarworkbench.core.tree.NodeKind;
import org.rstarworkbench.core.tree.Problem;

class NodeDetailsTest {

    static final List<SearchEvent> EVENTS = new ArrayList<>();

    @BeforeAll
    static void search() throws Exception {
        RStar.builder().setModel(new ScriptedModel(Scripts.rstarShaped(7, 3))).setPack(PromptPacks.bundled("gsm8k"))
                .optConfig(SearchConfig.defaults().withRollouts(16)).build()
                .search(new Problem("p", "Ann has 3 apples. Bob gives her 4. How many apples does Ann have?", "7"),
                        EVENTS::add);
    }

    static int firstNode(Action action) {
        return EVENTS.stream().filter(e -> e instanceof NodeCreated c && c.node().action() == action)
                .map(e -> ((NodeCreated) e).node().id()).findFirst().orElseThrow();
    }

    @Test
    void aDirectAnswerShowsItsPromptItsSamplesAndTheVote() {
        NodeDetails d = NodeDetails.of(EVENTS, firstNode(Action.A2_REMAINING_STEPS), Long.MAX_VALUE,
                AnswerFormat.NUMERIC);

        assertThat(d.node().kind()).isEqualTo(NodeKind.DIRECT_ANSWER);
        assertThat(d.prompts()).hasSize(1);
        assertThat(d.prompts().get(0)).contains("How many apples does Ann have?");
        assertThat(d.completions()).hasSize(32);
        assertThat(d.total()).isEqualTo(32);
        assertThat(d.groups().get(0).answer()).isEqualTo("7");
        assertThat((double) d.groups().get(0).members().size() / 32).isEqualTo(d.node().value());
    }

    @Test
    void aSubquestionShowsTheAnsweringPromptOfItsOwnPosition() {
        int first = firstNode(Action.A3_SUBQUESTION);
        NodeDetails a = NodeDetails.of(EVENTS, first, Long.MAX_VALUE, AnswerFormat.NUMERIC);
        NodeDetails b = NodeDetails.of(EVENTS, first + 1, Long.MAX_VALUE, AnswerFormat.NUMERIC);

        assertThat(a.prompts()).hasSize(1);
        assertThat(a.prompts().get(0)).endsWith(a.node().text() + "\nAnswer 5.1:");
        assertThat(b.prompts().get(0)).endsWith(b.node().text() + "\nAnswer 5.1:");
        assertThat(a.call().purpose()).isEqualTo("answer sub-questions");
    }

    @Test
    void uctScoresAreListedForEverySelectionThatWeighedTheNode() {
        NodeDetails root = NodeDetails.of(EVENTS, 0, Long.MAX_VALUE, AnswerFormat.NUMERIC);
        assertThat(root.n()).isEqualTo(16);
        assertThat(root.call()).isNull();
        boolean anyScored = EVENTS.stream().filter(e -> e instanceof NodeCreated).map(e -> ((NodeCreated) e).node())
                .anyMatch(n -> !NodeDetails.of(EVENTS, n.id(), Long.MAX_VALUE, AnswerFormat.NUMERIC).selections()
                        .isEmpty());
        assertThat(anyScored).isTrue();
    }

    @Test
    void aNodeThatDidNotExistYetIsAClearError() {
        assertThatThrownBy(() -> NodeDetails.of(EVENTS, 5, 1, AnswerFormat.NUMERIC))
                .hasMessage("no node 5 exists at event 1");
    }
}
