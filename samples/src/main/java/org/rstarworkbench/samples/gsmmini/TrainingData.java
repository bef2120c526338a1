package org.rstarworkbench.samples.gsmmini;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.rstarworkbench.core.answer.AnswerFormat;
import org.rstarworkbench.core.event.ModelCalled;
import org.rstarworkbench.core.model.Completion;
import org.rstarworkbench.core.model.Generation;
import org.rstarworkbench.core.model.ModelException;
import org.rstarworkbench.core.prompt.PromptPack;
import org.rstarworkbench.core.prompt.PromptPackException;
import org.rstarworkbench.core.prompt.PromptPacks;
import org.rstarworkbench.core.search.RStar;
import org.rstarworkbench.core.search.SearchConfig;
import org.rstarworkbench.core.search.SearchResult;
import org.rstarworkbench.core.tree.Action;

/**
 * The tiny models' training data: every GSM-mini solution rendered in every action format of the tiny pack, by
 * running the real engine.
 *
 * <p>For each problem the engine searches with {@link GsmMiniOracle} as its generator, so every prompt is built
 * exactly as the engine builds it on the paths a search really takes (rephrased questions, hints, re-answers and the
 * engine's step numbering included), and every completion is correct. Each model call becomes pairs tagged with its
 * action ({@link #A1} … {@link #A5}); each candidate trajectory of the search becomes {@link #PEER} pairs: the
 * {@code cot} prompt of the question plus a prefix of the written-out trajectory, and the rest of it. Completions
 * end with the newline that stops generation. Pairs are deduplicated per problem; a pair whose stated answer is
 * not the gold answer is dropped (none are: the oracle is correct by construction).
 *
 * <p>Deterministic: the same seed gives the same pairs in the same order. Thread-safe: stateless.
 */
public final class TrainingData {

    // The task tags of TrainingPair#task(): one per action format, A3 split in its two calls, and the peer's.
    public static final String A1 = "A1";
    public static final String A2 = "A2";
    public static final String A3_PROPOSE = "A3-propose";
    public static final String A3_ANSWER = "A3-answer";
    public static final String A4 = "A4";
    public static final String A5 = "A5";
    public static final String PEER = "peer";
    /** Every task, in action order. */
    public static final List<String> TASKS = List.of(A1, A2, A3_PROPOSE, A3_ANSWER, A4, A5, PEER);

    /** The name of the prompt pack the pairs are written for. */
    public static final String PACK = "tiny";

    /** Rollouts of each problem's search. */
    public static final int ROLLOUTS = 16;

    private static final long RUN_STREAM = 0x2A2A_5EEDL;
    private static final Pattern SUBANSWER_PROMPT = Pattern.compile("Answer \\d+\\.\\d+:$");
    private static final ObjectMapper JSON = new ObjectMapper();

    private TrainingData() {
    }

    /** The tiny prompt pack. */
    public static PromptPack pack() {
        try {
            return PromptPacks.bundled(PACK);
        } catch (PromptPackException e) {
            throw new IllegalStateException("the bundled \"" + PACK + "\" prompt pack cannot be loaded; the engine's "
                    + "jar is incomplete. Rebuild it. (" + e.getMessage() + ")", e);
        }
    }

    /** The pairs of {@code problems} training problems drawn from {@code seed} ({@link GsmMini#train}). */
    public static List<TrainingPair> pairs(long seed, int problems) {
        return stream(seed, problems).toList();
    }

    /**
     * The pairs of {@code problems} training problems drawn from {@code seed}, computed problem by problem as the
     * stream is read.
     */
    public static Stream<TrainingPair> stream(long seed, int problems) {
        List<WordProblem> drawn = GsmMini.train(seed, problems);
        PromptPack pack = pack();
        SplittableRandom runSeeds = new SplittableRandom(seed ^ RUN_STREAM);
        long[] seeds = runSeeds.longs(drawn.size()).toArray();
        return Stream.iterate(0, i -> i < drawn.size(), i -> i + 1)
                .flatMap(i -> pairsOf(pack, drawn.get(i), seeds[i]).stream());
    }

    /** The pairs of one problem, from one search seeded with {@code runSeed}. */
    public static List<TrainingPair> pairsOf(WordProblem problem, long runSeed) {
        return pairsOf(pack(), problem, runSeed);
    }

