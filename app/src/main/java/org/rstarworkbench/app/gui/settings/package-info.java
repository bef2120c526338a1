/**
 * The window's choices that survive a restart (look, model, peer and their endpoints, pack, search settings, fill,
 * window size, the dataset the problem list shows): {@link org.rstarworkbench.app.gui.settings.SavedSettings} as a
 * small JSON file in the user's data folder ({@link org.rstarworkbench.app.gui.settings.SettingsFile}, which falls back
 * to the defaults on a damaged file), and {@link org.rstarworkbench.app.gui.settings.SettingsKeeper}, which moves them
 * in and out of the view-models and saves them off the FX thread. No API key is ever written.
 */
package org.rstarworkbench.app.gui.settings;
