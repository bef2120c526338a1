package org.rstarworkbench.core.prompt;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and checks a pack folder's {@code pack.json} and the example files it names. Everything is checked before a
 * pack is returned, so a run never fails half-way on a bad pack.
 */
final class PackJsonReader {

    static final String PACK_JSON = "pack.json";
    static final int FORMAT = 1;

    private static final List<String> TOP_FIELDS =
            List.of("format", "name", "description", "answerFormat", "cot", "ost", "decompose", "rephrase");
    private static final List<String> FEW_SHOT_FIELDS =
            List.of("template", "examples", "examplesRephrased", "stop", "maxTokens");
    private static final List<String> DECOMPOSE_FIELDS = List.of(
            "examples", "examplesRephrased", "questionIndex", "subquestionMaxTokens", "subanswerMaxTokens");
    private static final List<String> REPHRASE_FIELDS = List.of("examples", "prefix", "maxTokens");
    private static final Pattern EXAMPLE_QUESTION = Pattern.compile("(?m)^Question (\\d{1,9}):");

    private PackJsonReader() {
    }

    static PromptPack read(PackSource source) throws PromptPackException {
        String text = source.text(PACK_JSON).orElseThrow(() -> new PromptPackException(source.where()
                + ": has no " + PACK_JSON + ". A prompt pack folder holds " + PACK_JSON
                + " and the example files it names; give such a folder."));
        JsonFields root = JsonFields.parse(text, source.label(PACK_JSON));
        checkFormat(root);
        root.onlyKnown(TOP_FIELDS);
        return new PromptPack(
                root.text("name"),
                root.text("description"),
                answerFormat(root),
                fewShot(source, root.object("cot")),
                fewShot(source, root.object("ost")),
                decompose(source, root.object("decompose")),
                rephrase(source, root.object("rephrase")));
    }

    private static void checkFormat(JsonFields root) throws PromptPackException {
        JsonNode format = root.node().get("format");
        if (format == null) {
            throw root.error("format", "is missing. Add \"format\": " + FORMAT + ", the pack format this "
                    + "workbench reads.");
        }
        if (!format.isIntegralNumber()) {
            throw root.error("format", "must be the integer " + FORMAT + ", was " + JsonFields.describe(format)
                    + ". Write it without quotes.");
        }
        if (!format.canConvertToInt() || format.intValue() != FORMAT) {
            throw root.error("format", "is " + JsonFields.describe(format) + ", an unknown format version: this "
                    + "workbench reads format " + FORMAT + " only. Use a newer workbench or write the pack in "
                    + "format " + FORMAT + ".");
        }
    }

    private static String answerFormat(JsonFields root) throws PromptPackException {
        String format = root.text("answerFormat");
        if (!PromptPacks.ANSWER_FORMATS.contains(format)) {
            throw root.error("answerFormat", "must be one of \"" + String.join("\", \"", PromptPacks.ANSWER_FORMATS)
                    + "\", was \"" + format + "\". Pick the one that says how answers are compared.");
        }
        return format;
    }

    private static PromptPack.FewShot fewShot(PackSource source, JsonFields fields) throws PromptPackException {
        fields.onlyKnown(FEW_SHOT_FIELDS);
        String template = fields.text("template");
        var problem = PromptTemplate.problem(template);
        if (problem.isPresent()) {
            throw fields.error("template", problem.get() + ". Fix the template.");
        }
        String examples = examples(source, fields, "examples");
        String rephrased = fields.node().hasNonNull("examplesRephrased")
                ? examples(source, fields, "examplesRephrased") : examples;
        return new PromptPack.FewShot(template, examples, rephrased, fields.strings("stop"),
                fields.integer("maxTokens", 1));
    }

    private static PromptPack.Decompose decompose(PackSource source, JsonFields fields) throws PromptPackException {
        fields.onlyKnown(DECOMPOSE_FIELDS);
        String examples = examples(source, fields, "examples");
        String rephrased = fields.node().hasNonNull("examplesRephrased")
                ? examples(source, fields, "examplesRephrased") : examples;
        int index = fields.integer("questionIndex", 1);
        checkNumbering(fields, "examples", examples, index);
        checkNumbering(fields, "examplesRephrased", rephrased, index);
        return new PromptPack.Decompose(examples, rephrased, index, fields.integer("subquestionMaxTokens", 1),
                fields.integer("subanswerMaxTokens", 1));
    }

    private static PromptPack.Rephrase rephrase(PackSource source, JsonFields fields) throws PromptPackException {
        fields.onlyKnown(REPHRASE_FIELDS);
        return new PromptPack.Rephrase(examples(source, fields, "examples"), fields.text("prefix"),
                fields.integer("maxTokens", 1));
    }

    /**
     * The text of the example file named by {@code field}. A leading byte-order mark and trailing white space are
     * dropped: the engine puts its own separators after the examples, and editors like to end files with a newline.
     */
    private static String examples(PackSource source, JsonFields fields, String field) throws PromptPackException {
        String name = fields.text(field);
        checkRelative(fields, field, name);
        String text = source.text(name).orElseThrow(() -> fields.error(field, "names the file \"" + name
                + "\", which does not exist in " + source.where() + ". Create it or correct the name."));
        return (text.startsWith("\uFEFF") ? text.substring(1) : text).stripTrailing();
    }

    private static void checkRelative(JsonFields fields, String field, String name) throws PromptPackException {
        boolean inside = !name.startsWith("/") && !name.contains("\\") && !name.matches("^[A-Za-z]:.*")
                && List.of(name.split("/", -1)).stream().noneMatch(part -> part.equals("..") || part.isEmpty());
        try {
            Path.of(name);
        } catch (InvalidPathException e) {
            inside = false;
        }
        if (!inside) {
            throw fields.error(field, "must name a file inside the pack folder, was \"" + name + "\". Give a path "
                    + "relative to the folder, with \"/\" between folder names and no \"..\".");
        }
    }

    /** Catches a question index that does not follow the examples' own numbering (they end at index - 1). */
    private static void checkNumbering(JsonFields fields, String field, String examples, int index)
            throws PromptPackException {
        Matcher matcher = EXAMPLE_QUESTION.matcher(examples);
        long last = 0;
        while (matcher.find()) {
            last = Math.max(last, Long.parseLong(matcher.group(1)));
        }
        if (last > 0 && last != index - 1) {
            throw fields.error("questionIndex", "is " + index + ", but the file named by \"" + fields.path() + "."
                    + field + "\" numbers its examples up to Question " + last + ". Set it to " + (last + 1)
                    + ", the number the problem gets after the examples.");
        }
    }
}
