package org.rstarworkbench.samples.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.rstarworkbench.core.tree.Problem;

/**
 * Reads problem sets: a JSON array of objects (the reference rStar {@code test_all.json} layout, SVAMP, MultiArith,
 * GSM-Hard, MATH, StrategyQA) or JSON Lines (GSM8K's {@code test.jsonl}, plain {@code {question, answer}} lines).
 * The question is read from {@code problem}, {@code question}, {@code input} or SVAMP's {@code Body} + {@code
 * Question}; the gold answer from {@code answer}, {@code solution}, {@code target} or {@code Answer}.
 */
public final class Datasets {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] QUESTION_FIELDS = {"problem", "question", "input", "Question"};
    private static final String[] GOLD_FIELDS = {"answer", "solution", "target", "Answer"};

    private Datasets() {
    }

    /**
     * Loads every problem of a file. Ids are {@code <file name>/<index>} unless the item has an {@code id}.
     *
     * @throws DatasetException naming the file and the line or item when the file is missing or malformed
     */
    public static List<Problem> load(Path file) throws DatasetException {
        String text = read(file);
        if (text.stripLeading().startsWith("[")) {
            return fromArray(file, text);
        }
        return fromLines(file, text);
    }

    private static String read(Path file) throws DatasetException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new DatasetException(file + ": no such file; give the path of a JSON or JSONL dataset");
        } catch (IOException e) {
            throw new DatasetException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * What a lenient load found: the problems that read, and one message per item that did not (file and line or
     * item named), so an evaluation can go on with the rest and say what it skipped.
     */
    public record Loaded(List<Problem> problems, List<String> skipped) {
        public Loaded {
            problems = List.copyOf(problems);
            skipped = List.copyOf(skipped);
        }
    }

    /**
     * Loads every readable problem of a file; a malformed line or item is skipped and named in
     * {@link Loaded#skipped()}. The file itself must exist and, for a JSON array, be well-formed JSON.
     */
    public static Loaded loadLenient(Path file) throws DatasetException {
        String text = read(file);
        List<Problem> problems = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        if (text.stripLeading().startsWith("[")) {
            JsonNode root = parseArray(file, text);
            for (int i = 0; i < root.size(); i++) {
                try {
                    problems.add(problem(root.get(i), file.getFileName() + "/" + i, file + ": item " + i));
                } catch (DatasetException e) {
                    skipped.add(e.getMessage());
                }
            }
            return new Loaded(problems, skipped);
        }
        String[] lines = text.split("\r?\n", -1);
        for (int n = 0; n < lines.length; n++) {
            if (!lines[n].isBlank()) {
                try {
                    problems.add(line(file, lines[n], n, problems.size()));
                } catch (DatasetException e) {
                    skipped.add(e.getMessage());
                }
            }
        }
        return new Loaded(problems, skipped);
    }

    /**
     * A bundled problem set by name ({@code gsm-mini}: the 300 held-out GSM-mini problems) when no file of that name
     * exists, else the file read leniently.
     */
    public static Loaded loadNamedOrFile(Path file) throws DatasetException {
        if (!Files.exists(file)) {
            var bundled = org.rstarworkbench.samples.gsmmini.GsmMini.set(file.toString());
            if (bundled.isPresent()) {
                return new Loaded(bundled.get(), List.of());
            }
        }
        return loadLenient(file);
    }

    /** The problem at {@code index} (0-based), with a clear message when it is out of range. */
    public static Problem item(Path file, int index) throws DatasetException {
        List<Problem> problems = Files.exists(file) ? load(file) : loadNamedOrFile(file).problems();
        if (index < 0 || index >= problems.size()) {
            throw new DatasetException(file + ": item " + index + " is out of range; the file has "
                    + problems.size() + " problems, numbered 0 to " + (problems.size() - 1));
        }
        return problems.get(index);
    }

    private static JsonNode parseArray(Path file, String text) throws DatasetException {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new DatasetException(file + ":" + e.getLocation().getLineNr() + ": malformed JSON: "
                    + e.getOriginalMessage());
        }
    }

    private static List<Problem> fromArray(Path file, String text) throws DatasetException {
        JsonNode root = parseArray(file, text);
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            problems.add(problem(root.get(i), file.getFileName() + "/" + i, file + ": item " + i));
        }
        return problems;
    }

    private static List<Problem> fromLines(Path file, String text) throws DatasetException {
        List<Problem> problems = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int n = 0; n < lines.length; n++) {
            if (!lines[n].isBlank()) {
                problems.add(line(file, lines[n], n, problems.size()));
            }
        }
        return problems;
    }

    private static Problem line(Path file, String line, int lineIndex, int itemIndex) throws DatasetException {
        String where = file + ":" + (lineIndex + 1);
        JsonNode item;
        try {
            item = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new DatasetException(where + ": malformed JSON: " + e.getOriginalMessage()
                    + "; each line must be one JSON object");
        }
        return problem(item, file.getFileName() + "/" + itemIndex, where);
    }

    private static Problem problem(JsonNode item, String defaultId, String where) throws DatasetException {
        if (item == null || !item.isObject()) {
            throw new DatasetException(where + ": expected a JSON object with a \"problem\" or \"question\" field");
        }
        String question = first(item, QUESTION_FIELDS);
        if (item.hasNonNull("Body") && item.hasNonNull("Question")) {
            question = item.get("Body").asText().strip() + " " + item.get("Question").asText().strip();
        }
        if (question == null || question.isBlank()) {
            throw new DatasetException(where + ": no question: expected a non-empty \"problem\" or \"question\" "
                    + "field");
        }
        String id = item.hasNonNull("id") ? item.get("id").asText() : defaultId;
        return new Problem(id, question.strip(), first(item, GOLD_FIELDS));
    }

    private static String first(JsonNode item, String[] fields) {
        for (String f : fields) {
            JsonNode v = item.get(f);
            if (v != null && !v.isNull()) {
                return v.isValueNode() ? v.asText() : v.toString();
            }
        }
        return null;
    }
}
