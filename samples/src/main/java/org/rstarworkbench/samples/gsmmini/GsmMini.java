package org.rstarworkbench.samples.gsmmini;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

import org.rstarworkbench.core.tree.Problem;

/**
 * GSM-mini: multi-step arithmetic word problems small enough for the bundled tiny models (DESIGN §6).
 *
 * <p>Each problem takes 1 to 4 operations ({@code + - * /}) with exact integer results between 1 and 1000; operands
 * are mostly at most 100. Stories come from fifteen settings ({@link Themes}) with varied people, things and
 * sentences, and a quarter of them carry a distractor sentence whose number the solution does not use. Every problem
 * knows its solution step by step ({@link WordProblem}).
 *
 * <p>The rules every problem keeps, which the engine and {@link GsmMiniOracle} rely on: sentences end with a period
 * and hold no other period, the asking sentence comes last and ends with a question mark (so the engine's
 * {@code QuestionParts} splits it off exactly), the last sub-question opens with "Now we can answer: " and no other
 * sub-question counts as final, and step sentences and sub-questions are distinct within a problem.
 *
 * <p>The held-out {@link #test()} split is fixed: 300 problems, 75 for each number of operations, drawn from
 * {@link #TEST_SEED}. {@link #train(long, int)} draws from a different stream and drops any problem whose text is in
 * the test split, so training never sees a test problem. Both are deterministic: the same seed gives the same
 * problems in the same order.
 *
 * <p>Thread-safe: the test split is computed once; everything else is computed per call.
 */
public final class GsmMini {

    /** The name the test split is loaded by. */
    public static final String NAME = "gsm-mini";

    /** The seed of the held-out test split. Changing it, or any story text, changes the split. */
    public static final long TEST_SEED = 20_250_501L;

    /** The size of the held-out test split. */
    public static final int TEST_SIZE = 300;

    private static final long TEST_STREAM = 0x7E57_5EEDL;
    private static final long TRAIN_STREAM = 0x7A41_5EEDL;

    private GsmMini() {
    }

    /** The held-out test split: {@value #TEST_SIZE} problems, ids {@code gsm-mini-test/0…299}. */
    public static List<WordProblem> test() {
        return TestSplit.PROBLEMS;
    }

    /** The held-out test split as the engine takes it, gold answers included. */
    public static List<Problem> testSet() {
        return test().stream().map(WordProblem::problem).toList();
    }

    /**
     * A problem set by name: {@value #NAME} (or {@code gsm-mini-test}) is the held-out test split.
     *
     * @return the problems, or empty when the name is not a GSM-mini set
     */
    public static Optional<List<Problem>> set(String name) {
        return NAME.equals(name) || (NAME + "-test").equals(name) ? Optional.of(testSet()) : Optional.empty();
    }

    /**
     * Training problems: {@code count} distinct problems drawn from {@code seed}, none of them in the test split.
     * Operations are drawn uniformly from 1 to 4. Ids are {@code gsm-mini-train-<seed>/<index>}.
     *
     * @throws IllegalArgumentException when {@code count} is negative
     */
    public static List<WordProblem> train(long seed, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be at least 0, was " + count);
        }
        Set<String> excluded = new HashSet<>(TestSplit.QUESTIONS);
        SplittableRandom stream = new SplittableRandom(seed ^ TRAIN_STREAM);
        List<WordProblem> out = new ArrayList<>(count);
        while (out.size() < count) {
            SplittableRandom random = stream.split();
            int operations = 1 + random.nextInt(StoryWriter.MAX_OPERATIONS);
            WordProblem p = StoryWriter.write("gsm-mini-train-" + seed + "/" + out.size(), operations, random);
            if (excluded.add(p.question())) {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }

    /** The test split, computed on first use. */
    private static final class TestSplit {
        static final List<WordProblem> PROBLEMS = draw();
        static final Set<String> QUESTIONS = Set.copyOf(PROBLEMS.stream().map(WordProblem::question).toList());

        private static List<WordProblem> draw() {
            SplittableRandom stream = new SplittableRandom(TEST_SEED ^ TEST_STREAM);
            Set<String> seen = new HashSet<>();
            List<WordProblem> out = new ArrayList<>(TEST_SIZE);
            while (out.size() < TEST_SIZE) {
                int operations = 1 + out.size() % StoryWriter.MAX_OPERATIONS;
                WordProblem p = StoryWriter.write("gsm-mini-test/" + out.size(), operations, stream.split());
                if (seen.add(p.question())) {
                    out.add(p);
                }
            }
            return List.copyOf(out);
        }
    }
}
