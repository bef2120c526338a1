package org.rstarworkbench.core.model.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.rstarworkbench.core.model.Completion;
import org.rstarworkbench.core.model.Completion.FinishReason;
import org.rstarworkbench.core.model.http.CompletionsJson.MalformedReplyException;
import org.rstarworkbench.core.model.http.CompletionsJson.Reply;

class CompletionsJsonTest {

    @Test
    void readsChoicesInIndexOrderWithTheirFinishReasons() throws Exception {
        Reply reply = CompletionsJson.parseReply("""
                {"choices": [
                  {"index": 1, "text": "bb", "finish_reason": "length"},
                  {"index": 0, "text": "a", "finish_reason": "stop"},
                  {"index": 2, "text": "", "finish_reason": null}],
                 "usage": {"prompt_tokens": 11, "completion_tokens": 8, "total_tokens": 19}}""");

        assertThat(reply.completions()).extracting(Completion::text).containsExactly("a", "bb", "");
        assertThat(reply.completions()).extracting(Completion::finishReason)
                .containsExactly(FinishReason.STOP, FinishReason.LENGTH, FinishReason.UNKNOWN);
        assertThat(reply.completions()).extracting(Completion::tokens).containsExactly(2, 4, 2);
        assertThat(reply.promptTokens()).hasValue(11);
    }

    @Test
    void estimatesTokensWhenTheServerReportsNoUsage() throws Exception {
        Reply reply = CompletionsJson.parseReply("{\"choices\":[{\"text\":\"0123456789\"},{\"text\":\"\"}]}");

        assertThat(reply.completions()).extracting(Completion::tokens).containsExactly(3, 1);
        assertThat(reply.promptTokens()).isEmpty();
    }

    @Test
    void namesWhatIsMissing() {
        assertThatThrownBy(() -> CompletionsJson.parseReply("")).hasMessage("the reply is not JSON");
        assertThatThrownBy(() -> CompletionsJson.parseReply("[1]")).hasMessage("the reply is not a JSON object");
        assertThatThrownBy(() -> CompletionsJson.parseReply("{\"error\":{\"message\":\"model is loading\"}}"))
                .hasMessage("the reply has no 'choices' array (the server said: model is loading)");
        assertThatThrownBy(() -> CompletionsJson.parseReply("{\"choices\":[3]}"))
                .hasMessage("choices[0] is not an object");
        assertThatThrownBy(() -> CompletionsJson.parseReply("{\"choices\":[{\"text\":\"a\"},{\"text\":7}]}"))
                .hasMessage("choices[1].text is missing or not a string");
    }

    @Test
    void findsTheServersMessageInEachErrorDialect() {
        assertThat(CompletionsJson.errorMessage("{\"error\":{\"message\":\"openai\"}}")).hasValue("openai");
        assertThat(CompletionsJson.errorMessage("{\"error\":\"plain\"}")).hasValue("plain");
        assertThat(CompletionsJson.errorMessage("{\"object\":\"error\",\"message\":\"vllm\"}")).hasValue("vllm");
        assertThat(CompletionsJson.errorMessage("{\"detail\":[{\"loc\":[\"body\",\"n\"]}]}"))
                .hasValue("[{\"loc\":[\"body\",\"n\"]}]");
        assertThat(CompletionsJson.errorMessage("Bad Gateway")).isEmpty();
        assertThat(CompletionsJson.errorMessage(null)).isEmpty();
    }

    @Test
    void quotesTheStartOfABodyOnOneLine() {
        assertThat(CompletionsJson.excerpt("")).isEqualTo("(empty body)");
        assertThat(CompletionsJson.excerpt("a\n  b")).isEqualTo("'a b'");
        assertThat(CompletionsJson.excerpt("x".repeat(1000))).isEqualTo("'" + "x".repeat(200) + "...'");
    }

    @Property
    void sharesAddUpToTheReportedTotal(@ForAll @Size(min = 1, max = 16) List<String> texts,
                                       @ForAll @IntRange(max = 100_000) int total) {
        int[] shares = CompletionsJson.shareTokens(texts, OptionalInt.of(total));

        assertThat(shares).hasSize(texts.size());
        assertThat(Arrays.stream(shares).min().orElseThrow()).isNotNegative();
        assertThat(Arrays.stream(shares).sum()).isEqualTo(total);
    }

    @Property
    void anyBodyIsEitherAReplyOrMalformed(@ForAll String body) {
        try {
            CompletionsJson.parseReply(body);
        } catch (MalformedReplyException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }
}
