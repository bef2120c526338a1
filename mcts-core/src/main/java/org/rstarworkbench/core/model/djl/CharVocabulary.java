package org.rstarworkbench.core.model.djl;

import java.util.Arrays;
import java.util.TreeSet;

/**
 * A character vocabulary: four special tokens, then one token per character. A character outside the vocabulary
 * reads as {@link #UNK}; the models never emit {@link #PAD}, {@link #BOS} or {@link #UNK}.
 *
 * <p>Immutable and thread-safe.
 */
public final class CharVocabulary {

    /** Padding (training batches only). */
    public static final int PAD = 0;
    /** Start of every sequence, before the prompt. */
    public static final int BOS = 1;
    /** End of a completion. */
    public static final int EOS = 2;
    /** A character the vocabulary does not have. */
    public static final int UNK = 3;
    /** How many special tokens precede the characters. */
    public static final int SPECIALS = 4;

    private final String chars;
    private final int[] idOf;

    /** A vocabulary of the given distinct characters, in that order. */
    public CharVocabulary(String chars) {
        this.chars = chars;
        int max = chars.chars().max().orElse(0);
        this.idOf = new int[max + 1];
        Arrays.fill(idOf, UNK);
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (idOf[c] != UNK) {
                throw new IllegalArgumentException("vocabulary character " + describe(c) + " appears twice");
            }
            idOf[c] = SPECIALS + i;
        }
    }

    /** Tab, newline and printable ASCII, plus every other character of the given texts, sorted. */
    public static CharVocabulary covering(Iterable<String> texts) {
        TreeSet<Character> set = new TreeSet<>();
        set.add('\t');
        set.add('\n');
        for (char c = ' '; c <= '~'; c++) {
            set.add(c);
        }
        for (String text : texts) {
            for (int i = 0; i < text.length(); i++) {
                set.add(text.charAt(i));
            }
        }
        StringBuilder sb = new StringBuilder(set.size());
        set.forEach(sb::append);
        return new CharVocabulary(sb.toString());
    }

    /** The characters, in token order (token id = index + {@link #SPECIALS}). */
    public String chars() {
        return chars;
    }

    /** Number of tokens, special tokens included. */
    public int size() {
        return SPECIALS + chars.length();
    }

    /** The token of a character, {@link #UNK} if the vocabulary lacks it. */
    public int id(char c) {
        return c < idOf.length ? idOf[c] : UNK;
    }

    /** The tokens of a text, without {@link #BOS} or {@link #EOS}. */
    public int[] encode(String text) {
        int[] ids = new int[text.length()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = id(text.charAt(i));
        }
        return ids;
    }

    /** The character of a token; special tokens have none. */
    public char charOf(int id) {
        if (id < SPECIALS || id >= size()) {
            throw new IllegalArgumentException("token " + id + " is not a character");
        }
        return chars.charAt(id - SPECIALS);
    }

    private static String describe(char c) {
        return Character.isISOControl(c) ? String.format("U+%04X", (int) c) : "'" + c + "'";
    }
}
