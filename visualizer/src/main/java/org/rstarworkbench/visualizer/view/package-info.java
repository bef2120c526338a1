/**
 * The tree view without a toolkit. {@link org.rstarworkbench.visualizer.view.TreeViewModel} holds what the user chose
 * (the event to show, the selection, the fill mode, the highlighted trajectory, the find text, collapsed branches) and
 * hands out an immutable {@link org.rstarworkbench.visualizer.view.TreeViewState}; {@link
 * org.rstarworkbench.visualizer.view.TreeDrawer} turns a state into a {@link
 * org.rstarworkbench.visualizer.view.TreeDrawing} (level of detail, layout, colours, labels) on a background thread;
 * the GraphStream graph, the PNG and the exports are made from drawings.
 */
package org.rstarworkbench.visualizer.view;
