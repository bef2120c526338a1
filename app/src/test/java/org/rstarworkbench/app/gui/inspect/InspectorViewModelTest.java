package org.rstarworkbench.app.gui.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.rstarworkbench.app.gui.DemoRuns;
import org.rstarworkbench.app.gui.ManualFxThread;
import org.rstarworkbench.app.gui.TaskExecutor;
import org.rstarworkbench.app.gui.UserError;
import org.rstarworkbench.core.event.NodeCreated;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.event.Selected;
import org.rstarworkbench.core.tree.NodeKind;

class InspectorViewModelTest {

    static final List<SearchEvent> RUN = DemoRuns.judged(16);

    final ManualFxThread fx = new ManualFxThread();
    final TaskExecutor tasks = new TaskExecutor(fx);
    final List<UserError> errors = new ArrayList<>();
    final InspectorViewModel inspector = new InspectorViewModel(tasks, errors::add);

    @AfterEach
    void close() {
        tasks.close();
    }

    static int firstOfKind(NodeKind kind) {
        return RUN.stream().filter(NodeCreated.class::isInstance).map(e -> ((NodeCreated) e).node())
                .filter(n -> n.kind() == kind).findFirst().orElseThrow().id();
    }

    @Test
    void showsTheNodesStatisticsPromptCompletionsAndVote() {
        int id = firstOfKind(NodeKind.DIRECT_ANSWER);
        long last = RUN.get(RUN.size() - 1).seq();
        inspector.show(RUN, id, last, true);
        fx.runUntil(() -> inspector.showingProperty().get());

        assertThat(inspector.headingProperty().get()).isEqualTo("#" + id + "  A2 direct answer");
        assertThat(inspector.kindProperty().get()).isEqualTo("direct answer");
        assertThat(inspector.actionProperty().get()).isEqualTo("A2 remaining steps");
        assertThat(inspector.promptProperty().get()).contains(DemoRuns.PROBLEM.question());
        assertThat(inspector.completions()).hasSize(32).allSatisfy(c -> assertThat(c.text()).isNotBlank());
        assertThat(inspector.completions().get(0).answer()).isIn("7", "8");
        assertThat(inspector.groups()).isNotEmpty().first().asString().matches("[78] — \\d+ of 32 \\(\\d+%\\)");
        assertThat(inspector.answerProperty().get()).isIn("7", "8");
        assertThat(errors).isEmpty();
    }

    @Test
    void theRootHasNoPromptAndAVisitedNodeHasItsUctHistory() {
        long last = RUN.get(RUN.size() - 1).seq();
        inspector.show(RUN, 0, last, true);
        fx.runUntil(() -> inspector.showingProperty().get());
        assertThat(inspector.promptProperty().get()).startsWith("(the root is the question itself");
        assertThat(inspector.nProperty().get()).isEqualTo("16");

        int child = RUN.stream().filter(Selected.class::isInstance).flatMap(e -> ((Selected) e).steps().stream())
                .filter(step -> step.how() == Selected.How.UCT).findFirst().orElseThrow().chosen();
        inspector.show(RUN, child, last, true);
        fx.runUntil(() -> inspector.headingProperty().get().startsWith("#" + child + " "));
        assertThat(inspector.selections()).isNotEmpty()
                .allSatisfy(s -> assertThat(s.uct()).isGreaterThan(0));
    }

    @Test
    void aNodeNotCreatedYetSaysSoAndTheLatestRequestWins() {
        inspector.show(RUN, 0, RUN.get(RUN.size() - 1).seq(), true);
        inspector.show(RUN, 5, 3, false);
        fx.runUntil(() -> true);
        fx.runPending();
        assertThat(inspector.showingProperty().get()).isFalse();
        assertThat(inspector.messageProperty().get()).startsWith("Node #5 does not exist yet");

        inspector.clear(InspectorViewModel.NOTHING_SELECTED);
        assertThat(inspector.messageProperty().get()).isEqualTo(InspectorViewModel.NOTHING_SELECTED);
        assertThat(inspector.completions()).isEmpty();
    }
}
