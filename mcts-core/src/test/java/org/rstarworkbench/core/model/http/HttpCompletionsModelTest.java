package org.rstarworkbench.core.model.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.rstarworkbench.core.model.Completion;
import org.rstarworkbench.core.model.Generation;
import org.rstarworkbench.core.model.GenerationRequest;
import org.rstarworkbench.core.model.ModelException;
import org.rstarworkbench.core.model.Sampling;
import org.rstarworkbench.core.model.http.FakeCompletionsServer.Reply;

/** The model against a scripted server on 127.0.0.1: what it sends, topping up, concurrency, pools, cancelling. */
@Timeout(10)
class HttpCompletionsModelTest {

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

    static HttpCompletionsModel.Builder fastModel(String... baseUrls) {
        return HttpCompletionsModel.builder()
                .setBaseUrls(List.of(baseUrls))
                .setModel("test-model")
                .optRequestTimeout(Duration.ofSeconds(5))
                .optConnectTimeout(Duration.ofSeconds(2))
                .optBackoff(Duration.ofMillis(5), Duration.ofMillis(50))
                .environment(name -> null);
    }

    static GenerationRequest request(String prompt, int n) {
        return new GenerationRequest(prompt, n, 32, List.of(), Sampling.REFERENCE);
    }

    @Test
    void sendsEverySettingAndReturnsTheChoicesInIndexOrder() throws Exception {
        FakeCompletionsServer server = track(FakeCompletionsServer.echo(16));
        HttpCompletionsModel model = track(fastModel(server.baseUrl()).build());
        List<String> stop = List.of("\n\n", "Question:", "###", "<|end|>", "Answer:");
        GenerationRequest request = new GenerationRequest("2+2=", 3, 64, stop, new Sampling(0.8, 0.95, 40, 42L));

        Generation generation = model.generate(List.of(request)).get(0);

        assertThat(server.received()).singleElement().satisfies(received -> {
            assertThat(received.method()).isEqualTo("POST");
            assertThat(received.path()).isEqualTo("/v1/completions");
            JsonNode body = received.body();
            assertThat(body.path("model").asText()).isEqualTo("test-model");
            assertThat(body.path("prompt").asText()).isEqualTo("2+2=");
            assertThat(body.path("n").asInt()).isEqualTo(3);
            assertThat(body.path("max_tokens").asInt()).isEqualTo(64);
            assertThat(body.path("stop")).extracting(JsonNode::asText).containsExactlyElementsOf(stop);
            assertThat(body.path("temperature").asDouble()).isEqualTo(0.8);
            assertThat(body.path("top_p").asDouble()).isEqualTo(0.95);
            assertThat(body.path("top_k").asInt()).isEqualTo(40);
            assertThat(body.path("seed").asLong()).isEqualTo(42L);
        });
        assertThat(generation.request()).isEqualTo(request);
        assertThat(generation.texts()).containsExactly("2+2=|42|0", "2+2=|42|1", "2+2=|42|2");
        assertThat(generation.completions()).extracting(Completion::finishReason)
                .containsOnly(Completion.FinishReason.STOP);
        assertThat(generation.completionTokens()).isEqualTo(15);
        assertThat(generation.promptTokens()).isEqualTo(7);
    }

    @Test
    void leavesOutEmptyStopUnsetSeedAndTopKOfZero() throws Exception {
        FakeCompletionsServer server = track(FakeCompletionsServer.echo(16));
        HttpCompletionsModel model = track(fastModel(server.baseUrl()).build());

        model.generate(List.of(new GenerationRequest("p", 1, 8, List.of(), Sampling.GREEDY)));

        JsonNode body = server.received().get(0).body();
        assertThat(body.has("stop")).isFalse();
        assertThat(body.has("seed")).isFalse();
        assertThat(body.has("top_k")).isFalse();
        assertThat(body.path("temperature").asDouble()).isZero();
    }

