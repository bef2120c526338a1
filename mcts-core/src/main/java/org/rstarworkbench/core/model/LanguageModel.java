package org.rstarworkbench.core.model;

import java.util.List;

/**
 * A source of text completions: an OpenAI-compatible server, an in-process model, a recording or a script.
 *
 * <p>One call of {@link #generate(List)} is one <em>model call</em> in rStar's accounting (the reference counts
 * one call per {@code IO_System.generate}), however many prompts it carries.
 *
 * <p>Threading: implementations are safe to call from several threads at once.
 */
public interface LanguageModel extends AutoCloseable {

    /** A short name of the model for logs, events and the store, e.g. {@code "mistral-7b@http://localhost:8000/v1"}. */
    String id();

    /**
     * Completes every request.
     *
     * @param requests the prompts to complete, never null; may be empty
     * @return one generation per request, in request order, each with exactly {@code n} completions
     * @throws ModelException       when the model cannot answer (after the backend's own retries)
     * @throws InterruptedException when the calling thread is interrupted while waiting
     */
    List<Generation> generate(List<GenerationRequest> requests) throws ModelException, InterruptedException;

    /** Releases connections, threads or native memory. The default does nothing. */
    @Override
    default void close() {
    }
}
