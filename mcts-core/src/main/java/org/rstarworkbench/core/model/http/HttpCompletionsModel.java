package org.rstarworkbench.core.model.http;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.rstarworkbench.core.model.Generation;
import org.rstarworkbench.core.model.GenerationRequest;
import org.rstarworkbench.core.model.LanguageModel;
import org.rstarworkbench.core.model.ModelException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link LanguageModel} served by one or more OpenAI-compatible {@code /v1/completions} endpoints: vLLM,
 * llama.cpp server, Ollama, LM Studio, TGI.
 *
 * <pre>{@code
 * try (LanguageModel model = HttpCompletionsModel.builder()
 *         .setBaseUrl("http://localhost:8000/v1")
 *         .setModel("mistralai/Mistral-7B-v0.1")
 *         .build()) {
 *     List<Generation> generations = model.generate(requests);
 * }
 * }</pre>
 *
 * <p>Each {@link GenerationRequest} of a {@link #generate(List)} call becomes one HTTP request, and all of them are
 * sent at once, at most {@link Builder#optMaxConcurrentRequests(int)} in flight per model (over all callers; a
 * request waiting out a retry backoff keeps its place, which eases the load on a struggling server). A
 * server that returns fewer choices than {@code n} (some cap {@code n}) is asked again for the rest; when the request
 * has a seed, a follow-up for samples from index {@code k} on uses {@code seed + k} so it does not repeat the samples
 * it already has. With several base URLs, each request goes to the least busy endpoint (ties round-robin), and an
 * endpoint whose connection failed is avoided for a while. Failures are retried as described on {@link Builder}.
 *
 * <p>Token counts: servers report one {@code usage.completion_tokens} total per reply, so each completion gets a share
 * of it in proportion to its text length (the shares add up to the total); where a server reports no usage, a
 * completion is estimated at one token per four characters, at least 1. Prompt tokens are taken from the first reply.
 *
 * <p>The API key is read once, when the model is built, from the environment variable named by
 * {@link Builder#optApiKeyEnv(String)}; it is sent as a bearer token and never logged or put in a message.
 *
 * <p>Threading: safe to call from several threads at once. {@link #close()} stops the worker threads; a
 * {@code generate} call after that throws {@link IllegalStateException}.
 */
public final class HttpCompletionsModel implements LanguageModel {

    private static final Logger LOG = LoggerFactory.getLogger(HttpCompletionsModel.class);

    private final String id;
    private final int maxConcurrentRequests;
    private final CompletionsClient client;
    private final ExecutorService workers;

    private record Indexed(int index, Generation generation) {
    }

    /**
     * A task that reports itself to a queue once done, cancelled included, so that {@link #close()} cancelling the
     * queued tasks also wakes a {@code generate} call waiting for them.
     */
    private static final class ReportingTask extends FutureTask<Indexed> {
        private final BlockingQueue<Future<Indexed>> finished;

        ReportingTask(Callable<Indexed> work, BlockingQueue<Future<Indexed>> finished) {
            super(work);
            this.finished = finished;
        }

        @Override
        protected void done() {
            finished.add(this);
        }
    }

    private HttpCompletionsModel(Builder settings, EndpointPool pool, Backoff backoff, String apiKey) {
        this.maxConcurrentRequests = settings.maxConcurrentRequests;
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout)
                .build();
        this.client = new CompletionsClient(http, pool, settings.model, settings.requestTimeout, settings.maxRetries,
                backoff, settings.apiKeyEnv, apiKey);
        this.id = client.id();
        AtomicInteger threads = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(maxConcurrentRequests, task -> {
            Thread t = new Thread(task, "http-completions-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** A builder; {@link Builder#setBaseUrl(String)} and {@link Builder#setModel(String)} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** {@code model@baseUrl}, or {@code model@url1,url2,...} for a pool. */
    @Override
    public String id() {
        return id;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Fails with the first request that fails for good; the requests still running are then cancelled, as they
     * are when the calling thread is interrupted.
     *
     * @throws NullPointerException  when {@code requests} or one of its elements is null
     * @throws IllegalStateException when the model is closed
     */
    @Override
    public List<Generation> generate(List<GenerationRequest> requests) throws ModelException, InterruptedException {
        Objects.requireNonNull(requests, "requests");
        BlockingQueue<Future<Indexed>> finished = new LinkedBlockingQueue<>();
        List<Future<Indexed>> futures = new ArrayList<>(requests.size());
        try {
            for (int i = 0; i < requests.size(); i++) {
                GenerationRequest request = Objects.requireNonNull(requests.get(i), "requests[" + i + "]");
                int index = i;
                ReportingTask task = new ReportingTask(() -> new Indexed(index, client.collect(request)), finished);
                futures.add(task);
                workers.execute(task);
            }
            Generation[] out = new Generation[requests.size()];
            for (int k = 0; k < out.length; k++) {
                Indexed result = outcome(finished.take());
                out[result.index()] = result.generation();
            }
            return List.of(out);
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException(id + " is closed; build a new model to generate again", e);
        } finally {
            futures.forEach(f -> f.cancel(true));
        }
    }

    private Indexed outcome(Future<Indexed> future) throws ModelException, InterruptedException {
        try {
            return future.get();
        } catch (CancellationException e) {
            throw new ModelException(id + " was closed while generating; build a new model to continue", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ModelException m) {
                throw new ModelException(m.getMessage(), m);
            }
            if (cause instanceof InterruptedException) {
                throw new ModelException(id + " was closed while generating; build a new model to continue", cause);
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw (Error) cause;
        }
    }

    /** Stops the worker threads, interrupting requests in flight. Idempotent. */
    @Override
    public void close() {
        for (Runnable queued : workers.shutdownNow()) {
            if (queued instanceof Future<?> future) {
                future.cancel(false);
            }
        }
    }

    @Override
    public String toString() {
        return "HttpCompletionsModel[" + id + ", maxConcurrentRequests=" + maxConcurrentRequests + "]";
    }

    /**
     * Settings of an {@link HttpCompletionsModel}; required ones are {@code setX}, optional ones {@code optX}.
     * {@link #build()} validates everything and names the bad setting.
     *
     * <p>Retries: HTTP 408, 429, 500, 502, 503 and 504, request timeouts and refused, reset or timed-out connections
     * are retried up to {@link #optMaxRetries(int)} times, waiting {@code base * 2^(retry-1)} (half of it jittered,
     * at most {@code max}) or the server's {@code Retry-After} (capped at {@code max}). Other 4xx statuses fail at once
     * with the status, the server's message and a hint. A 2xx reply that is not a completions reply is retried at
     * most twice.
     *
     * <p>Threading: not thread-safe; build on one thread.
     */
    public static final class Builder {

        /** The environment variable read for the API key unless {@link #optApiKeyEnv(String)} names another. */
        public static final String DEFAULT_API_KEY_ENV = "OPENAI_API_KEY";

        private List<String> baseUrls = List.of();
        private String model;
        private String apiKeyEnv = DEFAULT_API_KEY_ENV;
        private boolean apiKeyEnvChosen;
        private Duration requestTimeout = Duration.ofMinutes(3);
        private Duration connectTimeout = Duration.ofSeconds(10);
        private int maxConcurrentRequests = 8;
        private int maxRetries = 4;
        private Duration backoffBase = Duration.ofMillis(500);
        private Duration backoffMax = Duration.ofSeconds(15);
        private Function<String, String> environment = System::getenv;

        private Builder() {
        }

        /** The endpoint's base URL, e.g. {@code http://localhost:8000/v1}; it must end in {@code /v1}. */
        public Builder setBaseUrl(String baseUrl) {
            return setBaseUrls(Arrays.asList(baseUrl));
        }

        /** Several replicas of the same model sharing the load, each a base URL ending in {@code /v1}. */
        public Builder setBaseUrls(List<String> urls) {
            this.baseUrls = urls == null ? List.of() : new ArrayList<>(urls);
            return this;
        }

        /** The model name the server knows, sent as {@code model}, e.g. {@code mistralai/Mistral-7B-v0.1}. */
        public Builder setModel(String modelName) {
            this.model = modelName;
            return this;
        }

        /**
         * The name of the environment variable holding the API key (default {@value #DEFAULT_API_KEY_ENV}). The key
         * is read once by {@link #build()} and sent as {@code Authorization: Bearer}; when the variable is unset no
         * key is sent, which local servers accept.
         */
        public Builder optApiKeyEnv(String variableName) {
            this.apiKeyEnv = variableName;
            this.apiKeyEnvChosen = true;
            return this;
        }

        /** How long one HTTP request may take, from sending to the whole reply (default 3 minutes). */
        public Builder optRequestTimeout(Duration timeout) {
            this.requestTimeout = timeout;
            return this;
        }

        /** How long opening a connection may take (default 10 seconds). */
        public Builder optConnectTimeout(Duration timeout) {
            this.connectTimeout = timeout;
            return this;
        }

        /** The most HTTP requests in flight at once for this model, over all endpoints and callers (default 8). */
        public Builder optMaxConcurrentRequests(int limit) {
            this.maxConcurrentRequests = limit;
            return this;
        }

        /** How often a failed HTTP request is retried, 0 for never (default 4). */
        public Builder optMaxRetries(int retries) {
            this.maxRetries = retries;
            return this;
        }

        /** The wait before the first retry and the longest wait (defaults 500 ms and 15 s). */
        public Builder optBackoff(Duration base, Duration max) {
            this.backoffBase = base;
            this.backoffMax = max;
            return this;
        }

        /** Where environment variables are read from; tests replace {@link System#getenv(String)}. */
        Builder environment(Function<String, String> lookup) {
            this.environment = Objects.requireNonNull(lookup, "lookup");
            return this;
        }

        /**
         * Validates the settings and starts the model's worker threads.
         *
         * @throws IllegalArgumentException naming the setting that is missing or wrong and how to fix it
         */
        public HttpCompletionsModel build() {
            if (baseUrls.isEmpty()) {
                throw new IllegalArgumentException("base URL is missing; set one like http://localhost:8000/v1");
            }
            List<String> normalised = new ArrayList<>(baseUrls.size());
            for (String url : baseUrls) {
                String clean = EndpointPool.normalise(url);
                if (normalised.contains(clean)) {
                    throw new IllegalArgumentException("base URL '" + clean + "' is listed twice; list each once");
                }
                normalised.add(clean);
            }
            if (model == null || model.isBlank()) {
                throw new IllegalArgumentException("model name is missing; set the name the server serves, e.g. "
                        + "the --model given to vLLM (see GET <base URL>/models)");
            }
            if (apiKeyEnv == null || apiKeyEnv.isBlank()) {
                throw new IllegalArgumentException("API key variable name is blank; give a name like "
                        + DEFAULT_API_KEY_ENV);
            }
            positive("request timeout", requestTimeout);
            positive("connect timeout", connectTimeout);
            if (maxConcurrentRequests < 1) {
                throw new IllegalArgumentException("max concurrent requests must be at least 1, was "
                        + maxConcurrentRequests);
            }
            if (maxRetries < 0) {
                throw new IllegalArgumentException("max retries must be 0 or more, was " + maxRetries);
            }
            positive("backoff base", backoffBase);
            positive("backoff max", backoffMax);
            Backoff backoff = new Backoff(backoffBase, backoffMax);
            return new HttpCompletionsModel(this, new EndpointPool(normalised), backoff, readApiKey());
        }

        private String readApiKey() {
            String key = environment.apply(apiKeyEnv);
            if (key == null || key.isBlank()) {
                if (apiKeyEnvChosen) {
                    LOG.warn("environment variable {} is not set; requests go without an API key", apiKeyEnv);
                }
                return null;
            }
            return key;
        }

        private static void positive(String what, Duration value) {
            if (value == null || value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(what + " must be a positive duration, was " + value);
            }
        }
    }
}
