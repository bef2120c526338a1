package org.rstarworkbench.samples.gsmmini;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.rstarworkbench.core.answer.AnswerFormat;

class GsmMiniPropertyTest {

    @Property(tries = 500)
    void goldAnswersAreIntegersInRange(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int operations) {
        WordProblem p = StoryWriter.write("p", operations, new SplittableRandom(seed));
        String gold = p.problem().gold();

        assertThat(gold).matches("[1-9]\\d{0,3}");
        assertThat(Long.parseLong(gold)).isBetween(1L, 1000L);
        assertThat(p.operations()).isEqualTo(operations);
        assertThat(AnswerFormat.NUMERIC.extractGold(gold)).contains(gold);
        assertThat(AnswerFormat.NUMERIC.extract(p.solution())).contains(gold);
    }

    @Property(tries = 200)
    void theSameRandomStateWritesTheSameProblem(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int ops) {
        assertThat(StoryWriter.write("p", ops, new SplittableRandom(seed)))
                .isEqualTo(StoryWriter.write("p", ops, new SplittableRandom(seed)));
    }
}
