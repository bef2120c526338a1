package org.rstarworkbench.samples.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rstarworkbench.core.model.djl.CharVocabulary;
import org.rstarworkbench.samples.gsmmini.TrainingPair;

/** Sequences, loss masks, truncation and padding of the training data. */
class TrainingSetTest {

    private static final CharVocabulary VOCABULARY = CharVocabulary.covering(List.of());

    @Test
    void theLossCoversTheCompletionAndTheEndOfSequenceOnly() {
        TrainingSet set = TrainingSet.encode(List.of(new TrainingPair("t", "ab", "cd")), VOCABULARY, 64);
        TrainingSet.Batch batch = set.slice(0, 1);
        assertThat(batch.length()).isEqualTo(5);
        assertThat(batch.inputs()).containsExactly(CharVocabulary.BOS, id('a'), id('b'), id('c'), id('d'));
        assertThat(batch.targets()).containsExactly(id('a'), id('b'), id('c'), id('d'), CharVocabulary.EOS);
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
        assertThat(set.slice(0, 1).inputs()).containsExactly(CharVocabulary.BOS, id('7'), id('8'), id('9'),
                id('a'), id('b'));
    }

    @Test
    void batchesArePaddedToTheirLongestRow() {
        TrainingSet set = TrainingSet.encode(List.of(new TrainingPair("t", "a", "b"),
                new TrainingPair("t", "abc", "de")), VOCABULARY, 64);
        TrainingSet.Batch batch = set.slice(0, 2);
        assertThat(batch.rows()).isEqualTo(2);
        assertThat(batch.length()).isEqualTo(6);
        assertThat(batch.inputs()).startsWith(CharVocabulary.BOS, id('a'), id('b'), CharVocabulary.PAD);
        assertThat(batch.mask()).startsWith(0, 1, 1, 0, 0, 0);
        TrainingSet.Batch drawn = set.next(new SplittableRandom(1), 4);
        assertThat(drawn.rows()).isEqualTo(4);
    }

    private static long id(char c) {
        return VOCABULARY.id(c);
    }
}
