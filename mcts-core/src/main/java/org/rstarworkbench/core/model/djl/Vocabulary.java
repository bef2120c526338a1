package org.rstarworkbench.core.model.djl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A tiny model's vocabulary: four special tokens, one token per character, then optional word pieces.
 *
 * <p>A word piece is a run of ASCII letters, optionally preceded by one space ({@code " pears"}, {@code "Noah"}).
 * {@link #encode} reads a text left to right: a letter run (with the space before it, if any) that is a piece
 * becomes one token; anything else is read character by character. Token boundaries therefore fall at every
 * non-letter character and before every space, so the tokens of a text's prefix are a prefix of the text's tokens
 * wherever the prefix ends at such a boundary. A prompt that ends with a space is the one exception, which
 * {@link BatchDecoding} heals: it drops the space and lets the first token begin with one.
 *
 * <p>A character outside the vocabulary reads as {@link #UNK}; the models never emit {@link #PAD}, {@link #BOS} or
 * {@link #UNK}. Immutable and thread-safe.
 */
public final class Vocabulary {

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
    private final List<String> pieces;
    private final int[] idOf;
    private final Map<String, Integer> pieceIds = new HashMap<>();
    private final String[] texts;

    /**
     * A vocabulary of the given distinct characters and word pieces, in that order.
     *
     * @throws IllegalArgumentException when a character or piece appears twice or a piece is not a word piece
     */
    public Vocabulary(String chars, List<String> pieces) {
        this.chars = chars;
        this.pieces = List.copyOf(pieces);
        int max = chars.chars().max().orElse(0);
        this.idOf = new int[max + 1];
        Arrays.fill(idOf, UNK);
        this.texts = new String[SPECIALS + chars.length() + pieces.size()];
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (idOf[c] != UNK) {
                throw new IllegalArgumentException("vocabulary character " + describe(c) + " appears twice");
            }
            idOf[c] = SPECIALS + i;
            texts[SPECIALS + i] = String.valueOf(c);
        }
        for (int i = 0; i < this.pieces.size(); i++) {
            String piece = this.pieces.get(i);
            if (!isPiece(piece)) {
                throw new IllegalArgumentException("word piece '" + piece + "' is not letters (after at most one "
                        + "space), or is a single character");
            }
            int id = SPECIALS + chars.length() + i;
            if (pieceIds.put(piece, id) != null) {
                throw new IllegalArgumentException("word piece '" + piece + "' appears twice");
            }
            texts[id] = piece;
        }
    }

    /** A character vocabulary (no pieces). */
    public Vocabulary(String chars) {
        this(chars, List.of());
    }

    /** Tab, newline and printable ASCII, plus every other character of the given texts, sorted; no pieces. */
    public static Vocabulary characters(Iterable<String> texts) {
        return new Vocabulary(coveredCharacters(texts));
    }

    /**
     * The characters of {@link #characters}, plus every word piece (with and without its space) seen at least
     * {@code minCount} times in the texts, the most frequent first (ties in alphabetical order).
     */
    public static Vocabulary words(Iterable<String> texts, int minCount) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String text : texts) {
            int i = 0;
            while (i < text.length()) {
                int start = text.charAt(i) == ' ' && i + 1 < text.length() && isLetter(text.charAt(i + 1)) ? i : -1;
                int from = start >= 0 ? i + 1 : i;
                if (isLetter(text.charAt(from)) && (start >= 0 || from == 0 || !isLetter(text.charAt(from - 1)))) {
                    int end = wordEnd(text, from);
                    String piece = text.substring(start >= 0 ? start : from, end);
                    if (piece.length() > 1) {
                        counts.merge(piece, 1, Integer::sum);
                    }
                    i = end;
                } else {
                    i++;
                }
            }
        }
        List<Map.Entry<String, Integer>> frequent = new ArrayList<>(counts.entrySet());
        frequent.removeIf(e -> e.getValue() < minCount);
        frequent.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        return new Vocabulary(coveredCharacters(texts), frequent.stream().map(Map.Entry::getKey).toList());
    }

    private static String coveredCharacters(Iterable<String> texts) {
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
        return sb.toString();
    }

    /** The characters, in token order (token id = index + {@link #SPECIALS}). */
    public String chars() {
        return chars;
    }

    /** The word pieces, in token order (after the characters). */
    public List<String> pieces() {
        return pieces;
    }

    /** Number of tokens, special tokens included. */
    public int size() {
        return texts.length;
    }

    /** The token of a character, {@link #UNK} if the vocabulary lacks it. */
    public int id(char c) {
        return c < idOf.length ? idOf[c] : UNK;
    }

    /** The tokens of a text, without {@link #BOS} or {@link #EOS}. */
    public int[] encode(String text) {
        return tokenize(text).ids();
    }

    /**
     * The tokens of a text and where each starts in it.
     *
     * @param ids    the tokens, without {@link #BOS} or {@link #EOS}
     * @param starts {@code starts[k]} is the index in the text of token {@code k}'s first character; one more
     *               entry holds the text's length
     */
    public record Tokens(int[] ids, int[] starts) {

        /** Number of tokens. */
        public int length() {
            return ids.length;
        }

        /** The token holding the text's character {@code index}. */
        public int tokenAt(int index) {
            int k = Arrays.binarySearch(starts, index);
            return k >= 0 ? Math.min(k, ids.length) : -k - 2;
        }
    }

    /** The tokens of a text with their positions in it. */
    public Tokens tokenize(String text) {
        int[] ids = new int[text.length()];
        int[] starts = new int[text.length() + 1];
        int n = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int from = c == ' ' && i + 1 < text.length() && isLetter(text.charAt(i + 1)) ? i + 1 : i;
            if (!pieces.isEmpty() && isLetter(text.charAt(from)) && (from > i || i == 0 || !isLetter(text.charAt(i - 1)))) {
                int end = wordEnd(text, from);
                Integer piece = pieceIds.get(text.substring(i, end));
                if (piece == null && from > i) {
                    starts[n] = i;
                    ids[n++] = id(' ');
                    i = from;
                    piece = pieceIds.get(text.substring(i, end));
                }
                if (piece != null) {
                    starts[n] = i;
                    ids[n++] = piece;
                    i = end;
                    continue;
                }
                for (; i < end; i++) {
                    starts[n] = i;
                    ids[n++] = id(text.charAt(i));
                }
                continue;
            }
            starts[n] = i;
            ids[n++] = id(c);
            i++;
        }
        starts[n] = text.length();
        return new Tokens(Arrays.copyOf(ids, n), Arrays.copyOf(starts, n + 1));
    }

    /** The text of a token; special tokens have none. */
    public String text(int id) {
        if (id < SPECIALS || id >= size()) {
            throw new IllegalArgumentException("token " + id + " has no text");
        }
        return texts[id];
    }

    /** Whether a token's text begins with a space. */
    public boolean startsWithSpace(int id) {
        return id >= SPECIALS && id < size() && texts[id].charAt(0) == ' ';
    }

    private static boolean isPiece(String piece) {
        int from = piece.startsWith(" ") ? 1 : 0;
        if (piece.length() < 2 || from == piece.length()) {
            return false;
        }
        for (int i = from; i < piece.length(); i++) {
            if (!isLetter(piece.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static int wordEnd(String text, int from) {
        int end = from;
        while (end < text.length() && isLetter(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static String describe(char c) {
        return Character.isISOControl(c) ? String.format("U+%04X", (int) c) : "'" + c + "'";
    }
}
