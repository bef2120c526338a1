/**
 * The JavaFX face of the tree view, the only JavaFX code of the module. {@link
 * org.rstarworkbench.visualizer.fx.TreeView} is a pane that shows a {@link
 * org.rstarworkbench.visualizer.view.TreeViewModel} through GraphStream's FX viewer: drawings are computed on a
 * background executor and applied to the graph on the FX thread, the only thread that changes it. {@link
 * org.rstarworkbench.visualizer.fx.PanZoomMouseManager} adds what GraphStream lacks: drag to pan, wheel to zoom
 * around the cursor, click to select, double-click to collapse or expand.
 */
package org.rstarworkbench.visualizer.fx;
