package org.rstarworkbench.core.model.djl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Characters, word pieces, and where token boundaries fall. */
class VocabularyTest {

    private static final Vocabulary WORDS = Vocabulary.words(List.of("Noah has 8 pears. Noah eats 3 pears.",
            "How many pears does Noah have?", "Noah sings."), 2);

    private static List<String> texts(Vocabulary vocabulary, String text) {
        List<String> out = new ArrayList<>();
        for (int id : vocabulary.encode(text)) {
            out.add(vocabulary.text(id));
        }
        return out;
    }

    @Test
    void wordsSeenOftenEnoughBecomeOneTokenWithTheSpaceBeforeThem() {
        assertThat(WORDS.pieces()).containsExactlyInAnyOrder("Noah", " Noah", " pears");
        assertThat(texts(WORDS, "Noah has 8 pears.")).containsExactly("Noah", " ", "h", "a", "s", " ", "8",
                " pears", ".");
        assertThat(WORDS.size()).isEqualTo(Vocabulary.SPECIALS + WORDS.chars().length() + 3);
    }

    @Test
    void aWordIsOnlyAPieceWhenItIsWhole() {
        assertThat(texts(WORDS, " pearson")).containsExactly(" ", "p", "e", "a", "r", "s", "o", "n");
        assertThat(texts(WORDS, "Noahs")).containsExactly("N", "o", "a", "h", "s");
        assertThat(texts(WORDS, "2pears")).containsExactly("2", "p", "e", "a", "r", "s");
    }

    @Test
    void aCharacterVocabularyReadsCharacters() {
        Vocabulary chars = Vocabulary.characters(List.of("é"));
        assertThat(chars.pieces()).isEmpty();
        assertThat(chars.encode("aé")).containsExactly(chars.id('a'), chars.id('é'));
        assertThat(chars.encode("€")).containsExactly(Vocabulary.UNK);
    }

    @Test
    void positionsMapCharactersToTheirTokens() {
        Vocabulary.Tokens tokens = WORDS.tokenize("A: Noah 12");
        assertThat(tokens.starts()).containsExactly(0, 1, 2, 7, 8, 9, 10);
        assertThat(tokens.tokenAt(2)).isEqualTo(2);
        assertThat(tokens.tokenAt(5)).isEqualTo(2);
        assertThat(tokens.tokenAt(9)).isEqualTo(5);
    }

    @Property(tries = 300)
    void theTokensSpellTheText(@ForAll @StringLength(max = 40) String raw) {
        String text = raw.replaceAll("[^A-Za-z0-9 .?]", "a");
        StringBuilder spelled = new StringBuilder();
        for (String piece : texts(WORDS, text)) {
            spelled.append(piece);
        }
        assertThat(spelled.toString()).isEqualTo(text);
    }

    @Property(tries = 300)
    void aPrefixEndingBeforeASpaceOrPunctuationReadsAsAPrefixOfTheTokens(
            @ForAll @StringLength(max = 30) String first, @ForAll @StringLength(max = 30) String rest) {
        String head = first.replaceAll("[^A-Za-z0-9 .]", "a").replaceAll("[A-Za-z ]*$", "") + ".";
        String text = head + rest.replaceAll("[^A-Za-z0-9 .]", " ");
        int[] whole = WORDS.encode(text);
        int[] prefix = WORDS.encode(head);
        assertThat(Arrays.copyOf(whole, prefix.length)).containsExactly(prefix);
    }

    @Test
    void badPiecesAreRefused() {
        assertThatThrownBy(() -> new Vocabulary("ab", List.of("a1"))).hasMessageContaining("'a1'");
        assertThatThrownBy(() -> new Vocabulary("ab", List.of("ab", "ab"))).hasMessageContaining("twice");
        assertThatThrownBy(() -> new Vocabulary("ab", List.of("a"))).hasMessageContaining("single character");
    }
}
