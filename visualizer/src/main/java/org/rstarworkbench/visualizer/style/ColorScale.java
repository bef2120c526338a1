package org.rstarworkbench.visualizer.style;

import java.util.List;

/**
 * Colours spread evenly over [0, 1]: a position between two stops mixes them linearly, exactly as GraphStream's
 * {@code fill-mode: dyn-plain} does with a node's {@code ui.color}, so the GraphStream view and the PNG agree.
 *
 * @param stops the colours at 0, 1/(k-1), ..., 1; at least one
 */
public record ColorScale(List<Rgb> stops) {

    public ColorScale {
        stops = List.copyOf(stops);
        if (stops.isEmpty()) {
            throw new IllegalArgumentException("a colour scale needs at least one colour");
        }
    }

    public static ColorScale of(String... hex) {
        return new ColorScale(java.util.Arrays.stream(hex).map(Rgb::hex).toList());
    }

    /** The colour at {@code position}, clamped to [0, 1]. */
    public Rgb at(double position) {
        int k = stops.size();
        double t = Double.isNaN(position) ? 0 : Math.max(0, Math.min(1, position));
        if (k == 1 || t == 0) {
            return stops.get(0);
        }
        if (t == 1) {
            return stops.get(k - 1);
        }
        double scaled = t * (k - 1);
        int i = (int) scaled;
        return stops.get(i).mix(stops.get(i + 1), scaled - i);
    }

    /** The stops as a GraphStream colour list: {@code #aaaaaa, #bbbbbb}. */
    public String css() {
        return String.join(", ", stops.stream().map(Rgb::hex).toList());
    }
}
