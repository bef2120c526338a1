package org.rstarworkbench.samples.gsmmini;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.rstarworkbench.core.prompt.PromptPack;
import org.rstarworkbench.core.tree.FlatTrajectory;
import org.rstarworkbench.core.tree.SearchNode;

/**
 * The peer's lessons: a candidate trajectory written out as the rStar discriminator writes it, cut after the first
 * {@code ceil(words * r)} words, and the rest to complete.
 *
 * <p>The text is {@link FlatTrajectory}, the one the discriminator uses. The prompt is the {@code cot} prompt of the
 * original question followed by the prefix, as the discriminator asks.
 */
final class PeerPrefixes {

    /** The discriminator's default prefix ratios (Qi et al., 2025, §3.3). */
    static final List<Double> RATIOS = List.of(0.2, 0.3, 0.4, 0.5);

    private PeerPrefixes() {
    }

    /** One pair per ratio whose prefix leaves something to complete; the completion ends with a newline. */
    static List<TrainingPair> pairs(PromptPack pack, String question, String trajectory) {
        String prompt = pack.cot().render(false, question);
        List<String> words = Arrays.asList(trajectory.split(" ", -1));
        List<TrainingPair> out = new ArrayList<>();
        for (double ratio : RATIOS) {
            int n = (int) Math.min(words.size(), Math.ceil(words.size() * ratio));
            if (n < words.size()) {
                out.add(new TrainingPair(TrainingData.PEER, prompt + String.join(" ", words.subList(0, n)),
                        " " + String.join(" ", words.subList(n, words.size())) + "\n"));
            }
        }
        return out;
    }

    /** The trajectory from the root to {@code end} as one line of text, as the discriminator writes it. */
    static String flatten(SearchNode end) {
        return FlatTrajectory.of(end).text();
    }
}