    @Test
    void asksAgainForTheRestWhenTheServerCapsN() throws Exception {
        FakeCompletionsServer server = track(FakeCompletionsServer.echo(2));
        HttpCompletionsModel model = track(fastModel(server.baseUrl()).build());
        Sampling seeded = Sampling.REFERENCE.withSeed(100L);

        Generation generation = model.generate(List.of(new GenerationRequest("q", 5, 8, List.of(), seeded))).get(0);

        assertThat(server.received()).extracting(FakeCompletionsServer.Received::n).containsExactly(5, 3, 1);
        assertThat(server.received()).extracting(r -> r.body().path("seed").asLong()).containsExactly(100L, 102L, 104L);
        assertThat(generation.completions()).hasSize(5);
        assertThat(generation.texts()).doesNotHaveDuplicates();
        assertThat(generation.request().n()).isEqualTo(5);
    }

    @Test
    void failsWhenTheServerKeepsReturningNoChoices() throws Exception {
        FakeCompletionsServer server = track(FakeCompletionsServer.echo(0));
        HttpCompletionsModel model = track(fastModel(server.baseUrl()).build());

        assertThatThrownBy(() -> model.generate(List.of(request("q", 2))))
                .hasMessageContaining("returned no choices 3 times in a row")
                .hasMessageContaining("test-model");
        assertThat(server.requestCount()).isEqualTo(CompletionsClient.MAX_EMPTY_REPLIES);
    }

    @Test
    void returnsGenerationsInRequestOrderWhateverOrderTheRepliesCome() throws Exception {
        FakeCompletionsServer server = track(FakeCompletionsServer.start((request, number) -> {
            int i = Integer.parseInt(request.prompt().substring(1));
            return Reply.ok(FakeCompletionsServer.choices(request, 16)).after(Duration.ofMillis(30L * (6 - i)));
        }));
        HttpCompletionsModel model = track(fastModel(server.baseUrl()).build());
        List<GenerationRequest> requests = IntStream.range(0, 6).mapToObj(i -> request("p" + i, 2)).toList();

        List<Generation> generations = model.generate(requests);

        assertThat(generations).extracting(Generation::request).containsExactlyElementsOf(requests);
        assertThat(generations).allSatisfy(g -> assertThat(g.texts()).hasSize(2)
                .allSatisfy(text -> assertThat(text).startsWith(g.request().prompt() + "|")));
    }

    @Test
    void keepsAtMostTheConfiguredNumberOfRequestsInFlight() throws Exception {
        FakeCompletionsServer server = track(FakeCompletionsServer.start((request, number) ->
                Reply.ok(FakeCompletionsServer.choices(request, 16)).after(Duration.ofMillis(60))));
        HttpCompletionsModel model = track(fastModel(server.baseUrl()).optMaxConcurrentRequests(3).build());
        List<GenerationRequest> requests = IntStream.range(0, 12).mapToObj(i -> request("p" + i, 1)).toList();

        List<Generation> generations = model.generate(requests);

        assertThat(generations).hasSize(12);
        assertThat(server.requestCount()).isEqualTo(12);
        assertThat(server.maxInFlight()).isLessThanOrEqualTo(3).isGreaterThan(1);
    }

    @Test
    void spreadsRequestsOverThePool() throws Exception {
        FakeCompletionsServer.Responder slow = (request, number) ->
                Reply.ok(FakeCompletionsServer.choices(request, 16)).after(Duration.ofMillis(40));
        FakeCompletionsServer a = track(FakeCompletionsServer.start(slow));
        FakeCompletionsServer b = track(FakeCompletionsServer.start(slow));
        HttpCompletionsModel model = track(fastModel(a.baseUrl(), b.baseUrl()).optMaxConcurrentRequests(4).build());
        List<GenerationRequest> requests = IntStream.range(0, 12).mapToObj(i -> request("p" + i, 1)).toList();

        assertThat(model.generate(requests)).hasSize(12);

        assertThat(a.requestCount() + b.requestCount()).isEqualTo(12);
        assertThat(a.requestCount()).isBetween(3, 9);
        assertThat(model.id()).isEqualTo("test-model@" + a.baseUrl() + "," + b.baseUrl());
    }

