package org.rstarworkbench.core.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Majority voting over sampled completions, as rStar's {@code find_most_confident_answer}.
 *
 * <p>Threading: stateless; safe from any thread as long as the format is (every {@link AnswerFormat} is).
 */
public final class Votes {

    private Votes() {
    }

    /**
     * Groups completions by equivalent answers. Completions are visited in order; one with no readable answer joins
     * no group but still counts in {@link Vote#total()}; otherwise it joins the first group whose answer is
     * {@linkplain AnswerFormat#equivalent equivalent} to its own, or starts a new group.
     *
     * <p>Unlike the reference, completions without an answer do not form a group of their own, so they can never
     * win the vote.
     *
     * @param format      how answers are read and compared; not null
     * @param completions the sampled completion texts; not null, may be empty; null elements count as unreadable
     * @return the vote; {@link Vote#empty()}-like when {@code completions} is empty
     */
    public static Vote tally(AnswerFormat format, List<String> completions) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(completions, "completions");
        List<String> answers = new ArrayList<>();
        List<List<Integer>> members = new ArrayList<>();
        for (int index = 0; index < completions.size(); index++) {
            Optional<String> answer = format.extract(completions.get(index));
            if (answer.isPresent()) {
                join(format, answer.get(), index, answers, members);
            }
        }
        List<AnswerGroup> groups = new ArrayList<>(answers.size());
        for (int i = 0; i < answers.size(); i++) {
            groups.add(new AnswerGroup(answers.get(i), members.get(i)));
        }
        return new Vote(groups, completions.size());
    }

    private static void join(AnswerFormat format, String answer, int index,
                             List<String> answers, List<List<Integer>> members) {
        for (int i = 0; i < answers.size(); i++) {
            // Extracted answers are canonical, so equal strings are the common case and skip the parse.
            if (answer.equals(answers.get(i)) || format.equivalent(answer, answers.get(i))) {
                members.get(i).add(index);
                return;
            }
        }
        answers.add(answer);
        members.add(new ArrayList<>(List.of(index)));
    }
}
