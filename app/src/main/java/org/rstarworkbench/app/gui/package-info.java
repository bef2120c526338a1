/**
 * The workbench window (JavaFX, in the style of JabRef): each part is an {@code XxxView} that lays out and binds, and
 * an {@code XxxViewModel} that holds the state as JavaFX properties and is tested without starting JavaFX. The engine
 * runs on the one {@link org.rstarworkbench.app.gui.TaskExecutor}; its events reach the FX thread through an
 * {@link org.rstarworkbench.app.gui.EventInbox} that the main view drains at most 30 times a second, so the FX thread
 * never waits on a model, the disk or the network. {@link org.rstarworkbench.app.gui.WorkbenchLauncher} starts the
 * window, or renders it to a PNG without a display.
 */
package org.rstarworkbench.app.gui;
