package org.rstarworkbench.app.cli;

import java.time.Duration;
import java.util.List;

import org.rstarworkbench.core.model.LanguageModel;
import org.rstarworkbench.core.model.http.HttpCompletionsModel;

import picocli.CommandLine.Option;

/** Which generator model to talk to, and how. */
final class ModelOptions {

    @Option(names = "--endpoint", paramLabel = "URL", split = ",",
            description = "Base URL of an OpenAI-compatible server, ending in /v1 (vLLM, llama.cpp server, Ollama, "
                    + "LM Studio), e.g. http://localhost:8000/v1. Several, comma-separated, share the load.")
    List<String> endpoints;

    @Option(names = "--local-model", paramLabel = "DIR",
            description = "An in-process tiny model instead of a server: a model folder written by 'rstar train' "
                    + "(runs offline on the CPU).")
    java.nio.file.Path localModel;

    @Option(names = "--model", paramLabel = "NAME",
            description = "The model name the server serves (see GET <endpoint>/models).")
    String model;

    @Option(names = "--api-key-env", paramLabel = "VAR", defaultValue = "OPENAI_API_KEY",
            description = "Environment variable holding the API key, if the server needs one (default: "
                    + "${DEFAULT-VALUE}). The key is never printed or stored.")
    String apiKeyEnv;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "180",
            description = "Longest wait for one HTTP reply (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "8",
            description = "Most HTTP requests in flight at once (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "4",
            description = "Retries of a failed request, with backoff (default: ${DEFAULT-VALUE}).")
    int retries;

    /** A copy with the same settings, for a second connection (the peer). */
    ModelOptions copy() {
        ModelOptions c = new ModelOptions();
        c.endpoints = endpoints;
        c.localModel = localModel;
        c.model = model;
        c.apiKeyEnv = apiKeyEnv;
        c.timeoutSeconds = timeoutSeconds;
        c.concurrency = concurrency;
        c.retries = retries;
        return c;
    }

    /** Builds the model, or explains which option is missing. */
    LanguageModel open() throws org.rstarworkbench.core.model.ModelException {
        if (localModel != null) {
            if (endpoints != null && !endpoints.isEmpty()) {
                throw new IllegalArgumentException("give either --local-model or --endpoint, not both");
            }
            if (!java.nio.file.Files.isDirectory(localModel)) {
                throw new IllegalArgumentException("--local-model " + localModel + ": no such folder; give a model "
                        + "folder written by 'rstar train'");
            }
            return org.rstarworkbench.core.model.djl.DjlLanguageModel.load(localModel);
        }
        if (endpoints == null || endpoints.isEmpty()) {
            throw new IllegalArgumentException("no model: give --endpoint URL (an OpenAI-compatible server ending "
                    + "in /v1, e.g. http://localhost:8000/v1) and --model NAME, or --local-model DIR");
        }
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("--model is missing: give the model name the server at "
                    + endpoints.get(0) + " serves (see GET " + endpoints.get(0) + "/models)");
        }
        if (timeoutSeconds < 1) {
            throw new IllegalArgumentException("--timeout must be at least 1 second, was " + timeoutSeconds);
        }
        HttpCompletionsModel.Builder builder = HttpCompletionsModel.builder().setBaseUrls(endpoints).setModel(model)
                .optRequestTimeout(Duration.ofSeconds(timeoutSeconds)).optMaxConcurrentRequests(concurrency)
                .optMaxRetries(retries);
        if (!HttpCompletionsModel.Builder.DEFAULT_API_KEY_ENV.equals(apiKeyEnv)) {
            builder.optApiKeyEnv(apiKeyEnv); // a variable named on purpose gets a warning when it is unset
        }
        return builder.build();
    }
}
