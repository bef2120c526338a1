package org.rstarworkbench.visualizer.graph;

import org.rstarworkbench.visualizer.style.FillMode;
import org.rstarworkbench.visualizer.style.KindStyle;

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
        StringBuilder css = new StringBuilder(2048);
        css.append("graph { fill-color: #ffffff; padding: 30px; }\n");
        css.append("node { size: 11px; fill-mode: dyn-plain; fill-color: ").append(mode.scale().css())
                .append("; stroke-mode: plain; stroke-width: 2px; stroke-color: #444444; text-alignment: under; ")
                .append("text-size: 11; text-color: #222222; z-index: 2; ")
                .append(labels ? "" : "text-mode: hidden; ").append("}\n");
        for (KindStyle kind : KindStyle.all()) {
            css.append("node.").append(kind.styleClass()).append(" { shape: ").append(kind.shape().graphStream())
                    .append("; size: ").append(kind.size()).append("px; stroke-color: ")
                    .append((mode == FillMode.KIND ? kind.outline() : kind.colour()).hex());
            if (mode == FillMode.KIND) {
                css.append("; fill-mode: plain; fill-color: ").append(kind.colour().hex());
            }
            css.append("; }\n");
        }
        css.append("node.nodata { fill-mode: plain; fill-color: ").append(FillMode.NO_DATA.hex()).append("; }\n");
        css.append("node.collapsed { stroke-width: 3px; text-style: bold; text-mode: normal; }\n");
        css.append("node.path { stroke-color: ").append(PATH_COLOUR).append("; stroke-width: 3px; }\n");
        css.append("node.match { stroke-color: ").append(MATCH_COLOUR).append("; stroke-width: 3px; }\n");
        css.append("node.selected { stroke-color: #000000; stroke-width: 4px; size: 18px; text-style: bold; ")
                .append("text-mode: normal; z-index: 5; }\n");
        css.append("edge { fill-color: #a0a0a0; size: 1px; arrow-shape: none; z-index: 1; }\n");
        css.append("edge.path { fill-color: ").append(PATH_COLOUR).append("; size: 3px; }\n");
        return css.toString();
    }
}
