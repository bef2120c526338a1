package org.rstarworkbench.visualizer.style;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.rstarworkbench.visualizer.tree.TreeSnapshot;

/**
 * What a node's fill colour shows. Each mode maps a node to a position in [0, 1] on its colour scale, or to NaN when
 * the node has no such data (drawn in {@link #NO_DATA} grey); its outline always shows its kind.
 */
public enum FillMode {

    /** The kind's own colour. */
    KIND("Kind", "Each node is filled with its kind's colour.", ColorScale.of("#4d4d4d")),

    /** Q/N, the mean reward of the rollouts through the node. */
    MEAN_REWARD("Q/N", "Mean reward of the rollouts through the node (Q/N), from 0 to 1; grey: never visited.",
            ColorScale.of("#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494")),

    /** N, on a log scale up to the most visited node (the root). */
    VISITS("Visits", "How many rollouts went through the node (N), on a log scale; grey: never visited.",
            ColorScale.of("#fff5eb", "#fdbe85", "#fd8d3c", "#d94701", "#8c2d04")),

    /** The node's value: the confidence of its majority answer. */
    VALUE("Confidence", "The share of samples that agree with the node's majority answer, from 0 to 1; grey: the "
            + "node has no answer (thoughts, rephrasings, the question).",
            ColorScale.of("#d7191c", "#fdae61", "#ffffbf", "#a6d96a", "#1a9641")),

    /** The peer discriminator's verdict on the trajectory ending at the node. */
    VERDICT("Peer verdict", "What the peer discriminator said about the trajectory ending at the node; grey: no "
            + "trajectory ends there or it was not checked.",
            ColorScale.of("#d62728", "#2ca02c", "#ffc000"));

    /** The fill of a node with no data in the current mode. */
    public static final Rgb NO_DATA = Rgb.hex("#dddddd");

    private final String title;
    private final String description;
    private final ColorScale scale;

    FillMode(String title, String description, ColorScale scale) {
        this.title = title;
        this.description = description;
        this.scale = scale;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    /** The colour scale the positions index; in {@link #KIND} mode the fill is the kind's colour instead. */
    public ColorScale scale() {
        return scale;
    }

    /**
     * The node's position on the scale, or NaN when it has no data in this mode.
     *
     * @param tree      the tree
     * @param index     the node's index
     * @param verdicts  the peer's verdicts by node id (only {@link #VERDICT} reads them)
     * @param maxVisits the largest N in the tree (only {@link #VISITS} reads it)
     */
    public double position(TreeSnapshot tree, int index, Map<Integer, VerdictMark> verdicts, int maxVisits) {
        return switch (this) {
            case KIND -> 0;
            case MEAN_REWARD -> clamp(tree.meanReward(index));
            case VISITS -> visits(tree.n(index), maxVisits);
            case VALUE -> clamp(tree.info(index).value());
            case VERDICT -> verdict(verdicts.get(tree.id(index)));
        };
    }

    /** The fill colour of a node: its kind's colour in {@link #KIND} mode, else the scale's colour or grey. */
    public Rgb colour(KindStyle kind, double position) {
        if (this == KIND) {
            return kind.colour();
        }
        return Double.isNaN(position) ? NO_DATA : scale.at(position);
    }

    private static double clamp(double v) {
        return Double.isNaN(v) ? Double.NaN : Math.max(0, Math.min(1, v));
    }

    private static double visits(int n, int maxVisits) {
        if (n <= 0) {
            return Double.NaN;
        }
        return maxVisits <= 1 ? 1 : Math.min(1, Math.log(n) / Math.log(maxVisits));
    }

    private static double verdict(VerdictMark mark) {
        if (mark == null) {
            return Double.NaN;
        }
        return switch (mark) {
            case REJECTED -> 0;
            case AGREED -> 0.5;
            case WINNER -> 1;
        };
    }

    /** The legend of this mode; {@code maxVisits} labels the visit scale. */
    public Legend legend(int maxVisits) {
        List<Legend.Entry> entries = new ArrayList<>();
        switch (this) {
            case KIND -> KindStyle.all().forEach(k -> entries.add(new Legend.Entry(k.label(), k.colour(), k.shape())));
            case VERDICT -> {
                entries.add(new Legend.Entry("rejected", scale.at(0), null));
                entries.add(new Legend.Entry("agreed", scale.at(0.5), null));
                entries.add(new Legend.Entry("winner", scale.at(1), null));
            }
            case VISITS -> {
                int max = Math.max(1, maxVisits);
                long last = -1;
                for (int i = 0; i <= 4; i++) {
                    double t = i / 4.0;
                    long n = Math.round(Math.exp(t * Math.log(max)));
                    if (n != last) {
                        entries.add(new Legend.Entry(Long.toString(n), scale.at(visits((int) n, max)), null));
                        last = n;
                    }
                }
            }
            default -> {
                for (int i = 0; i <= 4; i++) {
                    double t = i / 4.0;
                    entries.add(new Legend.Entry(String.format(Locale.ROOT, "%.2f", t), scale.at(t), null));
                }
            }
        }
        if (this != KIND) {
            entries.add(new Legend.Entry(this == VERDICT ? "not checked" : "no data", NO_DATA, null));
        }
        return new Legend(title, description, entries);
    }
}
