package org.rstarworkbench.core.model.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rstarworkbench.core.model.http.HttpCompletionsModelTest.fastModel;
import static org.rstarworkbench.core.model.http.HttpCompletionsModelTest.request;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.rstarworkbench.core.model.Generation;
import org.rstarworkbench.core.model.ModelException;
import org.rstarworkbench.core.model.http.FakeCompletionsServer.Reply;

/** Retries, giving up, and the messages a user sees when a server misbehaves. */
@Timeout(10)
class HttpCompletionsModelFailureTest {

    private static final String SECRET = "sk-test-0123456789abcdef";
    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    private <T extends AutoCloseable> T track(T closeable) {
        open.add(closeable);
        return closeable;
    }

    /** A port on 127.0.0.1 that nothing listens on (bound, then released). */
    static int unusedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Answers the first {@code failures} requests with {@code failure}, then completes normally. */
    private static FakeCompletionsServer.Responder failingFirst(int failures, Reply failure) {
        return (request, number) -> number <= failures
                ? failure
                : Reply.ok(FakeCompletionsServer.choices(request, 16));
    }

    private Generation generateOne(HttpCompletionsModel model) throws Exception {
        return model.generate(List.of(request("p", 2))).get(0);
    }

    @Test
    void retriesAServerError() throws Exception {
        FakeCompletionsServer server = track(FakeCompletionsServer.start(
                failingFirst(1, Reply.status(500, "{\"error\":{\"message\":\"boom\"}}"))));
        HttpCompletionsModel model = track(fastModel(server.baseUrl()).build());

        assertThat(generateOne(model).completions()).hasSize(2);
        assertThat(server.requestCount()).isEqualTo(2);
    }

    @Test
    void waitsAsLongAsRetryAfterSays() throws Exception {
        Reply tooMany = Reply.status(429, "{\"error\":{\"message\":\"slow down\"}}").withHeader("Retry-After", "1");
        FakeCompletionsServer server = track(FakeCompletionsServer.start(failingFirst(1, tooMany)));
        HttpCompletionsModel model = track(fastModel(server.baseUrl())
                .optBackoff(Duration.ofMillis(1), Duration.ofSeconds(2)).build());

        long start = System.nanoTime();
        assertThat(generateOne(model).completions()).hasSize(2);
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .isBetween(Duration.ofMillis(950), Duration.ofSeconds(2));
        assertThat(server.requestCount()).isEqualTo(2);
    }

    @Test
    void retriesAReplyThatTakesLongerThanTheRequestTimeout() throws Exception {
        FakeCompletionsServer server = track(FakeCompletionsServer.start((request, number) -> {
            Reply ok = Reply.ok(FakeCompletionsServer.choices(request, 16));
            return number == 1 ? ok.after(Duration.ofSeconds(3)) : ok;
        }));
        HttpCompletionsModel model = track(fastModel(server.baseUrl())
                .optRequestTimeout(Duration.ofMillis(300)).build());

        long start = System.nanoTime();
        assertThat(generateOne(model).completions()).hasSize(2);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(server.requestCount()).isEqualTo(2);
    }

    @Test
    void givesUpAfterTheLastRetryWithTheStatusAndWhatToDo() throws Exception {
        FakeCompletionsServer server = track(FakeCompletionsServer.start((request, number) ->
                Reply.status(503, "{\"error\":{\"message\":\"no free KV cache\"}}")));
        HttpCompletionsModel model = track(fastModel(server.baseUrl()).optMaxRetries(2).build());

        assertThatThrownBy(() -> generateOne(model))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("HTTP 503 (Service Unavailable): no free KV cache")
                .hasMessageContaining(server.baseUrl() + "/completions")
                .hasMessageContaining("check its log")
                .hasMessageEndingWith("(gave up after 3 attempts)");
        assertThat(server.requestCount()).isEqualTo(3);
    }

    @Test
    void reportsMalformedJsonWithTheStartOfTheBody() throws Exception {
        FakeCompletionsServer server = track(FakeCompletionsServer.start((request, number) ->
                Reply.ok("<html>502 proxy error " + "x".repeat(500) + "</html>")));
        HttpCompletionsModel model = track(fastModel(server.baseUrl()).build());

        assertThatThrownBy(() -> generateOne(model))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("not a completions reply: the reply is not JSON")
                .hasMessageContaining("the body starts with '<html>502 proxy error xxx")
                .hasMessageNotContaining("x".repeat(300));
        assertThat(server.requestCount()).isEqualTo(1 + CompletionsClient.MALFORMED_RETRIES);
    }