    @Test
    void movesOffAnEndpointThatRefusesConnections() throws Exception {
        FakeCompletionsServer live = track(FakeCompletionsServer.echo(16));
        String dead = "http://127.0.0.1:" + HttpCompletionsModelFailureTest.unusedPort() + "/v1";
        HttpCompletionsModel model = track(fastModel(dead, live.baseUrl()).optMaxConcurrentRequests(2).build());
        List<GenerationRequest> requests = IntStream.range(0, 6).mapToObj(i -> request("p" + i, 1)).toList();

        assertThat(model.generate(requests)).hasSize(6);
        assertThat(live.requestCount()).isEqualTo(6);
    }

    @Test
    void stopsWaitingPromptlyWhenInterrupted() throws Exception {
        FakeCompletionsServer server = track(FakeCompletionsServer.start((request, number) ->
                Reply.ok(FakeCompletionsServer.choices(request, 16)).after(Duration.ofSeconds(8))));
        HttpCompletionsModel model = track(fastModel(server.baseUrl()).optRequestTimeout(Duration.ofSeconds(9))
                .build());

        long start = System.nanoTime();
        assertThatThrownBy(() -> generateInterruptedAfter(model, List.of(request("p", 1)), 200))
                .isInstanceOf(InterruptedException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void interruptingTheCallerStopsRetriesInTheBackground() throws Exception {
        FakeCompletionsServer server = track(FakeCompletionsServer.start((request, number) ->
                Reply.status(503, "{\"error\":{\"message\":\"overloaded\"}}")));
        HttpCompletionsModel model = track(fastModel(server.baseUrl())
                .optBackoff(Duration.ofMillis(400), Duration.ofMillis(400)).build());

        assertThatThrownBy(() -> generateInterruptedAfter(model, List.of(request("p", 1)), 100))
                .isInstanceOf(InterruptedException.class);
        Thread.sleep(600);
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void refusesToGenerateOnceClosed() throws Exception {
        FakeCompletionsServer server = track(FakeCompletionsServer.echo(16));
        HttpCompletionsModel model = fastModel(server.baseUrl()).build();
        model.close();

        assertThatThrownBy(() -> model.generate(List.of(request("p", 1))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void closingEndsACallThatIsWaiting() throws Exception {
        FakeCompletionsServer server = track(FakeCompletionsServer.start((request, number) ->
                Reply.ok(FakeCompletionsServer.choices(request, 16)).after(Duration.ofSeconds(8))));
        HttpCompletionsModel model = fastModel(server.baseUrl()).optRequestTimeout(Duration.ofSeconds(9))
                .optMaxConcurrentRequests(1).build();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try {
            timer.schedule(model::close, 200, TimeUnit.MILLISECONDS);
            long start = System.nanoTime();

            assertThatThrownBy(() -> model.generate(List.of(request("p0", 1), request("p1", 1))))
                    .isInstanceOf(ModelException.class)
                    .hasMessageContaining("was closed while generating");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        } finally {
            timer.shutdownNow();
        }
    }

    @Test
    void answersAnEmptyListWithoutCallingTheServer() throws Exception {
        FakeCompletionsServer server = track(FakeCompletionsServer.echo(16));
        HttpCompletionsModel model = track(fastModel(server.baseUrl()).build());

        assertThat(model.generate(List.of())).isEmpty();
        assertThat(server.requestCount()).isZero();
        assertThat(model.id()).isEqualTo("test-model@" + server.baseUrl());
    }

    /** Runs generate on this thread and interrupts it after {@code millis}; clears a late interrupt. */
    static List<Generation> generateInterruptedAfter(HttpCompletionsModel model, List<GenerationRequest> requests,
                                                     long millis) throws Exception {
        Thread caller = Thread.currentThread();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        ScheduledFuture<?> interrupt = timer.schedule(caller::interrupt, millis, TimeUnit.MILLISECONDS);
        try {
            return model.generate(requests);
        } finally {
            interrupt.cancel(false);
            timer.shutdownNow();
            timer.awaitTermination(1, TimeUnit.SECONDS);
            Thread.interrupted();
        }
    }
}
