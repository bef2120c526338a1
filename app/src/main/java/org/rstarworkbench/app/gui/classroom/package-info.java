/**
 * The classroom features: recorded demo runs shipped with the app ({@link
 * org.rstarworkbench.app.gui.classroom.BundledDemos}), which the window opens as replays with no model and no store,
 * and the recorder that makes them again from the models that recorded them, the scripted demo model or the bundled
 * tiny models ({@link org.rstarworkbench.app.gui.classroom.DemoRecorder}).
 */
package org.rstarworkbench.app.gui.classroom;
