package org.rstarworkbench.core.model.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.rstarworkbench.core.model.Completion;
import org.rstarworkbench.core.model.Generation;
import org.rstarworkbench.core.model.GenerationRequest;
import org.rstarworkbench.core.model.ModelException;
import org.rstarworkbench.core.model.http.AttemptFailure.Kind;
import org.rstarworkbench.core.model.http.CompletionsJson.MalformedReplyException;
import org.rstarworkbench.core.model.http.CompletionsJson.Reply;
import org.rstarworkbench.core.model.http.EndpointPool.Endpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects completions from the pool: one HTTP request per {@link GenerationRequest}, plus follow-ups while a server
 * returns fewer choices than asked for. Each HTTP request goes to the endpoint the pool picks and is retried with
 * {@link Backoff} on overload (408, 429), server errors (500, 502, 503, 504), timeouts and dropped connections; other
 * 4xx statuses fail at once. A 2xx reply that is not a completions reply is retried only
 * {@value #MALFORMED_RETRIES} times, since a server that sends one usually sends the same again.
 *
 * <p>Threading: safe for concurrent use. The API key is held only to be sent; it is never logged, and server text
 * quoted in error messages is scrubbed of it in case the server echoes it.
 */
final class CompletionsClient {

    private static final Logger LOG = LoggerFactory.getLogger(CompletionsClient.class);
    static final int MALFORMED_RETRIES = 2;
    /** Replies without any choice in a row after which a request fails. */
    static final int MAX_EMPTY_REPLIES = 3;
    private static final Set<Integer> RETRYABLE_STATUS = Set.of(408, 429, 500, 502, 503, 504);

    private final HttpClient http;
    private final EndpointPool pool;
    private final String model;
    private final String id;
    private final Duration requestTimeout;
    private final int maxRetries;
    private final Backoff backoff;
    private final String apiKeyEnv;
    private final String apiKey;

    /** @param apiKey the key to send as a bearer token, or null to send none */
    CompletionsClient(HttpClient http, EndpointPool pool, String model, Duration requestTimeout, int maxRetries,
                      Backoff backoff, String apiKeyEnv, String apiKey) {
        this.http = http;
        this.pool = pool;
        this.model = model;
        this.id = model + "@" + String.join(",", pool.baseUrls());
        this.requestTimeout = requestTimeout;
        this.maxRetries = maxRetries;
        this.backoff = backoff;
        this.apiKeyEnv = apiKeyEnv;
        this.apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
    }

    /** {@code model@url1,url2,...}. */
    String id() {
        return id;
    }

    /**
     * Collects exactly {@code request.n()} completions, asking again for the rest while the server returns fewer;
     * a follow-up for samples from index {@code k} on uses {@code seed + k} when the request has a seed.
     *
     * @throws ModelException       when a request fails for good or {@value #MAX_EMPTY_REPLIES} replies in a row
     *                              carry no choice
     * @throws InterruptedException when interrupted while waiting
     */
    Generation collect(GenerationRequest request) throws ModelException, InterruptedException {
        List<Completion> collected = new ArrayList<>(request.n());
        int promptTokens = -1;
        int emptyReplies = 0;
        while (collected.size() < request.n()) {
            int missing = request.n() - collected.size();
            Long seed = request.sampling().seed();
            Reply reply = post(collected.isEmpty() ? request
                    : request.withN(missing, seed == null ? null : seed + collected.size()));
            if (reply.completions().isEmpty()) {
                if (++emptyReplies >= MAX_EMPTY_REPLIES) {
                    throw new ModelException(id + " returned no choices " + emptyReplies + " times in a row for a "
                            + "request with n=" + missing + "; check that the server serves model '" + model
                            + "' through /v1/completions and that its n limit is at least 1");
                }
                continue;
            }
            emptyReplies = 0;
            if (promptTokens < 0 && reply.promptTokens().isPresent()) {
                promptTokens = reply.promptTokens().getAsInt();
            }
            collected.addAll(reply.completions().subList(0, Math.min(missing, reply.completions().size())));
            if (collected.size() < request.n()) {
                LOG.debug("{} returned {} of {} choices; asking for the remaining {}", id,
                        reply.completions().size(), missing, request.n() - collected.size());
            }
        }
        return new Generation(request, collected, Math.max(0, promptTokens));
    }

    /**
     * Posts {@code request} as one HTTP request (retried as needed) and returns the choices the server sent, which
     * may be fewer than {@code request.n()}.
     *
     * @throws ModelException       when the request failed for good
     * @throws InterruptedException when interrupted while waiting for a reply or a backoff
     */
    Reply post(GenerationRequest request) throws ModelException, InterruptedException {
        String body = CompletionsJson.requestBody(model, request);
        int malformed = 0;
        for (int attempt = 1; ; attempt++) {
            Endpoint endpoint = pool.acquire();
            AttemptFailure failure;
            try {
                return send(endpoint, body, request.n());
            } catch (AttemptFailure f) {
                failure = f;
            } finally {
                pool.release(endpoint);
            }
            if (failure.kind() == Kind.FATAL) {
                throw new ModelException(failure.getMessage(), failure);
            }
            boolean spent = attempt > maxRetries
                    || failure.kind() == Kind.MALFORMED && ++malformed > Math.min(maxRetries, MALFORMED_RETRIES);
            if (spent) {
                throw new ModelException(failure.getMessage() + " (gave up after " + attempt
                        + (attempt == 1 ? " attempt)" : " attempts)"), failure);
            }
            if (failure.kind() == Kind.CONNECTION) {
                pool.coolDown(endpoint, backoff.max());
            }
            Duration wait = backoff.delay(attempt, failure.retryAfter());
            LOG.warn("{} (retry {}/{} in {} ms)", failure.getMessage(), attempt, maxRetries, wait.toMillis());
            Thread.sleep(wait.toMillis());
        }
    }

    private Reply send(Endpoint endpoint, String body, int n) throws AttemptFailure, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint.completions())
                .timeout(requestTimeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (apiKey != null) {
            builder.header("Authorization", "Bearer " + apiKey);
        }
        long start = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw connectionFailure(endpoint, e);
        }
        int status = response.statusCode();
        LOG.debug("POST {} n={} -> HTTP {} in {} ms", endpoint.completions(), n, status,
                (System.nanoTime() - start) / 1_000_000);
        if (status >= 200 && status < 300) {
            try {
                return CompletionsJson.parseReply(response.body());
            } catch (MalformedReplyException e) {
                throw new AttemptFailure(Kind.MALFORMED, scrub(endpoint.completions() + " sent a reply that is not a "
                        + "completions reply: " + e.getMessage() + "; the body starts with "
                        + CompletionsJson.excerpt(response.body())), Optional.empty(), e);
            }
        }
        String said = CompletionsJson.errorMessage(response.body()).map(m -> ": " + scrub(m)).orElse("");
        String message = "POST " + endpoint.completions() + " failed with HTTP " + status + reason(status) + said
                + "; " + hint(status);
        if (RETRYABLE_STATUS.contains(status)) {
            throw new AttemptFailure(Kind.TRANSIENT, message,
                    Backoff.parseRetryAfter(response.headers().firstValue("Retry-After")), null);
        }
        throw new AttemptFailure(Kind.FATAL, message);
    }

    private AttemptFailure connectionFailure(Endpoint endpoint, IOException e) {
        String base = endpoint.baseUrl();
        if (e instanceof HttpConnectTimeoutException) {
            return new AttemptFailure(Kind.CONNECTION, "cannot reach " + base + ": no connection within "
                    + http.connectTimeout().map(Duration::toString).orElse("the connect timeout")
                    + "; is the server running and reachable?", Optional.empty(), e);
        }
        if (e instanceof HttpTimeoutException) {
            return new AttemptFailure(Kind.TRANSIENT, endpoint.completions() + " did not answer within "
                    + requestTimeout.toMillis() + " ms; raise the request timeout or check the server's load",
                    Optional.empty(), e);
        }
        if (causedBy(e, UnresolvedAddressException.class) || causedBy(e, UnknownHostException.class)) {
            return new AttemptFailure(Kind.CONNECTION, "cannot reach " + base + ": unknown host; check the URL",
                    Optional.empty(), e);
        }
        // The JDK reports a reset while sending as a ConnectException too, so look for "reset" first.
        if (!mentionsReset(e) && e instanceof ConnectException) {
            return new AttemptFailure(Kind.CONNECTION, "cannot reach " + base
                    + ": connection refused; is the server running?", Optional.empty(), e);
        }
        String detail = mentionsReset(e) ? "connection reset"
                : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return new AttemptFailure(Kind.CONNECTION, base + " dropped the connection (" + detail
                + "); check the server's log", Optional.empty(), e);
    }

    private static boolean mentionsReset(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains("reset")) {
                return true;
            }
        }
        return false;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private String hint(int status) {
        return switch (status) {
            case 401, 403 -> "check the API key in $" + apiKeyEnv + (apiKey == null ? " (it is not set)" : "");
            case 404 -> "check --endpoint (it should end in /v1) and --model (was '" + model + "')";
            case 400, 422 -> "the server rejected the request; check max_tokens against the model's context length, "
                    + "the sampling settings, and that the server supports /v1/completions";
            case 429 -> "the server is rate limiting; lower the number of concurrent requests";
            case 408, 500, 502, 503, 504 -> "the server is overloaded or failing; check its log";
            default -> "check the server's log";
        };
    }

    private static String reason(int status) {
        String phrase = switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 408 -> "Request Timeout";
            case 422 -> "Unprocessable Entity";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "";
        };
        return phrase.isEmpty() ? "" : " (" + phrase + ")";
    }

    /** Removes the API key from text that may echo it, such as a server's error message. */
    String scrub(String text) {
        return apiKey == null || text == null ? text : text.replace(apiKey, "***");
    }
}
