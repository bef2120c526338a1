package org.rstarworkbench.samples.gsmmini;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rstarworkbench.core.model.ScriptedModel;
import org.rstarworkbench.core.prompt.PromptPack;
import org.rstarworkbench.core.tree.QuestionParts;

/**
 * A scripted generator that knows the solutions of a set of GSM-mini problems and answers every action's prompt
 * correctly, in the formats of a prompt pack laid out like the tiny pack (zero-shot {@code cot} and {@code ost}
 * templates with the question on one line). It is how the training data are made: the real engine runs with this
 * script, and what it was asked and answered becomes the tiny models' lessons.
 *
 * <p>The prompt's last line tells the action, as the engine builds it: {@code "Step k:"} is A1, {@code "Question
 * i.k:"} A3 proposing, {@code "Answer i.k:"} A3 answering, the rephrase prefix A5, and the end of the {@code cot}
 * template A2 (the instruction is the question, perhaps with a hint) or A4 (the instruction is the question's
 * context and a sub-question). The problem is found by the question text in the prompt. Where the path so far has
 * got is read from the prompt too: the last step line's sentence, or the number of answered sub-questions.
 * Every completion ends with a newline, the tiny pack's stop sequence.
 *
 * <p>Thread-safe: immutable after construction.
 */
public final class GsmMiniOracle implements ScriptedModel.Script {

    /** The id of the oracle's {@link ScriptedModel}. */
    public static final String MODEL_ID = "gsm-mini-oracle";

    private static final Pattern STEP = Pattern.compile("Step (\\d+):$");
    private static final Pattern STEP_LINE = Pattern.compile("^Step \\d+: (.*)$");
    private static final Pattern SUBQUESTION = Pattern.compile("Question (\\d+)\\.(\\d+):$");
    private static final Pattern SUBANSWER = Pattern.compile("Answer (\\d+)\\.(\\d+):$");
    private static final String MARK = "\u0000";
    private static final String ORIGINAL = "Original Question: ";
    private static final String REPHRASED = "\nRephrased Question: ";

    private final PromptPack pack;
    private final String cotHead;
    private final String cotTail;
    private final String ostHead;
    private final Map<String, WordProblem> byQuestion = new HashMap<>();
    private final Map<String, Target> byReAnswer = new HashMap<>();

    private record Target(WordProblem problem, int subquestion) {
    }

    private GsmMiniOracle(PromptPack pack, Collection<WordProblem> problems) {
        this.pack = Objects.requireNonNull(pack, "pack");
        String cot = pack.cot().render(false, MARK);
        this.cotHead = cot.substring(0, cot.indexOf(MARK));
        this.cotTail = cot.substring(cot.indexOf(MARK) + 1);
        String ost = pack.ost().render(false, MARK);
        this.ostHead = ost.substring(0, ost.indexOf(MARK));
        for (WordProblem p : problems) {
            byQuestion.put(p.question(), p);
            byQuestion.put(p.rephrased(), p);
            String context = QuestionParts.of(p.question()).context();
            String rephrasedContext = QuestionParts.of(p.rephrased()).context();
            for (int k = 1; k < p.operations(); k++) {
                byReAnswer.put(context + " " + p.subquestion(k), new Target(p, k));
                byReAnswer.put(rephrasedContext + " Question: " + p.subquestion(k), new Target(p, k));
            }
        }
    }

    /**
     * An oracle for {@code problems} speaking the formats of {@code pack}.
     *
     * @throws IllegalArgumentException when the pack's rephrase prefix is not the start of a GSM-mini rephrasing
     */
    public static GsmMiniOracle of(PromptPack pack, Collection<WordProblem> problems) {
        if (!"Condition 1: ".startsWith(pack.rephrase().prefix())) {
            throw new IllegalArgumentException("the pack " + pack.name() + " rephrases with the prefix \""
                    + pack.rephrase().prefix() + "\"; the oracle writes conditions as \"Condition 1: …\". Use the "
                    + "tiny pack.");
        }
        return new GsmMiniOracle(pack, List.copyOf(problems));
    }

    /** The oracle as a language model. */
    public ScriptedModel model() {
        return new ScriptedModel(MODEL_ID, this);
    }

