package org.rstarworkbench.discriminator.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.rstarworkbench.core.answer.AnswerFormat;
import org.rstarworkbench.discriminator.trajectory.Trajectory;

class SelectionPropertyTest {

    static final AnswerFormat NUMERIC = AnswerFormat.NUMERIC;

    @Provide
    Arbitrary<List<CheckedTrajectory>> trajectories() {
        Arbitrary<String> answer = Arbitraries.of("1", "2", "3", "3.0", "");
        Arbitrary<String> peer = Arbitraries.of("1", "2", "3").injectNull(0.2);
        Arbitrary<CheckedTrajectory> one = Combinators.combine(answer, Arbitraries.integers().between(1, 3),
                peer.list().ofSize(4)).as((a, count, peers) -> {
                    String own = a.isEmpty() ? null : a;
                    List<MaskCheck> checks = new ArrayList<>();
                    for (String p : peers) {
                        checks.add(new MaskCheck(0.2, 1, "p", "c", p, p != null && NUMERIC.equivalent(p, own)));
                    }
                    return new CheckedTrajectory(new Trajectory("t" + a + count + peers, "f", own, count, count,
                            List.of()), own == null ? List.of() : checks);
                });
        return one.list().ofMinSize(0).ofMaxSize(8);
    }

    @Property
    void theAnswerIsACandidatesAnswerAndTheWinnerStatesIt(@ForAll("trajectories") List<CheckedTrajectory> all,
                                                           @ForAll AgreementMode mode) {
        SelectionResult r = new Selection(SelectionSettings.defaults().withMode(mode), NUMERIC).select(all, null);

        assertThat(r.outcomes()).hasSize(all.size());
        if (r.answer() == null) {
            assertThat(r.winner()).isEqualTo(-1);
        } else {
            assertThat(all.get(r.winner()).trajectory().answer()).isEqualTo(r.answer());
        }
        if (r.branch() == Branch.SCORED || r.branch() == Branch.ONE_KEPT) {
            assertThat(r.outcomes().get(r.winner())).isEqualTo(Outcome.KEPT);
        }
    }

    @Property
    void labelFreeSelectionNeverReadsTheGold(@ForAll("trajectories") List<CheckedTrajectory> all,
                                             @ForAll AgreementMode mode) {
        Selection selection = new Selection(SelectionSettings.defaults().withMode(mode), NUMERIC);

        assertThat(selection.select(all, "2")).isEqualTo(selection.select(all, null));
    }

    @Property
    void referenceFaithfulNeverAnswersWorseThanLabelFree(@ForAll("trajectories") List<CheckedTrajectory> all) {
        SelectionResult free = new Selection(SelectionSettings.defaults(), NUMERIC).select(all, "2");
        SelectionResult faithful = new Selection(SelectionSettings.defaults().withReferenceFaithful(true), NUMERIC)
                .select(all, "2");

        // consulting the label only ever turns a wrong answer into the majority or into no answer
        if (NUMERIC.equivalent(free.answer(), "2")) {
            assertThat(faithful.answer()).isEqualTo(free.answer());
        }
    }
}
