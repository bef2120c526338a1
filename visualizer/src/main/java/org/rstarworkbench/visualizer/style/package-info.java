/**
 * How nodes look: the shape and colour of each of the six node kinds ({@link
 * org.rstarworkbench.visualizer.style.KindStyle}), the fill modes with their colour scales and legends ({@link
 * org.rstarworkbench.visualizer.style.FillMode}), and the peer's verdict marks. Plain values, no toolkit: the
 * GraphStream style sheet, the Java2D painter and the DOT export all read them.
 */
package org.rstarworkbench.visualizer.style;
