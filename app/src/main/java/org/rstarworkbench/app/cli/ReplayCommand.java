package org.rstarworkbench.app.cli;

import java.util.concurrent.Callable;

import org.rstarworkbench.app.store.Recording;
import org.rstarworkbench.app.store.RunStore;
import org.rstarworkbench.app.store.RunSummary;
import org.rstarworkbench.core.event.ModelCalled;
import org.rstarworkbench.core.model.LanguageModel;
import org.rstarworkbench.discriminator.event.Verdict;
import org.rstarworkbench.core.prompt.PromptPack;
import org.rstarworkbench.core.prompt.PromptPacks;
import org.rstarworkbench.core.search.RStar;
import org.rstarworkbench.core.search.SearchResult;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rstar replay ID} runs a stored run again from its recorded model answers, with no model, and checks that
 * every event comes out as stored; {@code rstar resume ID} continues a killed, failed or cancelled run, taking what
 * was recorded from the store and asking the live model only for the rest.
 */
final class ReplayCommand {

    private ReplayCommand() {
    }

    /** {@code rstar replay}. */
    @Command(name = "replay", mixinStandardHelpOptions = true,
            description = "Run a stored run again from its recorded answers (no model needed) and check that every "
                    + "event matches the recording.")
    static final class Replay implements Callable<Integer> {
        @Parameters(paramLabel = "ID") long id;
        @Option(names = "--pack", paramLabel = "PACK",
                description = "The run's prompt pack, when it was given by a path (default: the recorded name).")
        String pack;
        @Mixin PeerOptions peer;
        @Mixin StoreOptions store;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (RunStore runs = store.open(true)) {
                Recording rec = Recording.replay(runs, id);
                LanguageModel judgeModel = wasJudged(runs, id) ? rec.peer(null) : null;
                SearchResult result = search(rec, pack, judgeModel == null ? null : peer.judge(judgeModel));
                RunReport.print(spec.commandLine().getOut(), rec.problem(), result, rec.config(),
                        rec.started().generator() + " (replayed)", rec.started().pack(), 0);
                spec.commandLine().getOut().println("Replayed run " + id + ": every event matches the recording.");
            }
            return 0;
        }
    }

    /** {@code rstar resume}. */
    @Command(name = "resume", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Continue a killed, failed or cancelled run: recorded answers come from the store, the "
                    + "live model answers the rest. The final result is the one an uninterrupted run would give.")
    static final class Resume implements Callable<Integer> {
        @Parameters(paramLabel = "ID") long id;
        @Mixin ModelOptions models;
        @Mixin PeerOptions peer;
        @Option(names = "--pack", paramLabel = "PACK",
                description = "The run's prompt pack, when it was given by a path (default: the recorded name).")
        String pack;
        @Mixin StoreOptions store;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (RunStore runs = store.open(); LanguageModel live = models.open()) {
                RunSummary run = runs.run(id);
                Recording rec = Recording.resume(runs, id, live);
                LanguageModel peerLive = peer.open(models, live);
                try {
                    boolean judged = run.peerModel() != null || wasJudged(runs, id);
                    LanguageModel judgeModel = judged && !peer.noPeer ? rec.peer(peerLive) : null;
                    long start = System.nanoTime();
                    SearchResult result = search(rec, pack, judgeModel == null ? null : peer.judge(judgeModel));
                    RunReport.print(spec.commandLine().getOut(), rec.problem(), result, rec.config(),
                            live.id(), rec.started().pack(), (System.nanoTime() - start) / 1_000_000);
                    var stats = rec.model().stats();
                    spec.commandLine().getOut().println("Resumed run " + id + ": " + stats.hits()
                            + " generator answers from the store, " + stats.liveCalls() + " calls to the live model");
                } finally {
                    if (peerLive != live) {
                        peerLive.close();
                    }
                }
            }
            return 0;
        }
    }

    /** Whether the recorded run had a judge: a verdict, or a judge's model call, is among its events. */
    static boolean wasJudged(RunStore runs, long id) throws Exception {
        return runs.events(id).stream().anyMatch(e -> e instanceof Verdict
                || (e instanceof ModelCalled call && call.action() == null));
    }

    static SearchResult search(Recording rec, String packSpec, org.rstarworkbench.core.search.CandidateJudge judge)
            throws Exception {
        String spec = packSpec != null ? packSpec : rec.started().pack();
        PromptPack pack;
        try {
            pack = PromptPacks.resolve(spec);
        } catch (org.rstarworkbench.core.prompt.PromptPackException e) {
            throw new IllegalArgumentException("the run used the prompt pack \"" + rec.started().pack()
                    + "\", which is not bundled; give its folder with --pack (" + e.getMessage() + ")", e);
        }
        RStar rstar = RStar.builder().setModel(rec.model()).setPack(pack).optConfig(rec.config()).optJudge(judge)
                .build();
        return rstar.search(rec.problem(), rec.recorder());
    }
}
