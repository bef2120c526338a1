package org.rstarworkbench.app.cli;

import org.rstarworkbench.core.model.Sampling;
import org.rstarworkbench.core.search.SearchConfig;

import picocli.CommandLine.Option;

/** The search settings; defaults are the reference's. */
final class SearchOptions {

    @Option(names = "--rollouts", paramLabel = "N", defaultValue = "16",
            description = "MCTS rollouts (default: ${DEFAULT-VALUE}).")
    int rollouts;

    @Option(names = "--max-depth", paramLabel = "N", defaultValue = "5",
            description = "Depth limit of the tree (default: ${DEFAULT-VALUE}).")
    int maxDepth;

    @Option(names = "--exploration-weight", paramLabel = "C", defaultValue = "2.0",
            description = "c in UCT = Q/N + c*sqrt(ln N_parent / N) (default: ${DEFAULT-VALUE}).")
    double explorationWeight;

    @Option(names = "--weight-schedule", paramLabel = "S", defaultValue = "constant",
            description = "How c changes over rollouts: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    SearchConfig.WeightSchedule weightSchedule;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
            description = "Seed of the search and of every sampling request (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--no-a1", description = "Disable A1 (one-step thought).")
    boolean noA1;

    @Option(names = "--no-a5", description = "Disable A5 (rephrase the question).")
    boolean noA5;

    @Option(names = "--a1-samples", paramLabel = "N", defaultValue = "3",
            description = "Thoughts proposed per A1 (default: ${DEFAULT-VALUE}).")
    int a1Samples;

    @Option(names = "--subquestions", paramLabel = "N", defaultValue = "3",
            description = "Sub-questions proposed per A3 (default: ${DEFAULT-VALUE}).")
    int subquestions;

    @Option(names = "--votes", paramLabel = "N", defaultValue = "10",
            description = "Samples per sub-answer and per A4 re-answer (default: ${DEFAULT-VALUE}).")
    int votes;

    @Option(names = "--last-votes", paramLabel = "N", defaultValue = "32",
            description = "Samples per A2 direct answer and per final sub-answer (default: ${DEFAULT-VALUE}).")
    int lastVotes;

    @Option(names = "--temperature", paramLabel = "T", defaultValue = "0.8",
            description = "Sampling temperature (default: ${DEFAULT-VALUE}).")
    double temperature;

    @Option(names = "--top-p", paramLabel = "P", defaultValue = "0.95",
            description = "Nucleus sampling mass (default: ${DEFAULT-VALUE}).")
    double topP;

    @Option(names = "--top-k", paramLabel = "K", defaultValue = "40",
            description = "Top-k sampling, 0 for off (default: ${DEFAULT-VALUE}).")
    int topK;

    @Option(names = "--reference-parity",
            description = "Reproduce the reference implementation's quirks exactly (see docs/parity.md).")
    boolean referenceParity;

    /** The settings, validated: every problem named with its option. */
    SearchConfig config() {
        if (!(temperature >= 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("--temperature must be a finite number >= 0, was " + temperature);
        }
        if (!(topP > 0 && topP <= 1)) {
            throw new IllegalArgumentException("--top-p must be in (0, 1], was " + topP);
        }
        SearchConfig config = new SearchConfig(rollouts, maxDepth, explorationWeight, weightSchedule, !noA1, !noA5,
                a1Samples, subquestions, votes, lastVotes, new Sampling(temperature, topP, topK, null), seed,
                referenceParity);
        var problems = config.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.stream().map(SearchOptions::asOption)
                    .reduce((a, b) -> a + "; " + b).orElseThrow());
        }
        return config;
    }

    /** "maxDepth must be …" → "--max-depth must be …". */
    static String asOption(String problem) {
        int space = problem.indexOf(' ');
        String field = space < 0 ? problem : problem.substring(0, space);
        String option = "--" + field.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
        return option + (space < 0 ? "" : problem.substring(space));
    }
}
