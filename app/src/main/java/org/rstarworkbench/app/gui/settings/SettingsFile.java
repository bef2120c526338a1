package org.rstarworkbench.app.gui.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rstarworkbench.app.gui.look.Theme;
import org.rstarworkbench.app.gui.run.AdvancedSearch;
import org.rstarworkbench.app.gui.run.PeerChoice;
import org.rstarworkbench.app.store.StoreLocation;
import org.rstarworkbench.core.search.SearchConfig.WeightSchedule;
import org.rstarworkbench.visualizer.style.FillMode;

/**
 * The window's {@link SavedSettings} as a small JSON file, by default {@code settings.json} beside the run store in
 * the user's data folder. Reading never fails: a missing file gives the defaults; an unreadable or corrupt file, or a
 * value of the wrong kind or out of range, gives the default for what cannot be read, with a warning in the log
 * naming the file and the key. Writing goes through a temporary file moved into place.
 *
 * <p>Thread-safe; {@link #load} and {@link #save} touch the disk, so never call them on the FX thread.
 */
public final class SettingsFile {

    /** The file's name in the data folder. */
    public static final String NAME = "settings.json";
    private static final Logger LOG = LoggerFactory.getLogger(SettingsFile.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public SettingsFile(Path file) {
        this.file = Objects.requireNonNull(file, "file").toAbsolutePath();
    }

    /** The settings file of this user: beside the default run store. */
    public static SettingsFile atDefault() {
        return new SettingsFile(StoreLocation.defaultFile().resolveSibling(NAME));
    }

    public Path file() {
        return file;
    }

    /** The saved settings, the defaults for whatever is missing or cannot be read. */
    public synchronized SavedSettings load() {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return SavedSettings.DEFAULTS;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot read the workbench settings {} ({}); starting with the default settings", file,
                    e.toString());
            return SavedSettings.DEFAULTS;
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            LOG.warn("The workbench settings {} are not valid JSON (line {}: {}); starting with the default "
                    + "settings, and the file is replaced when the window closes", file, e.getLocation().getLineNr(),
                    e.getOriginalMessage());
            return SavedSettings.DEFAULTS;
        }
        if (root == null || !root.isObject()) {
            LOG.warn("The workbench settings {} are not a JSON object; starting with the default settings", file);
            return SavedSettings.DEFAULTS;
        }
        return read(root);
    }

    private SavedSettings read(JsonNode root) {
        SavedSettings d = SavedSettings.DEFAULTS;
        Values v = new Values(root);
        return new SavedSettings(
                v.get("theme", d.theme(), n -> n.isTextual() ? Theme.of(n.asText()) : null),
                v.bool("presentation", d.presentation()),
                v.get("model", d.model(), n -> n.isTextual() ? n.asText() : null),
                v.get("endpointUrl", d.endpointUrl(), n -> n.isTextual() ? n.asText() : null),
                v.get("endpointModel", d.endpointModel(), n -> n.isTextual() ? n.asText() : null),
                v.get("peerModel", d.peerModel(), n -> n.isTextual()
                        ? PeerChoice.valueOf(n.asText().toUpperCase(Locale.ROOT)) : null),
                v.get("peerEndpointUrl", d.peerEndpointUrl(), n -> n.isTextual() ? n.asText() : null),
                v.get("peerEndpointModel", d.peerEndpointModel(), n -> n.isTextual() ? n.asText() : null),
                v.get("pack", d.pack(), n -> n.isTextual() && !n.asText().isBlank() ? n.asText() : null),
                v.integer("rollouts", d.rollouts(), 1, 100_000),
                v.integer("maxDepth", d.maxDepth(), 1, 100),
                v.integer("votes", d.votes(), 1, 1_000),
                v.integer("lastVotes", d.lastVotes(), 1, 1_000),
                v.get("explorationWeight", d.explorationWeight(),
                        n -> n.isNumber() && n.asDouble() >= 0 && n.asDouble() <= 100 ? n.asDouble() : null),
                v.bool("a1", d.a1()),
                v.bool("a5", d.a5()),
                v.get("seed", d.seed(), n -> n.isInt() ? n.asInt() : null),
                v.get("fill", d.fill(), n -> n.isTextual() ? FillMode.valueOf(n.asText().toUpperCase(Locale.ROOT))
                        : null),
                v.integer("width", d.width(), 640, 20_000),
                v.integer("height", d.height(), 400, 20_000),
                v.get("dataset", d.dataset(), n -> n.isTextual() && !n.asText().isBlank() ? n.asText() : null),
                readAdvanced(v, d.advanced()));
    }

    /** The Advanced search settings, each key on its own, as the command line bounds them. */
    private static AdvancedSearch readAdvanced(Values v, AdvancedSearch d) {
        return new AdvancedSearch(
                v.get("weightSchedule", d.weightSchedule(), n -> n.isTextual()
                        ? WeightSchedule.valueOf(n.asText().toUpperCase(Locale.ROOT)) : null),
                v.integer("a1Samples", d.a1Samples(), 1, 1_000),
                v.integer("subquestions", d.subquestions(), 1, 1_000),
                v.get("temperature", d.temperature(),
                        n -> n.isNumber() && n.asDouble() >= 0 && n.asDouble() <= 100 ? n.asDouble() : null),
                v.get("topP", d.topP(), n -> n.isNumber() && n.asDouble() > 0 && n.asDouble() <= 1 ? n.asDouble()
                        : null),
                v.integer("topK", d.topK(), 0, 1_000_000),
                v.bool("referenceParity", d.referenceParity()));
    }

    /** Reads one key after another, warning for each that is there but cannot be used. */
    private final class Values {
        private final JsonNode root;

        Values(JsonNode root) {
            this.root = root;
        }

        <T> T get(String key, T fallback, Function<JsonNode, T> read) {
            JsonNode node = root.get(key);
            if (node == null || (node.isNull() && fallback == null)) {
                return fallback;
            }
            T value;
            try {
                value = read.apply(node);
            } catch (IllegalArgumentException e) {
                value = null;
            }
            if (value == null) {
                LOG.warn("The workbench settings {} have {} = {}, which cannot be used; using the default {}", file,
                        key, node, fallback);
                return fallback;
            }
            return value;
        }

        boolean bool(String key, boolean fallback) {
            return get(key, fallback, n -> n.isBoolean() ? n.asBoolean() : null);
        }

        int integer(String key, int fallback, int min, int max) {
            return get(key, fallback, n -> n.isInt() && n.asInt() >= min && n.asInt() <= max ? n.asInt() : null);
        }
    }

    /** Writes the settings, creating the folder if need be. */
    public synchronized void save(SavedSettings settings) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("theme", settings.theme().label());
        json.put("presentation", settings.presentation());
        json.put("model", settings.model());
        json.put("endpointUrl", settings.endpointUrl());
        json.put("endpointModel", settings.endpointModel());
        json.put("peerModel", settings.peerModel().name().toLowerCase(Locale.ROOT));
        json.put("peerEndpointUrl", settings.peerEndpointUrl());
        json.put("peerEndpointModel", settings.peerEndpointModel());
        json.put("pack", settings.pack());
        json.put("rollouts", settings.rollouts());
        json.put("maxDepth", settings.maxDepth());
        json.put("votes", settings.votes());
        json.put("lastVotes", settings.lastVotes());
        json.put("explorationWeight", settings.explorationWeight());
        json.put("a1", settings.a1());
        json.put("a5", settings.a5());
        json.put("seed", settings.seed());
        json.put("fill", settings.fill().name().toLowerCase(Locale.ROOT));
        json.put("width", settings.width());
        json.put("height", settings.height());
        json.put("dataset", settings.dataset());
        AdvancedSearch advanced = settings.advanced();
        json.put("weightSchedule", advanced.weightSchedule() == null ? null
                : advanced.weightSchedule().name().toLowerCase(Locale.ROOT));
        json.put("a1Samples", advanced.a1Samples());
        json.put("subquestions", advanced.subquestions());
        json.put("temperature", advanced.temperature());
        json.put("topP", advanced.topP());
        json.put("topK", advanced.topK());
        json.put("referenceParity", advanced.referenceParity());
        Path dir = file.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, NAME, ".part");
        try {
            Files.writeString(tmp, JSON.writeValueAsString(json) + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
