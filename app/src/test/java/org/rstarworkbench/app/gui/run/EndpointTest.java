package org.rstarworkbench.app.gui.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EndpointTest {

    @Test
    void aServerUrlAndAModelNameAreEnough() {
        assertThat(new Endpoint("http://localhost:8000/v1", "mistral").problems()).isEmpty();
        assertThat(new Endpoint(" https://api.example.org/v1 ", "m").problems()).isEmpty();
    }

    @Test
    void eachBadFieldIsNamedWithItsValue() {
        assertThat(new Endpoint("", "").problems()).hasSize(2)
                .anyMatch(p -> p.startsWith("Endpoint URL is empty"))
                .anyMatch(p -> p.startsWith("Model name is empty"));
        assertThat(new Endpoint("localhost:8000/v1", "m").problems()).singleElement().asString()
                .contains("'localhost:8000/v1' is not an http(s) URL");
        assertThat(new Endpoint("ftp://host/v1", "m").problems()).singleElement().asString()
                .contains("ftp://host/v1");
        assertThat(new Endpoint("http://bad host/v1", "m").problems()).singleElement().asString()
                .contains("is not a URL");
    }

    @Test
    void theDemoModelFollowsAWholeGoldAnswer() {
        assertThat(ModelChoice.Demo.answerOf(new org.rstarworkbench.core.tree.Problem("p", "q?", "16"))).isEqualTo(16);
        assertThat(ModelChoice.Demo.answerOf(new org.rstarworkbench.core.tree.Problem("p", "q?", "2.5"))).isEqualTo(7);
        assertThat(ModelChoice.Demo.answerOf(org.rstarworkbench.core.tree.Problem.ofText("q?"))).isEqualTo(7);
    }

    @Test
    void aRecordedOpenAiCompatibleModelIdNamesItsEndpoint() {
        assertThat(Endpoint.ofModelId("qwen2.5-7b@http://gpu:8000/v1"))
                .contains(new Endpoint("http://gpu:8000/v1", "qwen2.5-7b"));
        assertThat(Endpoint.ofModelId("m@http://a:1/v1,http://b:2/v1")).contains(new Endpoint("http://a:1/v1", "m"));
        assertThat(Endpoint.ofModelId("tiny-generator@djl")).isEmpty();
        assertThat(Endpoint.ofModelId("demo-scripted")).isEmpty();
        assertThat(Endpoint.ofModelId(null)).isEmpty();
    }
}
