package org.rstarworkbench.core.model.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OpenAI-compatible completions server on 127.0.0.1 whose behaviour a test scripts: it records every request,
 * counts requests in flight, and answers each as its {@link Responder} says. Delayed replies end early when the
 * server is closed, so no handler outlives a test.
 */
final class FakeCompletionsServer implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One request as the server received it. */
    record Received(String method, String path, String authorization, JsonNode body) {
        String prompt() {
            return body.path("prompt").asText();
        }

        int n() {
            return body.path("n").asInt();
        }
    }

    /** What to answer: status, body, extra headers, and how long to wait first. */
    record Reply(int status, String body, Map<String, String> headers, Duration delay) {
        static Reply ok(String body) {
            return new Reply(200, body, Map.of(), Duration.ZERO);
        }

        static Reply status(int status, String body) {
            return new Reply(status, body, Map.of(), Duration.ZERO);
        }

        Reply withHeader(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Reply(status, body, more, delay);
        }

        Reply after(Duration wait) {
            return new Reply(status, body, headers, wait);
        }
    }

    /** Decides the reply to request number {@code number} (1 for the first). */
    @FunctionalInterface
    interface Responder {
        Reply reply(Received request, int number) throws Exception;
    }

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final Responder responder;
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger count = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final CountDownLatch closed = new CountDownLatch(1);

    private FakeCompletionsServer(Responder responder) throws IOException {
        this.responder = responder;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.createContext("/", this::handle);
        server.setExecutor(handlers);
        server.start();
    }

    static FakeCompletionsServer start(Responder responder) throws IOException {
        return new FakeCompletionsServer(responder);
    }

    /** A server that answers every request with {@code min(n, maxChoices)} choices (see {@link #choices}). */
    static FakeCompletionsServer echo(int maxChoices) throws IOException {
        return start((request, number) -> Reply.ok(choices(request, maxChoices)));
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    int requestCount() {
        return count.get();
    }

    int maxInFlight() {
        return maxInFlight.get();
    }

    /**
     * A reply with {@code min(n, maxChoices)} choices; choice {@code i} reads {@code <prompt>|<seed>|<i>}, listed in
     * reverse index order to check that the client sorts them; usage: 7 prompt tokens, 5 tokens per choice.
     */
    static String choices(Received request, int maxChoices) {
        int k = Math.min(request.n(), maxChoices);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            texts.add(request.prompt() + "|" + request.body().path("seed").asText("none") + "|" + i);
        }
        return reply(texts, 7, 5 * k);
    }

    /** A completions reply body with these texts (choices in reverse index order) and usage. */
    static String reply(List<String> texts, int promptTokens, int completionTokens) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("id", "cmpl-test").put("object", "text_completion").put("model", "test-model");
        ArrayNode array = root.putArray("choices");
        for (int i = texts.size() - 1; i >= 0; i--) {
            array.addObject().put("index", i).put("text", texts.get(i)).put("finish_reason", "stop");
        }
        root.putObject("usage").put("prompt_tokens", promptTokens).put("completion_tokens", completionTokens);
        return root.toString();
    }

    private void handle(HttpExchange exchange) throws IOException {
        int number = count.incrementAndGet();
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        boolean counted = true;
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Received request = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    body.isEmpty() ? MAPPER.createObjectNode() : MAPPER.readTree(body));
            received.add(request);
            Reply reply = respond(request, number);
            if (!reply.delay().isZero() && closed.await(reply.delay().toMillis(), TimeUnit.MILLISECONDS)) {
                return;
            }
            // counted out before replying, so a client that sends its next request on receipt is never seen twice
            inFlight.decrementAndGet();
            counted = false;
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client gave up on this request (a timeout under test); nothing to answer
        } finally {
            if (counted) {
                inFlight.decrementAndGet();
            }
        }
    }

    private Reply respond(Received request, int number) throws IOException {
        try {
            return responder.reply(request, number);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("responder failed", e);
        }
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
        handlers.shutdownNow();
    }
}
