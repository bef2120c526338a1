/**
 * The classroom features: recorded demo runs shipped with the app ({@link
 * org.rstarworkbench.app.gui.classroom.BundledDemos}), which the window opens as replays with no model and no store,
 * and the recorder that makes them again from the scripted demo model ({@link
 * org.rstarworkbench.app.gui.classroom.DemoRecorder}).
 */
package org.rstarworkbench.app.gui.classroom;
