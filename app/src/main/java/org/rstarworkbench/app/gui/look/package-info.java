/**
 * How the window looks: the light and dark themes and presentation mode (large fonts, strong contrast, thick tree
 * lines, less chrome) as an {@link org.rstarworkbench.app.gui.look.Appearance} of plain properties, which
 * {@link org.rstarworkbench.app.gui.look.AppearanceStyles} turns into the scene's style sheets and the tree view
 * into its {@code TreeLook}.
 */
package org.rstarworkbench.app.gui.look;
