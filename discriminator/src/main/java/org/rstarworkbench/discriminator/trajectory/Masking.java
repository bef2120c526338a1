package org.rstarworkbench.discriminator.trajectory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Cuts a trajectory into the prefixes the peer model completes (Qi et al., 2025, §3.3: the peer is given part of a
 * trajectory and asked to finish it).
 *
 * <p>As the reference's {@code mask_solution_trace}, words are the pieces between single spaces (so a newline does
 * not split a word), and the prefix for a ratio {@code r} holds the first {@code ceil(words * r)} of them joined by
 * single spaces.
 *
 * <p>Threading: stateless.
 */
public final class Masking {

    /** The reference's ratios: four masks evenly spaced from 0.2 to 0.5 of the words. */
    public static final List<Double> REFERENCE_RATIOS = List.of(0.2, 0.3, 0.4, 0.5);

    private Masking() {
    }

    /**
     * One prefix of a trajectory.
     *
     * @param ratio  the share of words asked for
     * @param words  how many words the prefix holds
     * @param prefix the prefix text
     */
    public record Mask(double ratio, int words, String prefix) {
    }

    /**
     * {@code count} ratios evenly spaced from {@code left} to {@code right}, computed as the reference computes them
     * ({@code left + i * (right - left) / (count - 1)}); a single ratio is {@code left}.
     *
     * @throws IllegalArgumentException when {@code count < 1} or the bounds are not {@code 0 < left <= right <= 1}
     */
    public static List<Double> spread(double left, double right, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, was " + count);
        }
        if (!(left > 0 && left <= right && right <= 1)) {
            throw new IllegalArgumentException("the bounds must satisfy 0 < left <= right <= 1, were left=" + left
                    + ", right=" + right);
        }
        double interval = count == 1 ? 0 : (right - left) / (count - 1);
        List<Double> ratios = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ratios.add(left + i * interval);
        }
        return List.copyOf(ratios);
    }

    /** The words of a text: the pieces between single spaces, empty pieces included (Python's {@code split(" ")}). */
    public static List<String> words(String text) {
        return Arrays.asList(text.split(" ", -1));
    }

    /** How many words the prefix for {@code ratio} of {@code words} words holds: {@code ceil(words * ratio)}. */
    public static int prefixWords(int words, double ratio) {
        return (int) Math.min(words, Math.ceil(words * ratio));
    }

    /** The masks of a text, one per ratio, in the ratios' order. */
    public static List<Mask> masks(String text, List<Double> ratios) {
        Objects.requireNonNull(text, "text");
        List<String> words = words(text);
        List<Mask> masks = new ArrayList<>(ratios.size());
        for (double ratio : ratios) {
            int n = prefixWords(words.size(), ratio);
            masks.add(new Mask(ratio, n, String.join(" ", words.subList(0, n))));
        }
        return List.copyOf(masks);
    }

    /**
     * Checks a list of ratios and returns it as an unmodifiable copy.
     *
     * @throws IllegalArgumentException naming the bad ratio when the list is empty or a ratio is not in (0, 1]
     */
    public static List<Double> checkRatios(List<Double> ratios) {
        Objects.requireNonNull(ratios, "ratios");
        if (ratios.isEmpty()) {
            throw new IllegalArgumentException("ratios must hold at least one ratio, was empty");
        }
        for (Double r : ratios) {
            if (r == null || !(r > 0 && r <= 1)) {
                throw new IllegalArgumentException("every ratio must be in (0, 1], was " + r + " in " + ratios);
            }
        }
        return List.copyOf(ratios);
    }
}
