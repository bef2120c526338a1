package org.rstarworkbench.core.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.rstarworkbench.core.answer.AnswerGroup;
import org.rstarworkbench.core.answer.Vote;
import org.rstarworkbench.core.answer.Votes;
import org.rstarworkbench.core.model.Generation;
import org.rstarworkbench.core.model.GenerationRequest;
import org.rstarworkbench.core.model.ModelException;
import org.rstarworkbench.core.prompt.PromptPack;
import org.rstarworkbench.core.tree.Action;
import org.rstarworkbench.core.tree.NodeKind;
import org.rstarworkbench.core.tree.QuestionParts;
import org.rstarworkbench.core.tree.SearchNode;
import org.rstarworkbench.core.tree.SolutionTrace;

/**
 * The five reasoning actions (Qi et al., 2025, §3.1; the reference's {@code Generator}): each builds its prompts
 * from the pack and the path so far, makes its model calls and turns the completions into child nodes.
 *
 * <p>Model calls per expansion: A1 one, A2 one, A3 two (propose, then answer all proposals in one batch), A4 one,
 * A5 one. Prompts are built exactly as the reference builds them.
 */
final class ReasoningActions {

    private final SearchRun run;

    ReasoningActions(SearchRun run) {
        this.run = run;
    }

    /** Creates the children of {@code node}, action by action in contract order. */
    List<SearchNode> expand(SearchNode node) throws ModelException, InterruptedException {
        SearchConfig c = run.config;
        List<SearchNode> children = new ArrayList<>();
        for (Action action : Action.expanding(node.kind(), node.isFinalSubquestion(), c.a1Enabled(), c.a5Enabled())) {
            switch (action) {
                case A1_ONE_STEP_THOUGHT -> children.addAll(oneStepThoughts(node));
                case A2_REMAINING_STEPS -> children.add(directAnswer(node));
                case A3_SUBQUESTION -> children.addAll(subquestions(node));
                case A4_RE_ANSWER -> children.add(reAnswer(node));
                case A5_REPHRASE -> children.add(rephrase(node));
                default -> throw new IllegalStateException("unknown action " + action);
            }
        }
        return children;
    }

    /** A1: {@code a1Samples} one-line next steps. */
    private List<SearchNode> oneStepThoughts(SearchNode node) throws ModelException, InterruptedException {
        PromptPack.FewShot ost = run.pack.ost();
        SolutionTrace trace = SolutionTrace.of(node);
        boolean afterSubquestion = node.kind() == NodeKind.SUBQUESTION || node.kind() == NodeKind.RE_ANSWER;
        SolutionTrace.StepLines steps = afterSubquestion ? trace.subanswersAsStepLines() : trace.thoughtStepLines();
        String prompt = ost.render(node.isRephrased(), node.question()) + steps.text() + "Step " + steps.next() + ":";
        Generation g = single(node, Action.A1_ONE_STEP_THOUGHT, "propose one-step thoughts",
                request(prompt, run.config.a1Samples(), ost.maxTokens(), ost.stop()));
        List<SearchNode> children = new ArrayList<>();
        for (String text : g.texts()) {
            String step = text.strip();
            String answer = step.toLowerCase(Locale.ROOT).contains("answer is")
                    ? run.answers.extract(step).orElse(null) : null;
            children.add(child(node, NodeKind.THOUGHT, Action.A1_ONE_STEP_THOUGHT).setText(step).optAnswer(answer)
                    .build());
        }
        return children;
    }

    /** A2: {@code lastVotes} full solutions with the path so far as a hint; the majority one becomes the child. */
    private SearchNode directAnswer(SearchNode node) throws ModelException, InterruptedException {
        SolutionTrace trace = SolutionTrace.of(node);
        String hint = switch (node.kind()) {
            case QUESTION, REPHRASED -> null;
            case THOUGHT -> trace.thoughtHint();
            default -> trace.subquestionHint();
        };
        String instruction = hint == null ? node.question() : node.question() + "\n\n" + hint;
        Voted voted = fewShotAnswer(node, Action.A2_REMAINING_STEPS, "sample remaining steps", instruction,
                run.config.lastVotes());
        return child(node, NodeKind.DIRECT_ANSWER, Action.A2_REMAINING_STEPS).setText(voted.text)
                .optValue(voted.value).optAnswer(voted.answer).build();
    }

