package org.rstarworkbench.samples.gsmmini;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import org.rstarworkbench.core.tree.QuestionParts;

/**
 * Writes one GSM-mini problem: picks a theme, plans the operations (an opening count or product, changes, and an
 * optional final multiplication or division), draws numbers that keep every result an integer in
 * {@code 1..}{@value #MAX_RESULT}, and writes the story, the steps and the sub-questions. A draw that breaks a rule
 * is thrown away and drawn again, so every problem the writer returns satisfies them all.
 *
 * <p>Stateless; the random source is the caller's.
 */
final class StoryWriter {

    static final int MAX_RESULT = 1000;
    static final int MAX_OPERATIONS = 4;
    /** The longest question, in characters: the tiny models read whole prompts, so problems stay short. */
    static final int MAX_QUESTION_LENGTH = 200;
    private static final int ATTEMPTS = 1000;
    private static final double DISTRACTOR_CHANCE = 0.25;

    private StoryWriter() {
    }

    /**
     * A problem whose solution takes exactly {@code operations} steps.
     *
     * @throws IllegalArgumentException when {@code operations} is not in {@code 1..4}
     */
    static WordProblem write(String id, int operations, SplittableRandom random) {
        if (operations < 1 || operations > MAX_OPERATIONS) {
            throw new IllegalArgumentException("operations must be in 1.." + MAX_OPERATIONS + ", was " + operations);
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<WordProblem> problem = new Draft(random).write(id, operations);
            if (problem.isPresent()) {
                return problem.get();
            }
        }
        throw new IllegalStateException("no GSM-mini problem with " + operations + " operations after " + ATTEMPTS
                + " draws; the themes cannot produce one");
    }

    /** One attempt: the drawn theme, people and numbers, and what has been written so far. */
    private static final class Draft {
        private final SplittableRandom random;
        private final Theme theme;
        private final Map<String, String> words = new HashMap<>();
        private final List<String> sentences = new ArrayList<>();
        private final List<Step> steps = new ArrayList<>();
        private final List<Theme.Change> unusedAdds;
        private final List<Theme.Change> unusedSubtracts;
        private final List<Theme.Group> unusedGroups;
        private long total;
        private int endingAt = -1;

        Draft(SplittableRandom random) {
            this.random = random;
            this.theme = pick(Themes.ALL);
            this.unusedAdds = new ArrayList<>(theme.adds());
            this.unusedSubtracts = new ArrayList<>(theme.subtracts());
            this.unusedGroups = new ArrayList<>(theme.groups());
            String[] person = pick(Themes.PEOPLE).split(":");
            String friend;
            do {
                friend = pick(Themes.PEOPLE).split(":")[0];
            } while (friend.equals(person[0]));
            String subject = theme.personal() ? person[0] : pick(theme.subjects());
            String pronoun = theme.personal() ? person[1] : "It";
            words.put("N", subject);
            words.put("n", theme.personal() ? subject : subject.toLowerCase(Locale.ROOT));
            words.put("P", pronoun);
            words.put("s", pronoun.toLowerCase(Locale.ROOT));
            words.put("p", switch (pronoun) {
                case "She" -> "her";
                case "He" -> "him";
                default -> "it";
            });
            words.put("F", friend);
            words.put("o", pick(theme.objects()));
        }

        Optional<WordProblem> write(String id, int operations) {
            boolean product = !theme.products().isEmpty() && random.nextInt(3) == 0;
            Theme.Ending ending = !theme.endings().isEmpty() && random.nextBoolean() ? pick(theme.endings()) : null;
            int budget = operations - (product ? 1 : 0) - (ending != null ? 1 : 0);
            if (budget < 0) {
                return Optional.empty();
            }
            open(product);
            while (budget > 0) {
                boolean group = budget >= 2 && !unusedGroups.isEmpty() && random.nextInt(3) == 0;
                if (!(group ? addGroup() : change())) {
                    return Optional.empty();
                }
                budget -= group ? 2 : 1;
            }
            if (ending != null && !end(ending)) {
                return Optional.empty();
            }
            String ask = fill(ending != null ? ending.ask() : pick(theme.asks()), Map.of());
            addDistractor();
            namePronounsAfterOthers();
            sentences.add(ask);
            Step last = steps.remove(steps.size() - 1);
            steps.add(new Step(last.left(), last.operator(), last.right(), last.result(), last.sentence(),
                    WordProblem.FINAL_SUBQUESTION_OPENING + ask));
            WordProblem problem = new WordProblem(id, theme.name(), sentences, steps);
            return isSound(problem) ? Optional.of(problem) : Optional.empty();
        }

        private void open(boolean product) {
            if (product) {
                long a = between(2, 12);
                long b = between(2, 12);
                sentences.add(fill(pick(theme.products()), Map.of("a", a, "b", b)));
                total = step(a, Operator.TIMES, b, theme.productStep(), theme.productAsk(), Map.of());
            } else {
                total = between(5, 60);
                sentences.add(fill(pick(theme.starts()), Map.of("a", total)));
            }
        }

        /** Adds or takes away a number; false when the theme has no change left that fits. */
        private boolean change() {
            boolean subtract = !unusedSubtracts.isEmpty() && total >= 6 && (unusedAdds.isEmpty() || random.nextBoolean());
            if (!subtract && unusedAdds.isEmpty()) {
                return false;
            }
            Theme.Change change = take(subtract ? unusedSubtracts : unusedAdds);
            long b = subtract ? between(2, Math.min(40, total - 2)) : between(2, 40);
            sentences.add(fill(change.sentence(), Map.of("b", b)));
            String after = fill(change.after(), Map.of("b", b));
            total = step(total, subtract ? Operator.MINUS : Operator.PLUS, b, theme.totalStep(), theme.totalAsk(),
                    Map.of("after", after));
            return total <= MAX_RESULT;
        }

