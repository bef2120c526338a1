package org.rstarworkbench.samples.gsmmini;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rstarworkbench.core.prompt.PromptPack;
import org.rstarworkbench.core.search.RStar;
import org.rstarworkbench.core.search.SearchResult;
import org.rstarworkbench.discriminator.trajectory.Masking;
import org.rstarworkbench.discriminator.trajectory.Trajectories;

/** The peer's lessons must show it exactly what the rStar discriminator will show it. */
class PeerPrefixesTest {

    @Test
    void trajectoriesAndPrefixesAreWrittenAsTheDiscriminatorWritesThem() throws Exception {
        PromptPack tiny = TrainingData.pack();
        int trajectories = 0;
        for (WordProblem p : GsmMini.train(21, 15)) {
            RStar rstar = RStar.builder().setModel(GsmMiniOracle.of(tiny, List.of(p)).model()).setPack(tiny)
                    .optConfig(TrainingData.searchConfig(p.id().hashCode())).build();
            SearchResult result = rstar.search(p.problem());
            for (SearchResult.Candidate c : result.candidates()) {
                String text = PeerPrefixes.flatten(c.node());
                assertThat(text).isEqualTo(Trajectories.flatten(c.node()).text());

                List<TrainingPair> lessons = PeerPrefixes.pairs(tiny, p.question(), text);
                List<Masking.Mask> masks = Masking.masks(text, Masking.REFERENCE_RATIOS);
                assertThat(lessons).hasSize(masks.size());
                for (int i = 0; i < masks.size(); i++) {
                    assertThat(lessons.get(i).prompt())
                            .isEqualTo(tiny.cot().render(false, p.question()) + masks.get(i).prefix());
                    assertThat(masks.get(i).prefix() + lessons.get(i).completion()).isEqualTo(text + "\n");
                }
                trajectories++;
            }
        }
        assertThat(trajectories).isGreaterThan(100);
        assertThat(PeerPrefixes.RATIOS).isEqualTo(Masking.REFERENCE_RATIOS);
    }
}
