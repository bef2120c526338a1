package org.rstarworkbench.visualizer.graph;

import org.rstarworkbench.visualizer.style.FillMode;
import org.rstarworkbench.visualizer.style.KindStyle;
import org.rstarworkbench.visualizer.style.TreeLook;

/**
 * The GraphStream style sheet of the tree view for a fill mode. Node fills use {@code fill-mode: dyn-plain} over the
 * mode's colour scale, indexed by each node's {@code ui.color} (a {@link Float}: GraphStream 2.0 casts it to float);
 * kinds differ by shape and outline colour; marks are classes that come first in a node's {@code ui.class}, because
 * GraphStream takes each property from the first listed class that sets it. Edges carry no arrows (costly with
 * thousands of edges).
 */
public final class GraphStyleSheet {

    /** The outline of the highlighted trajectory and its edges. */
    public static final String PATH_COLOUR = "#d62728";
    /** The outline of nodes matching the find text. */
    public static final String MATCH_COLOUR = "#e100ff";

    private GraphStyleSheet() {
    }

    /** The style sheet with every label shown. */
    public static String of(FillMode mode) {
        return of(mode, true);
    }

    /**
     * The style sheet of a fill mode.
     *
     * @param labels whether every label shows; when false only the selected and collapsed nodes' labels do (the view
     *               hides the others while they would overlap)
     */
    public static String of(FillMode mode, boolean labels) {
        return of(mode, labels, TreeLook.LIGHT);
    }

    /**
     * The style sheet of a fill mode in a look (background, text, edge and outline colours, sizes scaled).
     *
     * @param labels whether every label shows, as in {@link #of(FillMode, boolean)}
     */
    public static String of(FillMode mode, boolean labels, TreeLook look) {
        StringBuilder css = new StringBuilder(2048);
        css.append("graph { fill-color: ").append(look.background().hex()).append("; padding: 30px; }\n");
        css.append("node { size: ").append(look.px(11)).append("px; fill-mode: dyn-plain; fill-color: ")
                .append(mode.scale().css()).append("; stroke-mode: plain; stroke-width: ").append(look.px(2))
                .append("px; stroke-color: ").append(look.outline().hex()).append("; text-alignment: under; ")
                .append("text-size: ").append(look.px(11)).append("; text-color: ").append(look.text().hex())
                .append("; z-index: 2; ").append(labels ? "" : "text-mode: hidden; ").append("}\n");
        for (KindStyle kind : KindStyle.all()) {
            css.append("node.").append(kind.styleClass()).append(" { shape: ").append(kind.shape().graphStream())
                    .append("; size: ").append(look.px(kind.size())).append("px; stroke-color: ")
                    .append((mode == FillMode.KIND ? kind.outline() : kind.colour()).hex());
            if (mode == FillMode.KIND) {
                css.append("; fill-mode: plain; fill-color: ").append(kind.colour().hex());
            }
            css.append("; }\n");
        }
        css.append("node.nodata { fill-mode: plain; fill-color: ").append(FillMode.NO_DATA.hex()).append("; }\n");
        css.append("node.collapsed { stroke-width: ").append(look.px(3))
                .append("px; text-style: bold; text-mode: normal; }\n");
        css.append("node.path { stroke-color: ").append(PATH_COLOUR).append("; stroke-width: ").append(look.px(3))
                .append("px; }\n");
        css.append("node.match { stroke-color: ").append(MATCH_COLOUR).append("; stroke-width: ").append(look.px(3))
                .append("px; }\n");
        css.append("node.selected { stroke-color: ").append(look.selected().hex()).append("; stroke-width: ")
                .append(look.px(4)).append("px; size: ").append(look.px(18)).append("px; text-style: bold; ")
                .append("text-mode: normal; z-index: 5; }\n");
        css.append("edge { fill-color: ").append(look.edge().hex()).append("; size: ").append(look.px(1))
                .append("px; arrow-shape: none; z-index: 1; }\n");
        css.append("edge.path { fill-color: ").append(PATH_COLOUR).append("; size: ").append(look.px(3))
                .append("px; }\n");
        return css.toString();
    }
}
