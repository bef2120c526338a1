package org.rstarworkbench.core.model.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Settings are checked up front, with messages that name the setting and the fix. */
class HttpCompletionsModelBuilderTest {

    private static HttpCompletionsModel.Builder valid() {
        return HttpCompletionsModel.builder().setBaseUrl("http://localhost:8000/v1").setModel("m")
                .environment(name -> null);
    }

    @ParameterizedTest
    @CsvSource({
            "http://localhost:8000, http://localhost:8000/v1",
            "http://localhost:8000/, http://localhost:8000/v1",
            "http://localhost:8000/v1/completions, http://localhost:8000/v1",
            "https://host/proxy/v1/chat/completions, https://host/proxy/v1"})
    void suggestsTheBaseUrlEndingInV1(String given, String suggested) {
        assertThatThrownBy(() -> valid().setBaseUrl(given).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("base URL '" + given + "' must end in /v1; did you mean '" + suggested + "'?");
    }

    @Test
    void acceptsATrailingSlash() {
        try (HttpCompletionsModel model = valid().setBaseUrl("http://localhost:8000/v1/").build()) {
            assertThat(model.id()).isEqualTo("m@http://localhost:8000/v1");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ftp://localhost/v1 | must start with http:// or https://",
            "localhost:8000/v1 | must start with http:// or https://",
            "http:///v1 | has no host",
            "http://exa mple/v1 | is not a valid URL",
            "http://localhost/v1?x=1 | must not have a query"})
    void rejectsUrlsThatAreNotHttpEndpoints(String url, String message) {
        assertThatThrownBy(() -> valid().setBaseUrl(url).build()).hasMessageContaining(message);
    }

    @Test
    void namesEveryMissingOrBadSetting() {
        assertThatThrownBy(() -> valid().setBaseUrls(List.of()).build()).hasMessageContaining("base URL is missing");
        assertThatThrownBy(() -> valid().setBaseUrl(null).build()).hasMessageContaining("base URL is missing");
        assertThatThrownBy(() -> valid().setModel(" ").build()).hasMessageContaining("model name is missing");
        assertThatThrownBy(() -> valid().optApiKeyEnv("").build()).hasMessageContaining("API key variable name");
        assertThatThrownBy(() -> valid().optMaxConcurrentRequests(0).build())
                .hasMessage("max concurrent requests must be at least 1, was 0");
        assertThatThrownBy(() -> valid().optMaxRetries(-1).build())
                .hasMessage("max retries must be 0 or more, was -1");
        assertThatThrownBy(() -> valid().optRequestTimeout(Duration.ZERO).build())
                .hasMessage("request timeout must be a positive duration, was PT0S");
        assertThatThrownBy(() -> valid().optConnectTimeout(null).build())
                .hasMessage("connect timeout must be a positive duration, was null");
        assertThatThrownBy(() -> valid().optBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)).build())
                .hasMessageContaining("backoff max must be at least the base");
        assertThatThrownBy(() -> valid().setBaseUrls(List.of("http://a/v1", "http://a/v1/")).build())
                .hasMessageContaining("'http://a/v1' is listed twice");
    }

    @Test
    void namesEveryReplicaInTheId() {
        try (HttpCompletionsModel model = valid().setBaseUrls(List.of("http://a:8000/v1", "http://b:8000/v1"))
                .build()) {
            assertThat(model.id()).isEqualTo("m@http://a:8000/v1,http://b:8000/v1");
            assertThat(model.toString()).contains(model.id());
        }
    }
}
