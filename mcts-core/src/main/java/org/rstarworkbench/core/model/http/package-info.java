/**
 * The language-model backend for OpenAI-compatible {@code /v1/completions} servers (vLLM, llama.cpp server, Ollama,
 * LM Studio, TGI): {@link org.rstarworkbench.core.model.http.HttpCompletionsModel} sends one HTTP request per
 * generation request, bounded in concurrency, spread over a pool of replicas, retried with backoff on overload and
 * transient failures, and tops up servers that return fewer choices than asked for. Everything else in the package is
 * an implementation detail: the JSON codec, the endpoint pool, the retry schedule.
 */
package org.rstarworkbench.core.model.http;
