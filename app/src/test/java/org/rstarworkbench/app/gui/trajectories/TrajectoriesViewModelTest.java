package org.rstarworkbench.app.gui.trajectories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.rstarworkbench.app.gui.DemoRuns;
import org.rstarworkbench.app.gui.ManualFxThread;
import org.rstarworkbench.app.gui.TaskExecutor;
import org.rstarworkbench.app.gui.UserError;
import org.rstarworkbench.core.event.CandidateCollected;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.discriminator.event.Verdict;

/** The panel's state over a real judged run, without JavaFX. */
class TrajectoriesViewModelTest {

    static final List<SearchEvent> RUN = DemoRuns.judged(12);

    final ManualFxThread fx = new ManualFxThread();
    final TaskExecutor tasks = new TaskExecutor(fx);
    final List<UserError> errors = new ArrayList<>();
    final List<Integer> picked = new ArrayList<>();
    final TrajectoriesViewModel panel = new TrajectoriesViewModel(tasks, errors::add);

    TrajectoriesViewModelTest() {
        panel.setOnPick(picked::add);
    }

    @AfterEach
    void close() {
        tasks.close();
        assertThat(errors).isEmpty();
    }

    void showUpTo(int count) {
        RunCandidates expected = RunCandidates.of(RUN.subList(0, count));
        panel.show(List.copyOf(RUN.subList(0, count)));
        fx.runUntil(() -> panel.shownProperty().get().equals(expected));
    }

    Candidate winner() {
        return panel.candidates().stream().filter(Candidate::winner).findFirst().orElseThrow();
    }

    @Test
    void listsTheCandidatesWithAHeader() {
        showUpTo(RUN.size());
        Verdict verdict = RUN.stream().filter(Verdict.class::isInstance).map(Verdict.class::cast).findFirst()
                .orElseThrow();
        assertThat(panel.candidates()).isNotEmpty();
        assertThat(panel.headlineProperty().get()).startsWith("Selected: " + verdict.answer());
        assertThat(panel.detailsProperty().get()).startsWith("Majority: ");
        assertThat(panel.selected()).isNull();
        assertThat(panel.checkMessageProperty().get()).isEqualTo(TrajectoriesViewModel.NOTHING_SELECTED);
    }

    @Test
    void pickingACandidateShowsThePeersCompletionsAndTellsTheWindow() {
        showUpTo(RUN.size());
        Candidate w = winner();
        panel.pick(w);

        assertThat(picked).containsExactly(w.endNode());
        assertThat(panel.selected()).isEqualTo(w);
        assertThat(panel.completions()).containsExactlyElementsOf(w.check().masks()).isNotEmpty();
        assertThat(panel.checkMessageProperty().get()).isEqualTo(w.check().agreeing() + " of "
                + w.check().masks().size() + " completions reach " + w.answerLabel() + ": kept.");
        assertThat(panel.completions().get(0).prefix()).startsWith("Let's think step by step.");

        panel.pick(w);
        assertThat(picked).as("picking it again changes nothing").hasSize(1);
    }

    @Test
    void pickingSetsUpAComparisonWithTheWinnerOrAnother() {
        showUpTo(RUN.size());
        Candidate w = winner();
        Candidate other = panel.candidates().stream().filter(c -> !c.winner()).findFirst().orElseThrow();
        panel.pick(other);
        assertThat(panel.compareLeftProperty().get()).isEqualTo(other);
        assertThat(panel.compareRightProperty().get()).isEqualTo(w);
        Comparison c = panel.comparisonProperty().get();
        assertThat(c).isNotNull();
        assertThat(c.left()).isEqualTo(other);
        assertThat(c.differing()).isPositive();

        panel.pick(w);
        assertThat(panel.compareLeftProperty().get()).isEqualTo(w);
        assertThat(panel.compareRightProperty().get()).as("not the winner against itself").isNotEqualTo(w);

        panel.compareRightProperty().set(w);
        assertThat(panel.comparisonProperty().get().differing()).isZero();
    }

    @Test
    void scrubbingKeepsTheSameTrajectorySelectedWhileItExists() {
        showUpTo(RUN.size());
        Candidate first = panel.candidates().get(0);
        panel.pick(first);
        int collected = IntStream.range(0, RUN.size()).filter(i -> RUN.get(i) instanceof CandidateCollected)
                .reduce((a, b) -> b).orElseThrow() + 1;

        showUpTo(collected); // all collected, none checked
        assertThat(panel.selected()).isNotNull();
        assertThat(panel.selected().text()).isEqualTo(first.text());
        assertThat(panel.selected().check()).isNull();
        assertThat(panel.completions()).isEmpty();
        assertThat(panel.checkMessageProperty().get()).startsWith("The peer has not checked this trajectory yet");
        assertThat(panel.comparisonProperty().get()).isNotNull();

        showUpTo(3); // before any rollout ended
        assertThat(panel.candidates()).isEmpty();
        assertThat(panel.selected()).isNull();
        assertThat(panel.comparisonProperty().get()).isNull();
        assertThat(panel.headlineProperty().get()).isEqualTo("No candidates yet.");
        assertThat(picked).as("only the user's pick is told").hasSize(1);
    }

    @Test
    void aNodeSelectedInTheTreeSelectsTheCandidateEndingThere() {
        showUpTo(RUN.size());
        Candidate last = panel.candidates().get(panel.candidates().size() - 1);
        panel.reveal(last.endNodeIds().get(last.endNodeIds().size() - 1));
        assertThat(panel.selected()).isEqualTo(last);
        panel.reveal(0); // the root ends no trajectory
        assertThat(panel.selected()).isEqualTo(last);
        assertThat(picked).isEmpty();
    }

    @Test
    void theLatestRequestWinsAndClearEmptiesThePanel() {
        panel.show(List.copyOf(RUN));
        panel.show(List.copyOf(RUN.subList(0, 5)));
        panel.show(List.copyOf(RUN));
        fx.runUntil(() -> !panel.candidates().isEmpty());
        fx.runPending();
        assertThat(panel.shownProperty().get().stage()).isEqualTo(RunCandidates.Stage.JUDGED);

        panel.pick(panel.candidates().get(0));
        panel.clear();
        assertThat(panel.candidates()).isEmpty();
        assertThat(panel.selected()).isNull();
        assertThat(panel.completions()).isEmpty();
        assertThat(panel.headlineProperty().get()).isEqualTo(RunCandidates.EMPTY.headline());
    }
}