        /** Adds {@code b} groups of {@code c}: two steps. */
        private boolean addGroup() {
            Theme.Group group = take(unusedGroups);
            long b = between(2, 6);
            long c = between(2, 12);
            sentences.add(fill(group.sentence(), Map.of("b", b, "c", c)));
            long groupTotal = step(b, Operator.TIMES, c, group.step(), group.ask(), Map.of("b", b));
            total = step(total, Operator.PLUS, groupTotal, theme.totalStep(), theme.totalAsk(),
                    Map.of("after", fill(group.after(), Map.of())));
            return total <= MAX_RESULT;
        }

        /** The final multiplication or division; false when no number fits the running total. */
        private boolean end(Theme.Ending ending) {
            List<Long> fitting = new ArrayList<>();
            for (long b = 2; b <= (ending.operator() == Operator.TIMES ? 9 : 12); b++) {
                boolean fits = ending.operator() == Operator.TIMES
                        ? total <= 100 && total * b <= MAX_RESULT
                        : total % b == 0 && total / b >= 2;
                if (fits) {
                    fitting.add(b);
                }
            }
            if (fitting.isEmpty()) {
                return false;
            }
            long b = pick(fitting);
            endingAt = sentences.size();
            sentences.add(fill(ending.sentence(), Map.of("b", b)));
            total = step(total, ending.operator(), b, ending.step(), "", Map.of());
            return true;
        }

        private long step(long left, Operator operator, long right, String sentence, String subquestion,
                          Map<String, Object> extra) {
            long result = operator.apply(left, right);
            Map<String, Object> values = new HashMap<>(extra);
            values.put("x", Step.equationOf(left, operator, right, result));
            steps.add(new Step(left, operator, right, result, fill(sentence, values), fill(subquestion, extra)));
            return result;
        }

        /**
         * Sometimes puts a sentence with an unused number before the question, or after the opening when the next
         * sentence is about the subject and does not say "them" (which could then point at the distractor's things).
         */
        private void addDistractor() {
            if (random.nextDouble() >= DISTRACTOR_CHANCE) {
                return;
            }
            String other;
            do {
                other = pick(Themes.OTHER_THINGS);
            } while (other.equals(words.get("o")));
            String distractor = fill(pick(Themes.DISTRACTORS), Map.of("a", between(3, 60), "other", other));
            String pronounStart = words.get("P") + " ";
            boolean early = sentences.size() >= 2 && endingAt != 1 && sentences.get(1).startsWith(pronounStart)
                    && !sentences.get(1).contains(" them") && random.nextBoolean();
            sentences.add(early ? 1 : sentences.size(), distractor);
        }

        /**
         * A sentence keeps its opening pronoun only after a sentence about the subject; after one about someone or
         * something else ("Leo brings 5 apples.") the pronoun could point there, so the subject is named instead.
         */
        private void namePronounsAfterOthers() {
            String pronounStart = words.get("P") + " ";
            String subject = words.get("N");
            for (int i = 1; i < sentences.size(); i++) {
                String before = sentences.get(i - 1);
                boolean aboutSubject = before.startsWith(subject + " ") || before.startsWith(pronounStart);
                if (!aboutSubject && sentences.get(i).startsWith(pronounStart)) {
                    sentences.set(i, subject + " " + sentences.get(i).substring(pronounStart.length()));
                }
            }
        }

        /** The rules the engine and the oracle rely on; see the class comment of {@link GsmMini}. */
        private boolean isSound(WordProblem p) {
            String question = p.question();
            if (question.length() > MAX_QUESTION_LENGTH) {
                return false;
            }
            QuestionParts parts = QuestionParts.of(question);
            if (!parts.problem().equals(p.ask()) || !parts.context().equals(p.context())) {
                return false;
            }
            for (String sentence : p.sentences()) {
                String body = sentence.substring(0, sentence.length() - 1);
                if (body.contains(".") || body.contains("?") || sentence.contains("\n")) {
                    return false;
                }
            }
            List<Step> all = p.steps();
            for (int k = 0; k < all.size() - 1; k++) {
                String sq = all.get(k).subquestion();
                if (sq.isEmpty() || sq.contains("Answer") || QuestionParts.isFinalSubquestion(sq, question)
                        || QuestionParts.isFinalSubquestion(sq, p.rephrased())) {
                    return false;
                }
            }
            return all.stream().allMatch(s -> s.result() >= 1 && s.result() <= MAX_RESULT)
                    && distinct(all.stream().map(Step::sentence).toList())
                    && distinct(all.stream().map(Step::subquestion).toList())
                    && distinct(p.sentences());
        }

        private String fill(String template, Map<String, ?> values) {
            StringBuilder out = new StringBuilder();
            int i = 0;
            while (i < template.length()) {
                int open = template.indexOf('{', i);
                if (open < 0) {
                    out.append(template, i, template.length());
                    break;
                }
                int close = template.indexOf('}', open);
                String key = template.substring(open + 1, close);
                Object value = values.containsKey(key) ? values.get(key) : words.get(key);
                if (value == null) {
                    throw new IllegalStateException("theme " + theme.name() + ": the template \"" + template
                            + "\" uses {" + key + "}, which this sentence does not define");
                }
                out.append(template, i, open).append(value);
                i = close + 1;
            }
            return out.toString();
        }

        private long between(long min, long max) {
            return min + random.nextLong(max - min + 1);
        }

        private <T> T pick(List<T> items) {
            return items.get(random.nextInt(items.size()));
        }

        private <T> T take(List<T> items) {
            return items.remove(random.nextInt(items.size()));
        }

        private static boolean distinct(List<String> texts) {
            return new HashSet<>(texts).size() == texts.size();
        }
    }
}
