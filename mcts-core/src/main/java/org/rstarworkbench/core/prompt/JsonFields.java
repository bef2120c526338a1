package org.rstarworkbench.core.prompt;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The fields of one JSON object of a pack file, read with checks. Every message names the file and the field's full
 * path ({@code "cot.maxTokens"}) and says what to do.
 *
 * @param file  the file as the user should see it
 * @param path  the object's path from the root, empty for the root
 * @param node  the object
 */
record JsonFields(String file, String path, JsonNode node) {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Parses {@code text} (the contents of {@code file}) and checks that it is a JSON object. */
    static JsonFields parse(String text, String file) throws PromptPackException {
        String json = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (json.isBlank()) {
            throw new PromptPackException(file + ": is empty. Write a JSON object into it.");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new PromptPackException(file + ": malformed JSON" + where + ": " + e.getOriginalMessage()
                    + ". Fix the JSON syntax there.", e);
        }
        if (root == null || !root.isObject()) {
            throw new PromptPackException(file + ": must hold a JSON object ({ ... }), holds " + describe(root)
                    + ". Write the settings as one JSON object.");
        }
        return new JsonFields(file, "", root);
    }

    /** The required object field {@code name}. */
    JsonFields object(String name) throws PromptPackException {
        JsonNode value = required(name, "a JSON object");
        if (!value.isObject()) {
            throw error(name, "must be a JSON object ({ ... }), was " + describe(value) + ". Write it as an object.");
        }
        return new JsonFields(file, pathOf(name), value);
    }

    /** The required string field {@code name}, which must not be blank. */
    String text(String name) throws PromptPackException {
        return stringValue(name, required(name, "a string"));
    }

    /** The string field {@code name}, which must not be blank when present. */
    Optional<String> optionalText(String name) throws PromptPackException {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(stringValue(name, value));
    }

    /** The required integer field {@code name}, at least {@code min}. */
    int integer(String name, int min) throws PromptPackException {
        String expected = min == 1 ? "a positive integer" : "an integer of at least " + min;
        JsonNode value = required(name, expected);
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < min) {
            throw error(name, "must be " + expected + ", was " + describe(value) + ". Write a whole number"
                    + (min == 1 ? " above 0" : " of at least " + min) + " without quotes.");
        }
        return value.intValue();
    }

    /** The required field {@code name}: an array of non-empty strings (the array may be empty). */
    List<String> strings(String name) throws PromptPackException {
        JsonNode value = required(name, "an array of strings");
        if (!value.isArray()) {
            throw error(name, "must be an array of strings, was " + describe(value)
                    + ". Write it as [\"...\", \"...\"].");
        }
        List<String> result = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            if (!element.isTextual() || element.textValue().isEmpty()) {
                throw error(name + "[" + i + "]", "must be a non-empty string, was " + describe(element)
                        + ". Remove it or write the text in double quotes.");
            }
            result.add(element.textValue());
        }
        return result;
    }

    /** Fails on the first field that is not one of {@code known}, to catch misspelt names. */
    void onlyKnown(List<String> known) throws PromptPackException {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                String owner = path.isEmpty() ? "the top level" : "\"" + path + "\"";
                throw new PromptPackException(file + ": unknown field \"" + pathOf(name) + "\"; the fields of "
                        + owner + " are " + String.join(", ", known) + ". Remove it or correct its name.");
            }
        }
    }

    /** An error about the field {@code name} of this object: the problem is a phrase completing "field X …". */
    PromptPackException error(String name, String problem) {
        return new PromptPackException(file + ": field \"" + pathOf(name) + "\" " + problem);
    }

    private JsonNode required(String name, String expected) throws PromptPackException {
        JsonNode value = node.get(name);
        if (value == null) {
            throw error(name, "is missing. Add it: " + expected + ".");
        }
        if (value.isNull()) {
            throw error(name, "must be " + expected + ", was null. Give it a value.");
        }
        return value;
    }

    private String stringValue(String name, JsonNode value) throws PromptPackException {
        if (!value.isTextual()) {
            throw error(name, "must be a string, was " + describe(value) + ". Write the text in double quotes.");
        }
        if (value.textValue().isBlank()) {
            throw error(name, "must not be blank. Give it a value.");
        }
        return value.textValue();
    }

    private String pathOf(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** A short description of a JSON value for messages: the value itself when it is short, else its kind. */
    static String describe(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "nothing";
        }
        if (value.isObject()) {
            return "an object";
        }
        if (value.isArray()) {
            return "an array";
        }
        String shown = value.toString();
        return shown.length() <= 40 ? shown : shown.substring(0, 37) + "...";
    }
}