    /** A3: propose sub-questions, then answer them all in one batched call; each majority answer is a child. */
    private List<SearchNode> subquestions(SearchNode node) throws ModelException, InterruptedException {
        PromptPack.Decompose d = run.pack.decompose();
        SolutionTrace trace = SolutionTrace.of(node);
        int index = d.questionIndex();
        int next = trace.nextSubquestionNumber();
        String label = index + "." + next;
        String base = (node.isRephrased() ? d.examplesRephrased() : d.examples()) + "\n\n" + "Question " + index
                + ": " + node.question() + "\n" + trace.subquestionLines(index);
        List<String> proposeStop = List.of("\n", "\n\n", "Answer", "Answer ", "Answer " + label,
                "Answer " + label + ":", "Answer " + label + ": ");
        Generation proposals = single(node, Action.A3_SUBQUESTION, "propose sub-questions",
                request(base + "Question " + label + ":", run.config.subquestions(), d.subquestionMaxTokens(),
                        proposeStop));
        List<String> subquestions = proposals.texts().stream().map(String::strip).toList();

        List<String> answerStop = List.of("\n", "\n\n", "Question " + index + "." + (next + 1));
        List<GenerationRequest> answerRequests = new ArrayList<>();
        boolean lastIsFinal = QuestionParts.isFinalSubquestion(subquestions.get(subquestions.size() - 1),
                node.question());
        for (String subquestion : subquestions) {
            boolean isFinal = run.config.referenceParity() ? lastIsFinal
                    : QuestionParts.isFinalSubquestion(subquestion, node.question());
            String prompt = base + "Question " + label + ": " + subquestion + "\n" + "Answer " + label + ":";
            answerRequests.add(request(prompt, isFinal ? run.config.lastVotes() : run.config.votes(),
                    d.subanswerMaxTokens(), answerStop));
        }
        List<Generation> answers = run.call(node, Action.A3_SUBQUESTION, "answer sub-questions", answerRequests);
        List<SearchNode> children = new ArrayList<>();
        for (int i = 0; i < subquestions.size(); i++) {
            Voted voted = vote(answers.get(i).texts());
            // The reference gives an unanswerable sub-question a small positive value instead of 0.
            double value = voted.value > 0 ? voted.value : 0.01;
            children.add(child(node, NodeKind.SUBQUESTION, Action.A3_SUBQUESTION).setText(subquestions.get(i))
                    .optSubanswer(voted.text).optValue(value).optAnswer(voted.answer)
                    .optFinalSubquestion(QuestionParts.isFinalSubquestion(subquestions.get(i), node.question()))
                    .build());
        }
        return children;
    }

    /** A4: answer the last sub-question again with a full few-shot solution. */
    private SearchNode reAnswer(SearchNode node) throws ModelException, InterruptedException {
        String context = QuestionParts.of(node.question()).context();
        String last = SolutionTrace.of(node).lastSubquestion();
        String question = node.isRephrased() ? context + " Question: " + last : context + " " + last;
        Voted voted = fewShotAnswer(node, Action.A4_RE_ANSWER, "re-answer the last sub-question", question,
                run.config.votes());
        return child(node, NodeKind.RE_ANSWER, Action.A4_RE_ANSWER).setText(voted.text).optValue(voted.value)
                .optAnswer(voted.answer).build();
    }

    /** A5: rewrite the question as a list of conditions. */
    private SearchNode rephrase(SearchNode node) throws ModelException, InterruptedException {
        PromptPack.Rephrase r = run.pack.rephrase();
        String prompt = r.examples() + "\n\n" + "Original Question: " + node.question() + "\n"
                + "Rephrased Question: " + r.prefix();
        Generation g = single(node, Action.A5_REPHRASE, "rephrase the question",
                request(prompt, 1, r.maxTokens(), List.of("\n", "\n\n")));
        return child(node, NodeKind.REPHRASED, Action.A5_REPHRASE).setText(r.prefix() + g.texts().get(0)).build();
    }

    private Voted fewShotAnswer(SearchNode node, Action action, String purpose, String instruction, int n)
            throws ModelException, InterruptedException {
        PromptPack.FewShot cot = run.pack.cot();
        Generation g = single(node, action, purpose,
                request(cot.render(node.isRephrased(), instruction), n, cot.maxTokens(), cot.stop()));
        return vote(g.texts());
    }

    /**
     * The majority completion of a sampled set and its confidence: the largest group of equivalent answers over
     * all samples; a single sample has confidence 1 (as the reference).
     */
    private Voted vote(List<String> rawTexts) {
        List<String> texts = rawTexts.stream().map(String::strip).toList();
        Vote vote = Votes.tally(run.answers, texts);
        double confidence = texts.size() == 1 ? 1.0 : vote.confidence();
        String answer = vote.majority().map(AnswerGroup::answer).orElse(null);
        return new Voted(texts.get(vote.representative()), confidence, answer);
    }

    private Generation single(SearchNode node, Action action, String purpose, GenerationRequest request)
            throws ModelException, InterruptedException {
        return run.call(node, action, purpose, List.of(request)).get(0);
    }

    private GenerationRequest request(String prompt, int n, int maxTokens, List<String> stop) {
        return new GenerationRequest(prompt, n, maxTokens, stop, run.config.sampling());
    }

    private SearchNode.Builder child(SearchNode parent, NodeKind kind, Action action) {
        return run.node(kind).setParent(parent, action).optCreatedByCall(run.nextCallIndex() - 1);
    }

    private record Voted(String text, double value, String answer) {
    }
}
