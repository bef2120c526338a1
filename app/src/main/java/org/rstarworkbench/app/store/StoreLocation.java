package org.rstarworkbench.app.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the run store lives when no path is given: the user's data folder, {@code rstar-workbench/runs.db} in it.
 * Linux and other Unix: {@code $XDG_DATA_HOME}, else {@code ~/.local/share}; macOS:
 * {@code ~/Library/Application Support}; Windows: {@code %APPDATA%}, else {@code ~/AppData/Roaming}.
 */
public final class StoreLocation {

    static final String FOLDER = "rstar-workbench";
    static final String FILE = "runs.db";

    private StoreLocation() {
    }

    /** The default store file of this user on this machine. */
    public static Path defaultFile() {
        return defaultFile(System.getProperty("os.name", ""), System.getenv(),
                Path.of(System.getProperty("user.home", ".")));
    }

    /** The default store file for the given operating system name, environment and home folder. */
    public static Path defaultFile(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path dataHome;
        if (os.startsWith("windows")) {
            dataHome = absoluteOr(env.get("APPDATA"), home.resolve("AppData").resolve("Roaming"));
        } else if (os.startsWith("mac") || os.startsWith("darwin")) {
            dataHome = home.resolve("Library").resolve("Application Support");
        } else {
            dataHome = absoluteOr(env.get("XDG_DATA_HOME"), home.resolve(".local").resolve("share"));
        }
        return dataHome.resolve(FOLDER).resolve(FILE);
    }

    /** The XDG specification says a relative value is invalid and must be ignored. */
    private static Path absoluteOr(String value, Path fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            Path path = Path.of(value);
            return path.isAbsolute() ? path : fallback;
        } catch (java.nio.file.InvalidPathException e) {
            return fallback;
        }
    }
}
