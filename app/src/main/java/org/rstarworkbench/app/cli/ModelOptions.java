package org.rstarworkbench.app.cli;

import java.time.Duration;
import java.util.List;

import org.rstarworkbench.core.model.LanguageModel;
import org.rstarworkbench.core.model.http.HttpCompletionsModel;
import org.rstarworkbench.samples.models.TinyModels;

import picocli.CommandLine.Option;

/** Which generator model to talk to, and how. */
final class ModelOptions {

    @Option(names = "--endpoint", paramLabel = "URL", split = ",",
            description = "Base URL of an OpenAI-compatible server, ending in /v1 (vLLM, llama.cpp server, Ollama, "
                    + "LM Studio), e.g. http://localhost:8000/v1. Several, comma-separated, share the load.")
    List<String> endpoints;

    @Option(names = "--local-model", paramLabel = "DIR|NAME",
            description = "An in-process tiny model instead of a server: a model folder written by 'rstar train', "
                    + "or a bundled model's name (tiny-generator, tiny-peer). Runs offline on the CPU. With no "
                    + "--endpoint and no --local-model the bundled tiny-generator is used.")
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

    /** Whether no server is named: the model runs in process (a model folder or the bundled default). */
    boolean inProcess() {
        return endpoints == null || endpoints.isEmpty();
    }

    /** The prompt pack to use: {@code chosen} when given, else the tiny pack for in-process models, else gsm8k. */
    String packOr(String chosen) {
        return chosen != null ? chosen : inProcess() ? TinyModels.PACK : "gsm8k";
    }

    /** Whether the bundled default generator is meant: no server and no model folder given. */
    boolean bundledDefault() {
        return inProcess() && localModel == null;
    }

    /** Builds the model, or explains which option is missing. */
    LanguageModel open() throws org.rstarworkbench.core.model.ModelException {
        if (localModel != null) {
            if (!inProcess()) {
                throw new IllegalArgumentException("give either --local-model or --endpoint, not both");
            }
            if (java.nio.file.Files.isDirectory(localModel)) {
                return org.rstarworkbench.core.model.djl.DjlLanguageModel.load(localModel);
            }
            if (TinyModels.isBundled(localModel.toString())) {
                return org.rstarworkbench.core.model.djl.DjlLanguageModel.bundled(localModel.toString());
            }
            throw new IllegalArgumentException("--local-model " + localModel + ": no such folder, and no bundled "
                    + "model has that name; give a model folder written by 'rstar train', or "
                    + TinyModels.GENERATOR + " or " + TinyModels.PEER);
        }
        if (inProcess()) {
            if (model != null && !model.isBlank()) {
                throw new IllegalArgumentException("--model " + model + " names a server's model: give its "
                        + "--endpoint URL too (or leave both out to use the bundled tiny models)");
            }
            return TinyModels.generator();
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
