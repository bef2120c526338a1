package org.rstarworkbench.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class VotesPropertyTest {

    @Provide
    Arbitrary<AnswerFormat> formats() {
        return Arbitraries.of(AnswerFormat.NUMERIC, AnswerFormat.MATH, AnswerFormat.YES_NO);
    }

    /** Samples that often agree, so that groups grow beyond one member. */
    @Provide
    Arbitrary<List<String>> samples() {
        Arbitrary<String> typical = Arbitraries.of("The answer is 18.", "The answer is 18.0", "So 9 * 2 = 18",
                "The answer is 20", "The answer is yes.", "The answer is: no", "$\\boxed{\\frac12}$", "\\boxed{0.5}",
                "The answer is 1/2", "no answer", "");
        return Arbitraries.oneOf(typical, AnswerTexts.anyText()).list().ofMaxSize(16);
    }

    @Property(tries = 1000)
    void confidenceIsAShare(@ForAll("formats") AnswerFormat format, @ForAll("samples") List<String> completions) {
        Vote vote = Votes.tally(format, completions);

        assertThat(vote.total()).isEqualTo(completions.size());
        assertThat(vote.confidence()).isBetween(0.0, 1.0);
        vote.majority().ifPresent(m -> assertThat(vote.groups()).allSatisfy(g -> assertThat(g.size()).isLessThanOrEqualTo(m.size())));
    }

    @Property(tries = 1000)
    void groupsPartitionTheReadableCompletions(@ForAll("formats") AnswerFormat format,
                                               @ForAll("samples") List<String> completions) {
        Vote vote = Votes.tally(format, completions);

        List<Integer> grouped = new ArrayList<>();
        vote.groups().forEach(group -> grouped.addAll(group.members()));
        List<Integer> readable = IntStream.range(0, completions.size())
                .filter(i -> format.extract(completions.get(i)).isPresent()).boxed().toList();
        assertThat(grouped).containsExactlyInAnyOrderElementsOf(readable);
    }

    @Property(tries = 1000)
    void everyMemberAgreesWithItsGroup(@ForAll("formats") AnswerFormat format,
                                       @ForAll("samples") List<String> completions) {
        Vote vote = Votes.tally(format, completions);

        for (AnswerGroup group : vote.groups()) {
            assertThat(format.extract(completions.get(group.first()))).contains(group.answer());
            for (int member : group.members()) {
                String answer = format.extract(completions.get(member)).orElseThrow();
                assertThat(format.equivalent(answer, group.answer())).isTrue();
            }
        }
        vote.majority().ifPresent(m -> assertThat(vote.representative()).isEqualTo(m.first()));
    }
}
