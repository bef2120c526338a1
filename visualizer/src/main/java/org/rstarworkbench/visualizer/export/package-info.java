/**
 * A tree drawing as files: PNG painted with Java2D (headless, also the app's screenshot path for the tree), Graphviz
 * DOT and GraphML with positions, colours and every node field, and GraphStream's DGS. All writers take a {@link
 * org.rstarworkbench.visualizer.view.TreeDrawing}, so an export shows exactly what the view shows.
 */
package org.rstarworkbench.visualizer.export;
