package org.rstarworkbench.core.prompt;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Loads a reference rStar {@code prompts/<DATASET>} folder (github zhentingqi/rStar) given by path, so that the
 * engine sends exactly the prompts the reference code sends. The folder is read where it is, never copied.
 *
 * <p>What is read, and the limits the reference code hard-wires (Qi et al., "Mutual Reasoning Makes Smaller LLMs
 * Stronger Problem-Solvers", ICLR 2025):
 * <ul>
 *   <li>A2/A4: {@code fewshot_cot/fewshot_cot_config.json} ({@code prompt_template}, {@code stop_tokens}),
 *       {@code fewshot_cot_prompt.txt}; 1024 tokens.</li>
 *   <li>A1: {@code fewshot_ost/fewshot_ost_config.json} ({@code prompt_template} only: the reference stops one-step
 *       thoughts at {@code ["\n", "\n\n"]}, not at the file's {@code stop_tokens}), {@code fewshot_ost_prompt.txt};
 *       256 tokens.</li>
 *   <li>A3: {@code decompose/decompose_template.json} ({@code index}), {@code decompose_prompt.txt}; 128 tokens per
 *       sub-question, 512 per sub-answer.</li>
 *   <li>A5: {@code rephrasing_prompt_template.txt} (StrategyQA's copy is named
 *       {@code rephrasing_prompt_template.txt.txt}; both are accepted); 512 tokens.</li>
 * </ul>
 * Below a rephrasing, the {@code *_rephrased.txt} example files are used where the folder has them, else the plain
 * ones; the reference does so only with its {@code --modify_prompts_for_rephrasing} flag, and
 * {@link #load(Path, String, boolean)} can turn it off to match the reference's default run. Text files are read as Python reads them (UTF-8, universal newlines) and templates keep Python's
 * {@code str.format} syntax, so {@link PromptPack.FewShot#render} gives the reference's prompt byte for byte.
 *
 * <p>Stateless and thread-safe.
 */
public final class ReferencePromptFolder {

    /** The start of every rephrased question in the reference's A5 prompt. */
    public static final String REPHRASE_PREFIX =
            "Given a list of conditions, please answer the question. Condition 1: ";
    /** The reference's stop sequences for one-step thoughts (A1). */
    public static final List<String> OST_STOP = List.of("\n", "\n\n");

    static final int COT_MAX_TOKENS = 1024;
    static final int OST_MAX_TOKENS = 256;
    static final int SUBQUESTION_MAX_TOKENS = 128;
    static final int SUBANSWER_MAX_TOKENS = 512;
    static final int REPHRASE_MAX_TOKENS = 512;

    private static final String LAYOUT = "A reference rStar prompts folder (prompts/<DATASET> of the rStar "
            + "repository) holds fewshot_cot/fewshot_cot_config.json, fewshot_cot/fewshot_cot_prompt.txt, "
            + "fewshot_ost/fewshot_ost_config.json, fewshot_ost/fewshot_ost_prompt.txt, "
            + "decompose/decompose_template.json, decompose/decompose_prompt.txt and rephrasing_prompt_template.txt.";

    private ReferencePromptFolder() {
    }

    /** Whether {@code folder} looks like a reference prompts folder: it has a {@code fewshot_cot} folder. */
    public static boolean isReferenceFolder(Path folder) {
        return Files.isDirectory(folder.resolve("fewshot_cot"));
    }

    /**
     * Loads the folder; the answer format follows from its name: {@code MATH} → {@code math}, {@code STG}
     * (StrategyQA) → {@code yesno}, anything else → {@code numeric}.
     *
     * @param folder a {@code prompts/<DATASET>} folder, not null
     * @throws PromptPackException when a file is missing, unreadable or malformed; the message names it
     */
    public static PromptPack load(Path folder) throws PromptPackException {
        return load(folder, null);
    }

    /**
     * Loads the folder with the given answer format, using the plain examples below an A5 rephrasing too, as the
     * reference does by default (its {@code --modify_prompts_for_rephrasing} is off).
     *
     * @param folder       a {@code prompts/<DATASET>} folder, not null
     * @param answerFormat one of {@link PromptPacks#ANSWER_FORMATS}, or null to infer it from the folder's name
     * @throws PromptPackException when a file is missing, unreadable or malformed, or the answer format is unknown
     */
    public static PromptPack load(Path folder, String answerFormat) throws PromptPackException {
        return load(folder, answerFormat, false);
    }

    /**
     * Loads the folder with the given answer format, choosing which examples go below an A5 rephrasing.
     *
     * @param folder            a {@code prompts/<DATASET>} folder, not null
     * @param answerFormat      one of {@link PromptPacks#ANSWER_FORMATS}, or null to infer it from the folder's name
     * @param rephrasedExamples true to use the folder's {@code *_rephrased.txt} files where present (the reference's
     *                          {@code --modify_prompts_for_rephrasing}), false to use the plain examples everywhere
     *                          (the reference's default)
     * @throws PromptPackException when a file is missing, unreadable or malformed, or the answer format is unknown
     */
    public static PromptPack load(Path folder, String answerFormat, boolean rephrasedExamples)
            throws PromptPackException {
        Path dir = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new PromptPackException(dir + ": no such folder. " + LAYOUT);
        }
        String dataset = dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
        String format = answerFormat == null ? inferAnswerFormat(dataset) : checkAnswerFormat(answerFormat);
        PackSource source = new PackSource.Folder(dir);
        return new PromptPack(dataset, "rStar reference prompts for " + dataset + " (" + dir + ")", format,
                fewShot(source, "fewshot_cot", true, COT_MAX_TOKENS, rephrasedExamples),
                fewShot(source, "fewshot_ost", false, OST_MAX_TOKENS, rephrasedExamples),
                decompose(source, rephrasedExamples),
                new PromptPack.Rephrase(rephrasingPrompt(source), REPHRASE_PREFIX, REPHRASE_MAX_TOKENS));
    }

    /** The answer format the reference code uses for a dataset folder's name. */
    static String inferAnswerFormat(String dataset) {
        return switch (dataset.toUpperCase(Locale.ROOT)) {
            case "MATH" -> "math";
            case "STG" -> "yesno";
            default -> "numeric";
        };
    }

    private static String checkAnswerFormat(String answerFormat) throws PromptPackException {
        if (!PromptPacks.ANSWER_FORMATS.contains(answerFormat)) {
            throw new PromptPackException("Unknown answer format \"" + answerFormat + "\" for a reference prompts "
                    + "folder. Use one of \"" + String.join("\", \"", PromptPacks.ANSWER_FORMATS)
                    + "\", or none to infer it from the folder's name.");
        }
        return answerFormat;
    }

    private static PromptPack.FewShot fewShot(PackSource source, String kind, boolean configStops, int maxTokens,
                                              boolean rephrasedExamples) throws PromptPackException {
        String configName = kind + "/" + kind + "_config.json";
        JsonFields config = JsonFields.parse(required(source, configName), source.label(configName));
        String template = config.text("prompt_template");
        Optional<String> problem = PromptTemplate.problem(template);
        if (problem.isPresent()) {
            throw config.error("prompt_template", problem.get() + ". Fix the template.");
        }
        List<String> stop = configStops ? config.strings("stop_tokens") : OST_STOP;
        String examples = required(source, kind + "/" + kind + "_prompt.txt");
        String rephrased = rephrasedExamples
                ? source.text(kind + "/" + kind + "_prompt_rephrased.txt").orElse(examples) : examples;
        return new PromptPack.FewShot(template, examples, rephrased, stop, maxTokens);
    }

    private static PromptPack.Decompose decompose(PackSource source, boolean rephrasedExamples)
            throws PromptPackException {
        String configName = "decompose/decompose_template.json";
        JsonFields config = JsonFields.parse(required(source, configName), source.label(configName));
        int index = config.integer("index", 1);
        String examples = required(source, "decompose/decompose_prompt.txt");
        String rephrased = rephrasedExamples
                ? source.text("decompose/decompose_prompt_rephrased.txt").orElse(examples) : examples;
        return new PromptPack.Decompose(examples, rephrased, index, SUBQUESTION_MAX_TOKENS, SUBANSWER_MAX_TOKENS);
    }

    private static String rephrasingPrompt(PackSource source) throws PromptPackException {
        Optional<String> text = source.text("rephrasing_prompt_template.txt");
        return text.isPresent() ? text.get() : required(source, "rephrasing_prompt_template.txt.txt",
                "rephrasing_prompt_template.txt");
    }

    private static String required(PackSource source, String name) throws PromptPackException {
        return required(source, name, name);
    }

    private static String required(PackSource source, String name, String nameInMessage)
            throws PromptPackException {
        return source.text(name).orElseThrow(() -> new PromptPackException(source.where() + ": missing "
                + nameInMessage + ". " + LAYOUT + " Point to such a folder."));
    }
}
