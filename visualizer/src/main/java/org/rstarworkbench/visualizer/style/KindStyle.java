package org.rstarworkbench.visualizer.style;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.rstarworkbench.core.tree.NodeKind;

/**
 * How a node kind looks: its shape, its colour (the fill in the "kind" fill mode, the outline in the others, from the
 * colour-blind-safe Okabe-Ito palette), its size and its style class.
 *
 * @param kind      the node kind
 * @param shape     the shape
 * @param colour    the kind's colour
 * @param size      the node's size in pixels at zoom 1
 * @param styleClass the GraphStream {@code ui.class}, the kind's name in lower case without underscores
 * @param label     a short name for legends: the paper's action label and the kind
 */
public record KindStyle(NodeKind kind, NodeShape shape, Rgb colour, int size, String styleClass, String label) {

    private static final List<KindStyle> TABLE = List.of(
            of(NodeKind.QUESTION, NodeShape.BOX, "#4d4d4d", 16, "question"),
            of(NodeKind.REPHRASED, NodeShape.ROUNDED_BOX, "#cc79a7", 13, "A5 rephrased"),
            of(NodeKind.THOUGHT, NodeShape.CIRCLE, "#56b4e9", 11, "A1 thought"),
            of(NodeKind.DIRECT_ANSWER, NodeShape.DIAMOND, "#e69f00", 13, "A2 direct answer"),
            of(NodeKind.SUBQUESTION, NodeShape.TRIANGLE, "#009e73", 13, "A3 sub-question"),
            of(NodeKind.RE_ANSWER, NodeShape.CROSS, "#d55e00", 13, "A4 re-answer"));

    private static KindStyle of(NodeKind kind, NodeShape shape, String hex, int size, String label) {
        return new KindStyle(kind, shape, Rgb.hex(hex), size, kind.name().toLowerCase(Locale.ROOT).replace("_", ""),
                label);
    }

    /** The outline colour when the fill already shows the kind: the kind's colour, darker. */
    public Rgb outline() {
        return colour.darker(0.6);
    }

    /** The style of a kind. */
    public static KindStyle of(NodeKind kind) {
        return TABLE.get(kind.ordinal());
    }

    /** Every kind's style, in {@link NodeKind} order. */
    public static List<KindStyle> all() {
        return TABLE;
    }

    static {
        if (!Arrays.equals(TABLE.stream().map(KindStyle::kind).toArray(), NodeKind.values())) {
            throw new IllegalStateException("the kind style table must list every node kind in order");
        }
    }
}