    /**
     * The pairs of one problem in the formats of {@code pack} (which must be laid out like the tiny pack; see
     * {@link GsmMiniOracle}).
     *
     * @throws CancellationException when the thread is interrupted (its interrupt flag is set again)
     */
    public static List<TrainingPair> pairsOf(PromptPack pack, WordProblem problem, long runSeed) {
        RStar rstar = RStar.builder().setModel(GsmMiniOracle.of(pack, List.of(problem)).model()).setPack(pack)
                .optConfig(searchConfig(runSeed)).build();
        List<ModelCalled> calls = new ArrayList<>();
        SearchResult result;
        try {
            result = rstar.search(problem.problem(), e -> {
                if (e instanceof ModelCalled call) {
                    calls.add(call);
                }
            });
        } catch (ModelException e) {
            throw new IllegalStateException("the oracle failed on " + problem.id() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while making the pairs of " + problem.id());
        }
        Set<TrainingPair> pairs = new LinkedHashSet<>();
        for (ModelCalled call : calls) {
            for (Generation g : call.generations()) {
                for (Completion c : g.completions()) {
                    pairs.add(new TrainingPair(task(call.action(), g.request().prompt()), g.request().prompt(),
                            c.text() + "\n"));
                }
            }
        }
        for (SearchResult.Candidate candidate : result.candidates()) {
            pairs.addAll(PeerPrefixes.pairs(pack, problem.question(), PeerPrefixes.flatten(candidate.node())));
        }
        String gold = Long.toString(problem.answer());
        return pairs.stream().filter(p -> isCorrect(p, gold)).toList();
    }

    /**
     * The search settings of the runs: the defaults with {@value #ROLLOUTS} rollouts and one sample per request,
     * since every sample of the oracle is the same; one sample also makes each action as likely as the others in
     * the simulations, so the runs cover all of them.
     */
    public static SearchConfig searchConfig(long runSeed) {
        return SearchConfig.defaults().withRollouts(ROLLOUTS).withSamples(1, 1, 1, 1).withSeed(runSeed);
    }

    /** Writes pairs as JSON Lines: one {@code {"task", "prompt", "completion"}} object a line, UTF-8. */
    public static void writeJsonl(Path file, Collection<TrainingPair> pairs) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (TrainingPair p : pairs) {
                ObjectNode line = JSON.createObjectNode().put("task", p.task()).put("prompt", p.prompt())
                        .put("completion", p.completion());
                out.write(JSON.writeValueAsString(line));
                out.write('\n');
            }
        }
    }

    /**
     * Reads pairs written by {@link #writeJsonl}; blank lines are skipped.
     *
     * @throws IOException naming the file and line when a line is not such an object
     */
    public static List<TrainingPair> readJsonl(Path file) throws IOException {
        List<TrainingPair> pairs = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    pairs.add(parse(file, number, line));
                }
            }
        }
        return pairs;
    }

    private static TrainingPair parse(Path file, int number, String line) throws IOException {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IOException(file + ":" + number + ": malformed JSON: " + e.getOriginalMessage(), e);
        }
        for (String field : List.of("task", "prompt", "completion")) {
            if (node == null || !node.path(field).isTextual()) {
                throw new IOException(file + ":" + number + ": the field \"" + field + "\" is missing or not a "
                        + "string; each line must be {\"task\": …, \"prompt\": …, \"completion\": …}");
            }
        }
        return new TrainingPair(node.get("task").asText(), node.get("prompt").asText(),
                node.get("completion").asText());
    }

    private static String task(Action action, String prompt) {
        return switch (action) {
            case A1_ONE_STEP_THOUGHT -> A1;
            case A2_REMAINING_STEPS -> A2;
            case A3_SUBQUESTION -> SUBANSWER_PROMPT.matcher(prompt).find() ? A3_ANSWER : A3_PROPOSE;
            case A4_RE_ANSWER -> A4;
            case A5_REPHRASE -> A5;
        };
    }

    /** Full solutions and peer completions must state the gold answer; the other formats answer a part. */
    private static boolean isCorrect(TrainingPair pair, String gold) {
        return switch (pair.task()) {
            case A2 -> stated(pair.completion()).equals(gold);
            case PEER -> stated(pair.prompt().substring(pair.prompt().lastIndexOf("\n") + 1) + pair.completion())
                    .equals(gold);
            default -> true;
        };
    }

    private static String stated(String text) {
        return AnswerFormat.NUMERIC.extract(text).orElse("");
    }
}
