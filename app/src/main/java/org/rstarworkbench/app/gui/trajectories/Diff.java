package org.rstarworkbench.app.gui.trajectories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A small longest-common-subsequence diff, used twice: to align two trajectories step by step, and to mark the words
 * that differ between two aligned steps. Removed and added items between two common ones are paired up as changed
 * items where they are of the same kind, the rest stay one-sided, so a step rewritten in place reads as one changed
 * row.
 *
 * <p>Stateless. Quadratic in the lengths; inputs whose table would exceed {@link #MAX_CELLS} are compared as wholly
 * different rather than slowly.
 */
public final class Diff {

    /** The largest LCS table computed (items × items). */
    static final long MAX_CELLS = 4_000_000L;

    /** How an aligned pair relates. */
    public enum Kind {
        /** Equal on both sides. */
        SAME,
        /** Present on both sides, different. */
        CHANGED,
        /** Only on the left. */
        LEFT_ONLY,
        /** Only on the right. */
        RIGHT_ONLY
    }

    /**
     * One aligned pair.
     *
     * @param kind  how the two relate
     * @param left  the index on the left, or -1 for {@link Kind#RIGHT_ONLY}
     * @param right the index on the right, or -1 for {@link Kind#LEFT_ONLY}
     */
    public record Pair(Kind kind, int left, int right) {
    }

    /**
     * A word of a compared text.
     *
     * @param text    the word as written
     * @param changed whether the other text lacks it at this place
     */
    public record Word(String text, boolean changed) {
    }

    /** Two texts split into words, each word marked when it differs. */
    public record Words(List<Word> left, List<Word> right) {

        public Words {
            left = List.copyOf(left);
            right = List.copyOf(right);
        }
    }

    private Diff() {
    }

    /** Aligns two lists, in order: every index of each side appears exactly once. */
    public static <T> List<Pair> align(List<T> left, List<T> right) {
        return align(left, right, item -> Boolean.TRUE);
    }

    /**
     * Aligns two lists, in order: every index of each side appears exactly once. Between two common items, the
     * removed and added items are paired as changed when they are of the same kind (in order, as many as a longest
     * common subsequence of kinds allows); the others stay one-sided.
     *
     * @param kind what an item is, for pairing: e.g. a step's action, so a rewritten answer pairs with an answer
     */
    public static <T> List<Pair> align(List<T> left, List<T> right, Function<? super T, ?> kind) {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(kind, "kind");
        List<Pair> out = new ArrayList<>();
        List<int[]> matches = new ArrayList<>(commonPairs(left, right));
        matches.add(new int[] {left.size(), right.size()}); // the end, so the last gap is paired too
        int i = 0;
        int j = 0;
        for (int[] m : matches) {
            pairGap(out, left.subList(i, m[0]), right.subList(j, m[1]), i, j, kind);
            if (m[0] < left.size()) {
                out.add(new Pair(Kind.SAME, m[0], m[1]));
            }
            i = m[0] + 1;
            j = m[1] + 1;
        }
        return out;
    }

    /** The items between two common ones: same kinds paired as changed, the rest one-sided, in order. */
    private static <T> void pairGap(List<Pair> out, List<T> removed, List<T> added, int leftFrom, int rightFrom,
                                    Function<? super T, ?> kind) {
        List<Object> a = removed.stream().<Object>map(kind).toList();
        List<Object> b = added.stream().<Object>map(kind).toList();
        int i = 0;
        int j = 0;
        for (int[] m : commonPairs(a, b)) {
            for (; i < m[0]; i++) {
                out.add(new Pair(Kind.LEFT_ONLY, leftFrom + i, -1));
            }
            for (; j < m[1]; j++) {
                out.add(new Pair(Kind.RIGHT_ONLY, -1, rightFrom + j));
            }
            out.add(new Pair(Kind.CHANGED, leftFrom + i++, rightFrom + j++));
        }
        for (; i < a.size(); i++) {
            out.add(new Pair(Kind.LEFT_ONLY, leftFrom + i, -1));
        }
        for (; j < b.size(); j++) {
            out.add(new Pair(Kind.RIGHT_ONLY, -1, rightFrom + j));
        }
    }

    /** Splits both texts at white space and marks the words that are not common to both. */
    public static Words words(String left, String right) {
        List<String> a = split(left);
        List<String> b = split(right);
        boolean[] changedA = new boolean[a.size()];
        boolean[] changedB = new boolean[b.size()];
        Arrays.fill(changedA, true);
        Arrays.fill(changedB, true);
        for (int[] match : commonPairs(a, b)) {
            changedA[match[0]] = false;
            changedB[match[1]] = false;
        }
        return new Words(marked(a, changedA), marked(b, changedB));
    }

    private static List<String> split(String text) {
        String t = text == null ? "" : text.strip();
        return t.isEmpty() ? List.of() : List.of(t.split("\\s+"));
    }

    private static List<Word> marked(List<String> words, boolean[] changed) {
        List<Word> out = new ArrayList<>(words.size());
        for (int k = 0; k < words.size(); k++) {
            out.add(new Word(words.get(k), changed[k]));
        }
        return out;
    }

    /** The index pairs of a longest common subsequence, in order; none when the table would be too large. */
    private static <T> List<int[]> commonPairs(List<T> a, List<T> b) {
        int n = a.size();
        int m = b.size();
        if (n == 0 || m == 0 || (long) (n + 1) * (m + 1) > MAX_CELLS) {
            return List.of();
        }
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = Objects.equals(a.get(i), b.get(j)) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<int[]> pairs = new ArrayList<>(lcs[0][0]);
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (Objects.equals(a.get(i), b.get(j))) {
                pairs.add(new int[] {i++, j++});
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return pairs;
    }
}
