package org.rstarworkbench.core.prompt;

import java.util.Objects;

/**
 * Everything the five actions need to talk to one kind of model about one kind of problem: per action the template,
 * few-shot examples, stop sequences and token limits, and the answer format used to vote on completions.
 *
 * <p>Packs are values. They come from a pack folder ({@code pack.json} plus example files), from the packs bundled
 * with the engine, or from a reference rStar {@code prompts/<DATASET>} folder (see {@link PromptPacks}).
 *
 * @param name         short name, e.g. {@code "gsm8k"}
 * @param description  one line for users
 * @param answerFormat the answer format's name: {@code numeric}, {@code math} or {@code yesno}
 * @param cot          few-shot chain of thought: A2 (remaining steps) and A4 (re-answer)
 * @param ost          few-shot one-step thought: A1
 * @param decompose    sub-question decomposition: A3
 * @param rephrase     question rephrasing into conditions: A5
 */
public record PromptPack(
        String name,
        String description,
        String answerFormat,
        FewShot cot,
        FewShot ost,
        Decompose decompose,
        Rephrase rephrase) {

    public PromptPack {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(answerFormat, "answerFormat");
        Objects.requireNonNull(cot, "cot");
        Objects.requireNonNull(ost, "ost");
        Objects.requireNonNull(decompose, "decompose");
        Objects.requireNonNull(rephrase, "rephrase");
    }

    /**
     * A few-shot prompt: {@code template} holds the placeholders {@code {examples}} and {@code {instruction}}.
     *
     * @param template          the prompt around the examples and the instruction
     * @param examples          the few-shot examples for the original question
     * @param examplesRephrased the few-shot examples used below an A5 rephrasing (may equal {@code examples})
     * @param stop              stop sequences
     * @param maxTokens         token limit of one completion
     */
    public record FewShot(String template, String examples, String examplesRephrased, java.util.List<String> stop,
                          int maxTokens) {
        public FewShot {
            Objects.requireNonNull(template, "template");
            Objects.requireNonNull(examples, "examples");
            Objects.requireNonNull(examplesRephrased, "examplesRephrased");
            stop = java.util.List.copyOf(stop);
        }

        /**
         * The template with its placeholders filled in, as Python's {@code str.format} would: {@code {examples}} and
         * {@code {instruction}} are replaced in one pass (braces inside the inserted text stay as they are) and
         * {@code {{}/{@code }}} become single braces. This is the prompt the reference sends for A2/A4 (cot) and,
         * before the steps so far, for A1 (ost).
         *
         * @param rephrased   whether the question is an A5 rephrasing (picks {@link #examplesRephrased()})
         * @param instruction the question, plus any hint the action appends; not null
         */
        public String render(boolean rephrased, String instruction) {
            Objects.requireNonNull(instruction, "instruction");
            return PromptTemplate.render(template, examplesFor(rephrased), instruction);
        }

        /** The few-shot examples for the original question or for one below an A5 rephrasing. */
        public String examplesFor(boolean rephrased) {
            return rephrased ? examplesRephrased : examples;
        }
    }

    /**
     * The decomposition prompt of A3: examples numbered {@code Question 1 … Question index-1}, the problem asked as
     * {@code Question index}, sub-questions {@code Question index.k} and answers {@code Answer index.k}.
     *
     * @param examples             few-shot decompositions for the original question
     * @param examplesRephrased    few-shot decompositions used below an A5 rephrasing
     * @param questionIndex        the number the problem gets after the examples
     * @param subquestionMaxTokens token limit when proposing a sub-question (reference: 128)
     * @param subanswerMaxTokens   token limit when answering one (reference: 512)
     */
    public record Decompose(String examples, String examplesRephrased, int questionIndex, int subquestionMaxTokens,
                            int subanswerMaxTokens) {
        public Decompose {
            Objects.requireNonNull(examples, "examples");
            Objects.requireNonNull(examplesRephrased, "examplesRephrased");
        }

        /** The few-shot decompositions for the original question or for one below an A5 rephrasing. */
        public String examplesFor(boolean rephrased) {
            return rephrased ? examplesRephrased : examples;
        }
    }

    /**
     * The rephrasing prompt of A5.
     *
     * @param examples  instructions and examples of {@code Original Question:} / {@code Rephrased Question:} pairs
     * @param prefix    the start of every rephrased question, given to the model and kept in its output
     * @param maxTokens token limit (reference: 512)
     */
    public record Rephrase(String examples, String prefix, int maxTokens) {
        public Rephrase {
            Objects.requireNonNull(examples, "examples");
            Objects.requireNonNull(prefix, "prefix");
        }
    }
}
