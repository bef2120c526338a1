package org.rstarworkbench.app.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

import org.rstarworkbench.core.model.Generation;
import org.rstarworkbench.core.model.GenerationRequest;
import org.rstarworkbench.core.model.LanguageModel;
import org.rstarworkbench.core.model.ModelException;
import org.rstarworkbench.core.search.SearchResult;

/**
 * The child process of {@link KillResumeTest}: records a slowed search in a store, or resumes the one it finds
 * there, until it finishes or is killed. Arguments: store file, log of sent requests, seed, milliseconds per call.
 */
public final class KillableRunMain {

    static final String RUN_NAME = "kill-test";

    private KillableRunMain() {
    }

    public static void main(String[] args) throws Exception {
        Path storeFile = Path.of(args[0]);
        Path sentLog = Path.of(args[1]);
        long seed = Long.parseLong(args[2]);
        int millisPerCall = Integer.parseInt(args[3]);
        try (RunStore store = RunStore.open(storeFile)) {
            recordOrResume(store, new LoggingModel(StoreFixtures.scripted(), sentLog, millisPerCall), seed);
        }
    }

    /** Starts the run, or resumes it when the store has it; null when it had finished already. */
    static SearchResult recordOrResume(RunStore store, LanguageModel live, long seed) throws Exception {
        Optional<RunSummary> run = store.listRuns().stream().filter(r -> RUN_NAME.equals(r.name())).findFirst();
        if (run.isEmpty()) {
            Recording rec = Recording.start(store, live, RUN_NAME, null);
            return StoreFixtures.rstar(rec.model(), StoreFixtures.config(seed)).search(StoreFixtures.PROBLEM,
                    rec.recorder());
        }
        if (run.get().status() == RunStatus.FINISHED) {
            return null;
        }
        Recording rec = Recording.resume(store, run.get().id(), live);
        return StoreFixtures.rstar(rec.model(), rec.config()).search(rec.problem(), rec.recorder());
    }

    /** Writes each request's cache key to a log before sending it, then waits: a model that takes its time. */
    static final class LoggingModel implements LanguageModel {
        private final LanguageModel delegate;
        private final Path log;
        private final int millis;

        LoggingModel(LanguageModel delegate, Path log, int millis) {
            this.delegate = delegate;
            this.log = log;
            this.millis = millis;
        }

        @Override
        public String id() {
            return delegate.id();
        }

        @Override
        public List<Generation> generate(List<GenerationRequest> requests) throws ModelException,
                InterruptedException {
            StringBuilder keys = new StringBuilder();
            requests.forEach(r -> keys.append(CachingModel.key(delegate.id(), r)).append('\n'));
            try {
                Files.writeString(log, keys, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new ModelException("cannot log a request: " + e, e);
            }
            Thread.sleep(millis);
            return delegate.generate(requests);
        }
    }
}
