package org.rstarworkbench.core.model.djl;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.rstarworkbench.core.model.ModelException;

/**
 * What a tiny model is and where it came from: the {@code model.json} beside its weights.
 *
 * <pre>{@code
 * {"format": "rstar-tiny-model/1", "name": "gsm-mini-lstm", "architecture": "LSTM",
 *  "dimensions": {"embedding": 64, "hidden": 256, "layers": 2, "heads": 0, "feedForward": 0, "context": 1024},
 *  "vocabulary": "\t\n !\"#...", "pieces": [" the", " has", ...], "specialTokens": ["<pad>", "<bos>", "<eos>", "<unk>"],
 *  "parameters": 888484, "weights": "weights.safetensors",
 *  "provenance": {"data": "...", "seed": 7, "steps": 4000, "trainingSeconds": 450.2, ...}}
 * }</pre>
 *
 * <p>The weights file is safetensors (float32), one tensor per parameter, named as the network names them.
 *
 * @param name         the model's name, used in its id
 * @param architecture the network kind
 * @param dimensions   the network sizes
 * @param vocabulary   the vocabulary's characters in token order (token id = index + 4)
 * @param pieces       the vocabulary's word pieces, after the characters (none for a character model)
 * @param parameters   the number of trained parameters
 * @param weights      the weights file name, relative to the card
 * @param provenance   how it was made: data, seed, steps, time, machine, accuracy (free-form, in insertion order)
 */
public record ModelCard(String name, Architecture architecture, Dimensions dimensions, String vocabulary,
                        List<String> pieces, long parameters, String weights, Map<String, Object> provenance) {

    /** The format tag written into every card. */
    public static final String FORMAT = "rstar-tiny-model/1";
    /** The card's file name in a model folder. */
    public static final String FILE_NAME = "model.json";
    /** The weights' default file name. */
    public static final String WEIGHTS_FILE = "weights.safetensors";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public ModelCard {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(dimensions, "dimensions");
        Objects.requireNonNull(vocabulary, "vocabulary");
        Objects.requireNonNull(weights, "weights");
        pieces = pieces == null ? List.of() : List.copyOf(pieces);
        dimensions.check(architecture);
        provenance = Collections.unmodifiableMap(new LinkedHashMap<>(provenance == null ? Map.of() : provenance));
    }

    /** A card of a character model (no word pieces). */
    public ModelCard(String name, Architecture architecture, Dimensions dimensions, String vocabulary,
                     long parameters, String weights, Map<String, Object> provenance) {
        this(name, architecture, dimensions, vocabulary, List.of(), parameters, weights, provenance);
    }

    /** The vocabulary the card describes. */
    public Vocabulary tokens() {
        return new Vocabulary(vocabulary, pieces);
    }

    /** This card with more provenance entries (later entries replace earlier ones of the same key). */
    public ModelCard withProvenance(Map<String, ?> more) {
        Map<String, Object> merged = new LinkedHashMap<>(provenance);
        merged.putAll(more);
        return new ModelCard(name, architecture, dimensions, vocabulary, pieces, parameters, weights, merged);
    }

    /** This card with another parameter count. */
    public ModelCard withParameters(long count) {
        return new ModelCard(name, architecture, dimensions, vocabulary, pieces, count, weights, provenance);
    }

    /** The card as indented JSON. */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("name", name);
        root.put("architecture", architecture.name());
        root.set("dimensions", JSON.valueToTree(dimensions));
        root.put("vocabulary", vocabulary);
        if (!pieces.isEmpty()) {
            pieces.forEach(root.putArray("pieces")::add);
        }
        root.putArray("specialTokens").add("<pad>").add("<bos>").add("<eos>").add("<unk>");
        root.put("parameters", parameters);
        root.put("weights", weights);
        root.set("provenance", JSON.valueToTree(provenance));
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("provenance holds a value JSON cannot write: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a card.
     *
     * @param source names the card in messages (a path or a class-path resource)
     * @throws ModelException naming the source and the field when the card is not valid
     */
    public static ModelCard read(InputStream in, String source) throws ModelException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (IOException e) {
            throw new ModelException(source + ": not a JSON model card: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new ModelException(source + ": a model card must be a JSON object");
        }
        String format = text(root, "format", source);
        if (!FORMAT.equals(format)) {
            throw new ModelException(source + ": field 'format' is '" + format + "', expected '" + FORMAT + "'");
        }
        Architecture architecture = architecture(text(root, "architecture", source), source);
        try {
            JsonNode dims = field(root, "dimensions", source);
            Dimensions dimensions = new Dimensions(integer(dims, "embedding", source), integer(dims, "hidden", source),
                    integer(dims, "layers", source), integer(dims, "heads", source),
                    integer(dims, "feedForward", source), integer(dims, "context", source));
            Map<String, Object> provenance = root.has("provenance")
                    ? JSON.convertValue(root.get("provenance"), new TypeReference<LinkedHashMap<String, Object>>() { })
                    : Map.of();
            return new ModelCard(text(root, "name", source), architecture, dimensions,
                    text(root, "vocabulary", source), pieces(root, source), field(root, "parameters", source).asLong(),
                    root.has("weights") ? text(root, "weights", source) : WEIGHTS_FILE, provenance);
        } catch (IllegalArgumentException e) {
            throw new ModelException(source + ": " + e.getMessage(), e);
        }
    }

    private static List<String> pieces(JsonNode root, String source) throws ModelException {
        JsonNode node = root.get("pieces");
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new ModelException(source + ": field 'pieces' must be an array of strings, was " + node);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isTextual()) {
                throw new ModelException(source + ": field 'pieces[" + i + "]' must be a string, was " + node.get(i));
            }
            out.add(node.get(i).asText());
        }
        return out;
    }

    private static Architecture architecture(String value, String source) throws ModelException {
        for (Architecture a : Architecture.values()) {
            if (a.name().equals(value)) {
                return a;
            }
        }
        throw new ModelException(source + ": field 'architecture' must be one of "
                + Arrays.toString(Architecture.values()) + ", was '" + value + "'");
    }

    private static JsonNode field(JsonNode node, String name, String source) throws ModelException {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new ModelException(source + ": field '" + name + "' is missing");
        }
        return value;
    }

    private static String text(JsonNode node, String name, String source) throws ModelException {
        JsonNode value = field(node, name, source);
        if (!value.isTextual()) {
            throw new ModelException(source + ": field '" + name + "' must be a string, was " + value);
        }
        return value.asText();
    }

    private static int integer(JsonNode node, String name, String source) throws ModelException {
        JsonNode value = field(node, name, source);
        if (!value.canConvertToInt()) {
            throw new ModelException(source + ": field 'dimensions." + name + "' must be an integer, was " + value);
        }
        return value.asInt();
    }
}
