package org.rstarworkbench.samples.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rstarworkbench.core.model.djl.Vocabulary;
import org.rstarworkbench.samples.gsmmini.TrainingPair;

/** Sequences, loss masks, truncation and padding of the training data. */
class TrainingSetTest {

    private static final Vocabulary VOCABULARY = Vocabulary.characters(List.of());

    @Test
    void theLossCoversTheCompletionAndTheEndOfSequenceOnly() {
        TrainingSet set = TrainingSet.encode(List.of(new TrainingPair("t", "ab", "cd")), VOCABULARY, 64);
        TrainingSet.Batch batch = set.slice(0, 1);
        assertThat(batch.length()).isEqualTo(5);
        assertThat(batch.inputs()).containsExactly(Vocabulary.BOS, id('a'), id('b'), id('c'), id('d'));
        assertThat(batch.targets()).containsExactly(id('a'), id('b'), id('c'), id('d'), Vocabulary.EOS);
        assertThat(batch.mask()).containsExactly(0, 0, 1, 1, 1);
        assertThat(batch.tokens()).isEqualTo(3);
        assertThat(set.completionTokens()).isEqualTo(3);
    }

    @Test
    void aLongPromptLosesItsBeginningAndAnOversizedCompletionIsDropped() {
        TrainingSet set = TrainingSet.encode(List.of(new TrainingPair("t", "0123456789", "ab"),
                new TrainingPair("t", "x", "a much too long completion")), VOCABULARY, 6);
        assertThat(set.size()).isEqualTo(1);
        assertThat(set.dropped()).isEqualTo(1);
        assertThat(set.slice(0, 1).inputs()).containsExactly(Vocabulary.BOS, id('7'), id('8'), id('9'),
                id('a'), id('b'));
    }

    @Test
    void batchesArePaddedToTheirLongestRow() {
        TrainingSet set = TrainingSet.encode(List.of(new TrainingPair("t", "a", "b"),
                new TrainingPair("t", "xbc", "de")), VOCABULARY, 64);
        TrainingSet.Batch batch = set.slice(0, 2);
        assertThat(batch.rows()).isEqualTo(2);
        assertThat(batch.length()).isEqualTo(6);
        int shortRow = batch.inputs()[1] == id('a') ? 0 : 1;
        assertThat(Arrays.copyOfRange(batch.inputs(), shortRow * 6, shortRow * 6 + 4))
                .containsExactly(Vocabulary.BOS, id('a'), id('b'), Vocabulary.PAD);
        assertThat(Arrays.copyOfRange(batch.mask(), shortRow * 6, shortRow * 6 + 6)).containsExactly(0, 1, 1, 0, 0, 0);
        TrainingSet.Batch drawn = set.next(new SplittableRandom(1), 4);
        assertThat(drawn.rows()).isEqualTo(4);
    }

    @Test
    void pairsThatBeginAnotherPairsTextAreScoredInsideIt() {
        // A chain of steps: "Q\nS1:" -> " x\n", "Q\nS1: x\nS2:" -> " y\n"; and a duplicate of the second.
        TrainingSet set = TrainingSet.encode(List.of(new TrainingPair("t", "Q\nS1:", " x\n"),
                new TrainingPair("t", "Q\nS1: x\nS2:", " y\n"), new TrainingPair("t", "Q\nS1: x\nS2:", " y\n"),
                new TrainingPair("t", "Z", "w")), VOCABULARY, 64);
        assertThat(set.pairs()).isEqualTo(4);
        assertThat(set.size()).isEqualTo(2);
        TrainingSet.Batch chain = set.slice(0, 1);
        String text = "Q\nS1: x\nS2: y\n";
        assertThat(chain.length()).isEqualTo(text.length() + 1);
        float[] expected = new float[text.length() + 1];
        for (int p : new int[] {5, 6, 7, 11, 12, 13}) {
            expected[p] = 1; // the completions' characters
        }
        expected[text.length()] = 1; // the EOS of the longest pair
        assertThat(chain.mask()).containsExactly(expected);
        assertThat(set.completionTokens()).isEqualTo(7 + 2);
    }

    @Test
    void aChainIsNotMergedPastTheContext() {
        TrainingSet set = TrainingSet.encode(List.of(new TrainingPair("t", "ab", "c"),
                new TrainingPair("t", "abc", "defgh")), VOCABULARY, 6);
        assertThat(set.size()).isEqualTo(2);
        assertThat(set.dropped()).isZero();
    }

    @Test
    void aTaskWeightDrawsItsSequencesMoreOften() {
        TrainingSet set = TrainingSet.encode(List.of(new TrainingPair("often", "a", "b"),
                new TrainingPair("rare", "x", "y")), VOCABULARY, 64, java.util.Map.of("often", 9.0));
        SplittableRandom random = new SplittableRandom(3);
        int often = 0;
        int rows = 0;
        for (int i = 0; i < 50; i++) {
            TrainingSet.Batch batch = set.next(random, 8);
            for (int r = 0; r < batch.rows(); r++) {
                often += batch.inputs()[r * batch.length() + 1] == id('a') ? 1 : 0;
                rows++;
            }
        }
        assertThat((double) often / rows).isBetween(0.85, 0.95);
    }

    private static long id(char c) {
        return VOCABULARY.id(c);
    }

    @Test
    void withWordPiecesTheTokenHoldingAPromptsFinalSpaceIsScored() {
        Vocabulary words = new Vocabulary(VOCABULARY.chars(), List.of(" The", " pears"));
        TrainingSet set = TrainingSet.encode(List.of(new TrainingPair("t", "A: ", "The pears\n")), words, 64);
        TrainingSet.Batch batch = set.slice(0, 1);
        int the = words.encode(" The")[0];
        int pears = words.encode(" pears")[0];
        // BOS A : " The" " pears" \n -> targets A : " The" " pears" \n EOS; scored from " The" on.
        assertThat(batch.inputs()).containsExactly(Vocabulary.BOS, id('A'), id(':'), the, pears, id('\n'));
        assertThat(batch.targets()).containsExactly(id('A'), id(':'), the, pears, id('\n'), Vocabulary.EOS);
        assertThat(batch.mask()).containsExactly(0, 0, 1, 1, 1, 1);
    }
}
