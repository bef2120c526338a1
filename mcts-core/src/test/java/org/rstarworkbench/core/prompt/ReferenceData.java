package org.rstarworkbench.core.prompt;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test fixture: the reference rStar data, read where it lies (system property {@code rstar.reference.dir}); tests
 * that need it are skipped when it is absent, as in a fresh clone.
 */
final class ReferenceData {

    static final String PROPERTY = "rstar.reference.dir";

    private ReferenceData() {
    }

    /** The reference folder, or skips the calling test. */
    static Path root() {
        String dir = System.getProperty(PROPERTY);
        assumeTrue(dir != null && Files.isDirectory(Path.of(dir, "prompts")),
                "reference rStar data not found (system property " + PROPERTY + " = " + dir + ")");
        return Path.of(dir);
    }

    /** The reference {@code prompts/<dataset>} folder, or skips the calling test. */
    static Path prompts(String dataset) {
        Path folder = root().resolve("prompts").resolve(dataset);
        assumeTrue(Files.isDirectory(folder), "reference prompts folder " + folder + " not found");
        return folder;
    }
}
