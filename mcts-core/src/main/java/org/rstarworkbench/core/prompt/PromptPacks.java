package org.rstarworkbench.core.prompt;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where prompt packs come from: pack folders, the packs bundled with the engine, and reference rStar prompt folders.
 *
 * <p>A pack folder holds {@code pack.json} and the UTF-8 example files it names (relative to the folder):
 * <pre>{@code
 * {"format": 1, "name": "...", "description": "...", "answerFormat": "numeric" | "math" | "yesno",
 *  "cot":       {"template": "...{examples}...{instruction}...", "examples": "cot.txt",
 *                "examplesRephrased": "cot_rephrased.txt" (optional, defaults to examples),
 *                "stop": ["..."], "maxTokens": 1024},
 *  "ost":       {the same fields as cot},
 *  "decompose": {"examples": "decompose.txt", "examplesRephrased": "..." (optional), "questionIndex": 5,
 *                "subquestionMaxTokens": 128, "subanswerMaxTokens": 512},
 *  "rephrase":  {"examples": "rephrase.txt", "prefix": "...", "maxTokens": 512}}
 * }</pre>
 * Templates use Python's {@code str.format} syntax, as the reference does: {@code {examples}} and
 * {@code {instruction}} are placeholders and {@code {{}/{@code }}} are literal braces. Example files may end with a
 * newline (trailing white space is dropped) and may use Windows line ends. Everything is checked on loading; a
 * problem is a {@link PromptPackException} whose message names the file and the field.
 *
 * <p>Stateless and thread-safe.
 */
public final class PromptPacks {

    /** The answer formats a pack may name: how completions' answers are extracted and compared. */
    public static final List<String> ANSWER_FORMATS = List.of("numeric", "math", "yesno");

    static final String BUNDLED_ROOT = "/org/rstarworkbench/core/prompt/packs/";
    /** Lists the bundled packs, one name a line; the classpath cannot be listed portably. */
    static final String BUNDLED_INDEX = BUNDLED_ROOT + "index.txt";

    private PromptPacks() {
    }

    /**
     * Loads a pack folder.
     *
     * @param folder the folder holding {@code pack.json} (or that {@code pack.json} file itself), not null
     * @throws PromptPackException when the folder, {@code pack.json} or an example file is missing or invalid
     */
    public static PromptPack load(Path folder) throws PromptPackException {
        Objects.requireNonNull(folder, "folder");
        Path dir = isPackJson(folder) ? folder.toAbsolutePath().getParent() : folder;
        if (!Files.isDirectory(dir)) {
            throw new PromptPackException(dir + ": no such folder. Give the folder that holds "
                    + PackJsonReader.PACK_JSON + ".");
        }
        if (!Files.exists(dir.resolve(PackJsonReader.PACK_JSON)) && ReferencePromptFolder.isReferenceFolder(dir)) {
            throw new PromptPackException(dir + ": has no " + PackJsonReader.PACK_JSON + " but looks like a "
                    + "reference rStar prompts folder. Open it as a reference folder instead.");
        }
        return PackJsonReader.read(new PackSource.Folder(dir));
    }

    /**
     * Loads a pack bundled with the engine.
     *
     * @param name one of {@link #bundledNames()}
     * @throws PromptPackException when there is no bundled pack of that name
     */
    public static PromptPack bundled(String name) throws PromptPackException {
        if (name == null || !bundledNames().contains(name)) {
            throw new PromptPackException("No bundled prompt pack \"" + name + "\". The bundled packs are: "
                    + String.join(", ", bundledNames()) + ".");
        }
        return PackJsonReader.read(new PackSource.Classpath(BUNDLED_ROOT + name + "/"));
    }

    /** The names of the bundled packs, in a stable order; never empty. */
    public static List<String> bundledNames() {
        try (InputStream in = PromptPacks.class.getResourceAsStream(BUNDLED_INDEX)) {
            if (in == null) {
                throw new IllegalStateException("The bundled prompt pack index " + BUNDLED_INDEX + " is missing "
                        + "from the classpath; the engine's jar is incomplete. Rebuild it.");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled prompt pack index " + BUNDLED_INDEX, e);
        }
    }

    /**
     * Finds a pack from what a user typed: a bundled pack's name (checked first), a pack folder (holding
     * {@code pack.json}, or the {@code pack.json} itself), or a reference rStar {@code prompts/<DATASET>} folder
     * (holding {@code fewshot_cot/}, loaded with {@link ReferencePromptFolder#load(Path)}).
     *
     * @param spec the name or path
     * @throws PromptPackException when {@code spec} is none of these (the message lists the bundled names), or the
     *                             pack it names is invalid
     */
    public static PromptPack resolve(String spec) throws PromptPackException {
        String given = spec == null ? "" : spec.strip();
        if (bundledNames().contains(given)) {
            return bundled(given);
        }
        Path path = pathOrNull(given);
        if (path != null && (isPackJson(path) || Files.isRegularFile(path.resolve(PackJsonReader.PACK_JSON)))) {
            return load(path);
        }
        if (path != null && Files.isDirectory(path) && ReferencePromptFolder.isReferenceFolder(path)) {
            return ReferencePromptFolder.load(path);
        }
        String what = given.isEmpty() ? "No prompt pack given."
                : path != null && Files.isDirectory(path)
                ? "The folder \"" + given + "\" holds neither " + PackJsonReader.PACK_JSON + " nor fewshot_cot/."
                : "No prompt pack \"" + given + "\": it is not a bundled pack, and no such folder exists.";
        throw new PromptPackException(what + " Give a bundled pack's name (" + String.join(", ", bundledNames())
                + "), a pack folder holding " + PackJsonReader.PACK_JSON + ", or a reference rStar prompts/<DATASET> "
                + "folder holding fewshot_cot/.");
    }

    private static boolean isPackJson(Path path) {
        return Files.isRegularFile(path) && path.getFileName() != null
                && path.getFileName().toString().equals(PackJsonReader.PACK_JSON);
    }

    private static Path pathOrNull(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
