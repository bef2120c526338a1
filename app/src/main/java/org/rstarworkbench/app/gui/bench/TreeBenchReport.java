package org.rstarworkbench.app.gui.bench;

import java.util.List;

/**
 * What {@code rstar bench tree} measured.
 *
 * @param platform how JavaFX drew: e.g. "Monocle headless, software rendering"
 * @param frames   panned frames timed per tree
 * @param trees    one entry per tree size asked for, in order
 */
public record TreeBenchReport(String platform, int frames, List<Tree> trees) {

    public TreeBenchReport {
        trees = List.copyOf(trees);
    }

    /**
     * The figures of one tree.
     *
     * @param requested the size asked for
     * @param nodes     the nodes the tree has (at least {@code requested}: the search stops after a whole rollout)
     * @param layoutMs  from handing the run's events to the view until it shows the drawn tree (fold, level of
     *                  detail, layout, styling, graph update)
     * @param fitMs     median time of a frame that zooms to fit, from a zoomed-in view
     * @param pan       panning with the default level of detail
     * @param panAll    panning with every node shown, or null when the default level of detail hides nothing
     */
    public record Tree(int requested, int nodes, double layoutMs, double fitMs, Pan pan, Pan panAll) {
    }

    /**
     * Frame times while panning.
     *
     * @param visibleNodes nodes drawn (the rest are in collapsed branches)
     * @param medianMs     median time from one frame to the next
     * @param p90Ms        90th percentile of the same
     * @param paintMs      median time the FX thread spent painting the graph within a frame
     */
    public record Pan(int visibleNodes, double medianMs, double p90Ms, double paintMs) {

        /** Frames per second at the median frame time. */
        public double fps() {
            return 1000 / medianMs;
        }
    }
}
