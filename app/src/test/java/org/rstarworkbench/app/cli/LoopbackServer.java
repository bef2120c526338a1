package org.rstarworkbench.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.rstarworkbench.core.model.Completion;
import org.rstarworkbench.core.model.Generation;
import org.rstarworkbench.core.model.GenerationRequest;
import org.rstarworkbench.core.model.Sampling;
import org.rstarworkbench.core.model.ScriptedModel;
import org.rstarworkbench.core.model.Scripts;

/** An OpenAI-compatible {@code /v1/completions} server on 127.0.0.1 answering with a scripted model. */
public final class LoopbackServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ScriptedModel model = new ScriptedModel(Scripts.rstarShaped(7, 4));
    public final AtomicInteger requests = new AtomicInteger();
    /** Requests from this number on get HTTP 500 (a server failing mid-run). */
    final AtomicInteger failFrom = new AtomicInteger(Integer.MAX_VALUE);
    final java.util.Set<String> prompts = java.util.concurrent.ConcurrentHashMap.newKeySet();
    final AtomicInteger repeated = new AtomicInteger();
    /** Cache keys ({@code CachingModel.key}) of the requests received, for the client id {@code scripted}. */
    final java.util.Set<String> keys = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Milliseconds every reply waits, so a run lasts long enough to be killed in the middle. */
    volatile int latencyMillis;

    public LoopbackServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/completions", this::complete);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    private void complete(HttpExchange exchange) throws IOException {
        if (requests.incrementAndGet() > failFrom.get()) {
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
            return;
        }
        if (latencyMillis > 0) {
            try {
                Thread.sleep(latencyMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try (InputStream in = exchange.getRequestBody()) {
            JsonNode body = JSON.readTree(in);
            if (!prompts.add(body.path("prompt").asText() + "\u0000" + body.path("seed").asText())) {
                repeated.incrementAndGet();
            }
            List<String> stop = new ArrayList<>();
            body.path("stop").forEach(s -> stop.add(s.asText()));
            GenerationRequest request = new GenerationRequest(body.path("prompt").asText(), body.path("n").asInt(1),
                    body.path("max_tokens").asInt(16), stop, Sampling.REFERENCE);
            keys.add(org.rstarworkbench.app.store.CachingModel.key("scripted@" + baseUrl(),
                    new GenerationRequest(request.prompt(), request.n(), request.maxTokens(), stop,
                            new Sampling(body.path("temperature").asDouble(), body.path("top_p").asDouble(),
                                    body.path("top_k").asInt(0),
                                    body.hasNonNull("seed") ? body.get("seed").asLong() : null))));
            Generation g = model.generate(List.of(request)).get(0);
            List<Map<String, Object>> choices = new ArrayList<>();
            for (int i = 0; i < g.completions().size(); i++) {
                Completion c = g.completions().get(i);
                choices.add(Map.of("index", i, "text", c.text(),
                        "finish_reason", c.finishReason() == Completion.FinishReason.LENGTH ? "length" : "stop"));
            }
            Map<String, Object> reply = new LinkedHashMap<>();
            reply.put("object", "text_completion");
            reply.put("choices", choices);
            reply.put("usage", Map.of("prompt_tokens", g.promptTokens(), "completion_tokens", g.completionTokens()));
            byte[] bytes = JSON.writeValueAsBytes(reply);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