    @Test
    void namesAMissingField() throws Exception {
        FakeCompletionsServer server = track(FakeCompletionsServer.start((request, number) ->
                Reply.ok("{\"choices\":[{\"index\":0,\"finish_reason\":\"stop\"}]}")));
        HttpCompletionsModel model = track(fastModel(server.baseUrl()).build());

        assertThatThrownBy(() -> generateOne(model))
                .hasMessageContaining("choices[0].text is missing or not a string")
                .hasMessageContaining("\"finish_reason\":\"stop\"");
    }

    @Test
    void sendsTheApiKeyButNeverShowsIt() throws Exception {
        FakeCompletionsServer server = track(FakeCompletionsServer.start((request, number) ->
                Reply.status(401, "{\"error\":{\"message\":\"Incorrect API key provided: " + SECRET + "\"}}")));
        HttpCompletionsModel model = track(fastModel(server.baseUrl()).optApiKeyEnv("TEST_KEY")
                .environment(Map.of("TEST_KEY", SECRET)::get).build());

        assertThatThrownBy(() -> generateOne(model))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("HTTP 401 (Unauthorized): Incorrect API key provided: ***")
                .hasMessageContaining("check the API key in $TEST_KEY")
                .hasMessageNotContaining(SECRET);
        assertThat(server.received()).singleElement()
                .satisfies(r -> assertThat(r.authorization()).isEqualTo("Bearer " + SECRET));
        assertThat(model.toString()).doesNotContain(SECRET);
    }

    @Test
    void sendsNoAuthorizationWithoutAKey() throws Exception {
        FakeCompletionsServer server = track(FakeCompletionsServer.start((request, number) ->
                Reply.status(403, "")));
        HttpCompletionsModel model = track(fastModel(server.baseUrl()).build());

        assertThatThrownBy(() -> generateOne(model))
                .hasMessageContaining("HTTP 403 (Forbidden); check the API key in $OPENAI_API_KEY (it is not set)");
        assertThat(server.received().get(0).authorization()).isNull();
    }

    @Test
    void explainsNotFoundWithoutRetrying() throws Exception {
        FakeCompletionsServer server = track(FakeCompletionsServer.start((request, number) ->
                Reply.status(404, "{\"detail\":\"Not Found\"}")));
        HttpCompletionsModel model = track(fastModel(server.baseUrl()).build());

        assertThatThrownBy(() -> generateOne(model))
                .hasMessageContaining("HTTP 404 (Not Found): Not Found")
                .hasMessageContaining("check --endpoint (it should end in /v1) and --model (was 'test-model')")
                .hasMessageNotContaining("gave up");
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void quotesAVllmStyleBadRequest() throws Exception {
        FakeCompletionsServer server = track(FakeCompletionsServer.start((request, number) -> Reply.status(400,
                "{\"object\":\"error\",\"message\":\"max_tokens is too large\",\"type\":\"BadRequestError\"}")));
        HttpCompletionsModel model = track(fastModel(server.baseUrl()).build());

        assertThatThrownBy(() -> generateOne(model))
                .hasMessageContaining("HTTP 400 (Bad Request): max_tokens is too large; the server rejected");
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void retriesAResetConnection() throws Exception {
        String ok = FakeCompletionsServer.reply(List.of("a", "b"), 3, 2);
        RawSocketServer server = track(new RawSocketServer(1, 3, ok));
        HttpCompletionsModel model = track(fastModel(server.baseUrl()).build());

        assertThat(generateOne(model).texts()).containsExactly("a", "b");
        assertThat(server.connections()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void reportsAConnectionThatKeepsBeingReset() throws Exception {
        // the JDK client may open a second connection per attempt when the first is reset while sending
        RawSocketServer server = track(new RawSocketServer(20, 0, ""));
        HttpCompletionsModel model = track(fastModel(server.baseUrl()).optMaxRetries(2).build());

        assertThatThrownBy(() -> generateOne(model))
                .isInstanceOf(ModelException.class)
                .hasMessageStartingWith(server.baseUrl() + " dropped the connection")
                // a loaded machine sometimes sees the reset as an empty reply instead
                .hasMessageMatching("(?s).*(reset|no bytes|closed).*")
                .hasMessageEndingWith("(gave up after 3 attempts)");
    }

    @Test
    void saysWhenNothingListens() throws Exception {
        String url = "http://127.0.0.1:" + unusedPort() + "/v1";
        HttpCompletionsModel model = track(fastModel(url).optMaxRetries(1).build());

        assertThatThrownBy(() -> generateOne(model))
                .isInstanceOf(ModelException.class)
                .hasMessage("cannot reach " + url + ": connection refused; is the server running? "
                        + "(gave up after 2 attempts)");
    }
}