    /**
     * The correct completion of {@code prompt}; every sample is the same.
     *
     * @throws IllegalArgumentException when the prompt is not an action prompt about a known problem
     */
    @Override
    public String complete(String prompt, int sampleIndex) {
        String[] lines = prompt.split("\n", -1);
        String last = lines[lines.length - 1];
        Matcher m;
        if (prompt.endsWith(REPHRASED + pack.rephrase().prefix()) && prompt.contains(ORIGINAL)) {
            int from = prompt.lastIndexOf(ORIGINAL) + ORIGINAL.length();
            WordProblem p = find(prompt.substring(from, prompt.lastIndexOf(REPHRASED)), prompt);
            return p.rephrased().substring(pack.rephrase().prefix().length()) + "\n";
        }
        if (STEP.matcher(last).find()) {
            return nextStep(lines, prompt);
        }
        if ((m = SUBQUESTION.matcher(last)).find()) {
            WordProblem p = find(lineAfter(lines, "Question " + m.group(1) + ": ", prompt), prompt);
            int answered = count(lines, "Answer " + m.group(1) + ".");
            return " " + p.subquestion(Math.min(answered + 1, p.operations())) + "\n";
        }
        if ((m = SUBANSWER.matcher(last)).find()) {
            WordProblem p = find(lineAfter(lines, "Question " + m.group(1) + ": ", prompt), prompt);
            String asked = lines[lines.length - 2];
            String subquestion = asked.substring(asked.indexOf(": ") + 2);
            return " " + p.subanswer(subquestionNumber(p, subquestion, Integer.parseInt(m.group(2)))) + "\n";
        }
        if (prompt.endsWith(cotTail) && prompt.contains(cotHead)) {
            String instruction = prompt.substring(prompt.indexOf(cotHead) + cotHead.length(),
                    prompt.length() - cotTail.length());
            Target reAnswer = byReAnswer.get(instruction);
            if (reAnswer != null) {
                return reAnswer.problem().solutionThrough(reAnswer.subquestion()) + "\n";
            }
            int hint = instruction.indexOf("\n\n");
            return find(hint < 0 ? instruction : instruction.substring(0, hint), prompt).solution() + "\n";
        }
        throw new IllegalArgumentException("not a prompt of the " + pack.name() + " pack's actions: "
                + abbreviate(prompt));
    }

    /** A1: the step after the last step line, with the answer when it is the last step. */
    private String nextStep(String[] lines, String prompt) {
        WordProblem p = find(lineAfter(lines, ostHead, prompt), prompt);
        String lastStep = null;
        int stepLines = 0;
        for (String line : lines) {
            Matcher m = STEP_LINE.matcher(line);
            if (m.find()) {
                lastStep = m.group(1);
                stepLines++;
            }
        }
        int done = lastStep == null ? 0 : stepsStated(p, lastStep, stepLines);
        long answer = p.answer();
        if (done >= p.operations()) {
            return " " + WordProblem.answerClause(answer) + "\n";
        }
        String sentence = p.steps().get(done).sentence();
        return done + 1 == p.operations() ? " " + sentence + " " + WordProblem.answerClause(answer) + "\n"
                : " " + sentence + "\n";
    }

    /**
     * How many steps a path has done, read from its last step line: a line may hold several step sentences (a
     * re-answer written as a step), so the latest sentence it holds counts; a line stating the answer means all.
     */
    private static int stepsStated(WordProblem p, String lastStep, int fallback) {
        if (lastStep.contains(WordProblem.ANSWER_CLAUSE)) {
            return p.operations();
        }
        for (int k = p.operations(); k >= 1; k--) {
            if (lastStep.contains(p.steps().get(k - 1).sentence())) {
                return k;
            }
        }
        return Math.min(fallback, p.operations());
    }

    private static int subquestionNumber(WordProblem p, String subquestion, int fallback) {
        for (int k = 1; k <= p.operations(); k++) {
            if (p.subquestion(k).equals(subquestion)) {
                return k;
            }
        }
        return Math.min(fallback, p.operations());
    }

    private WordProblem find(String question, String prompt) {
        WordProblem p = byQuestion.get(question);
        if (p == null) {
            throw new IllegalArgumentException("the oracle knows no GSM-mini problem \"" + abbreviate(question)
                    + "\" (prompt: " + abbreviate(prompt) + ")");
        }
        return p;
    }

    private static String lineAfter(String[] lines, String head, String prompt) {
        for (String line : lines) {
            if (line.startsWith(head)) {
                return line.substring(head.length());
            }
        }
        throw new IllegalArgumentException("no line starting with \"" + head + "\" in the prompt "
                + abbreviate(prompt));
    }

    private static int count(String[] lines, String head) {
        int n = 0;
        for (String line : lines) {
            if (line.startsWith(head)) {
                n++;
            }
        }
        return n;
    }

    private static String abbreviate(String text) {
        String flat = text.replace("\n", "\\n");
        return flat.length() <= 160 ? flat : flat.substring(0, 157) + "...";
    }
}
