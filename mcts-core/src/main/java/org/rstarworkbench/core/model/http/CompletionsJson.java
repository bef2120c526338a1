package org.rstarworkbench.core.model.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.rstarworkbench.core.model.Completion;
import org.rstarworkbench.core.model.GenerationRequest;
import org.rstarworkbench.core.model.Sampling;

/**
 * The wire format of OpenAI-compatible {@code /v1/completions}: request bodies out, choices and usage in.
 *
 * <p>Token counts: servers report only totals ({@code usage.completion_tokens}) for all choices of a reply, while a
 * {@link Completion} carries its own count. The total is shared over the choices in proportion to their text length
 * (largest-remainder rounding, so the shares add up to the total exactly). Without usage, each choice is estimated
 * at one token per four characters, at least 1. Both are approximations; only the sums are exact.
 *
 * <p>Threading: stateless, safe for concurrent use.
 */
final class CompletionsJson {

    /** How much of a reply body an error message quotes. */
    static final int EXCERPT_CHARS = 200;
    private static final int SERVER_MESSAGE_CHARS = 300;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * The completions of one reply, ordered by choice index.
     *
     * @param completions  the choices as completions, possibly fewer (or more) than asked for
     * @param promptTokens {@code usage.prompt_tokens}, if the server reported it
     */
    record Reply(List<Completion> completions, OptionalInt promptTokens) {
        Reply {
            completions = List.copyOf(completions);
        }
    }

    /** A reply that is not a completions reply; the message names what is wrong with it. */
    static final class MalformedReplyException extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedReplyException(String what) {
            super(what);
        }
    }

    private record Choice(int index, String text, String finishReason) {
    }

    private CompletionsJson() {
    }

    /**
     * The JSON body for {@code request}: {@code stop} is left out when empty and sent in full otherwise (OpenAI allows
     * 4 stop strings, vLLM and llama.cpp accept more); {@code top_k} (an extension that vLLM, llama.cpp and others
     * accept) only when positive; {@code seed} only when set.
     */
    static String requestBody(String model, GenerationRequest request) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("model", model);
        body.put("prompt", request.prompt());
        body.put("n", request.n());
        body.put("max_tokens", request.maxTokens());
        if (!request.stop().isEmpty()) {
            ArrayNode stop = body.putArray("stop");
            request.stop().forEach(stop::add);
        }
        Sampling sampling = request.sampling();
        body.put("temperature", sampling.temperature());
        body.put("top_p", sampling.topP());
        if (sampling.topK() > 0) {
            body.put("top_k", sampling.topK());
        }
        if (sampling.seed() != null) {
            body.put("seed", sampling.seed());
        }
        try {
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write a JSON tree built in memory", e);
        }
    }

    /**
     * Reads a completions reply.
     *
     * @throws MalformedReplyException when the body is not JSON or lacks {@code choices[].text}
     */
    static Reply parseReply(String body) throws MalformedReplyException {
        JsonNode root = readTree(body).orElseThrow(() -> new MalformedReplyException("the reply is not JSON"));
        if (!root.isObject()) {
            throw new MalformedReplyException("the reply is not a JSON object");
        }
        JsonNode choices = root.get("choices");
        if (choices == null || !choices.isArray()) {
            String said = errorMessage(body).map(m -> " (the server said: " + m + ")").orElse("");
            throw new MalformedReplyException("the reply has no 'choices' array" + said);
        }
        List<Choice> parsed = new ArrayList<>(choices.size());
        for (int i = 0; i < choices.size(); i++) {
            parsed.add(readChoice(choices.get(i), i));
        }
        parsed.sort(Comparator.comparingInt(Choice::index));
        JsonNode usage = root.path("usage");
        OptionalInt completionTokens = count(usage, "completion_tokens");
        int[] tokens = shareTokens(parsed.stream().map(Choice::text).toList(), completionTokens);
        List<Completion> completions = new ArrayList<>(parsed.size());
        for (int i = 0; i < parsed.size(); i++) {
            Choice c = parsed.get(i);
            completions.add(new Completion(c.text(), Completion.FinishReason.fromApi(c.finishReason()), tokens[i]));
        }
        return new Reply(completions, count(usage, "prompt_tokens"));
    }

    private static Choice readChoice(JsonNode choice, int position) throws MalformedReplyException {
        if (!choice.isObject()) {
            throw new MalformedReplyException("choices[" + position + "] is not an object");
        }
        JsonNode text = choice.get("text");
        if (text == null || !text.isTextual()) {
            throw new MalformedReplyException("choices[" + position + "].text is missing or not a string");
        }
        JsonNode index = choice.get("index");
        JsonNode finish = choice.get("finish_reason");
        return new Choice(index != null && index.canConvertToInt() ? index.asInt() : position, text.asText(),
                finish != null && finish.isTextual() ? finish.asText() : null);
    }

    private static OptionalInt count(JsonNode usage, String field) {
        JsonNode value = usage.get(field);
        if (value == null || !value.canConvertToInt() || value.asInt() < 0) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(value.asInt());
    }

    /**
     * Shares {@code total} tokens over texts in proportion to their length (each weighs at least 1), or estimates
     * {@code max(1, ceil(chars / 4))} per text when the total is unknown.
     */
    static int[] shareTokens(List<String> texts, OptionalInt total) {
        int[] shares = new int[texts.size()];
        if (total.isEmpty()) {
            for (int i = 0; i < shares.length; i++) {
                shares[i] = Math.max(1, (texts.get(i).length() + 3) / 4);
            }
            return shares;
        }
        long sum = 0;
        for (String text : texts) {
            sum += Math.max(1, text.length());
        }
        long[] remainders = new long[shares.length];
        long left = total.getAsInt();
        for (int i = 0; i < shares.length; i++) {
            long exact = (long) total.getAsInt() * Math.max(1, texts.get(i).length());
            shares[i] = (int) (exact / sum);
            remainders[i] = exact % sum;
            left -= shares[i];
        }
        for (; left > 0; left--) {
            int largest = 0;
            for (int i = 1; i < shares.length; i++) {
                if (remainders[i] > remainders[largest]) {
                    largest = i;
                }
            }
            shares[largest]++;
            remainders[largest] = -1;
        }
        return shares;
    }

    /**
     * The server's own error message in an error body: {@code error.message} (OpenAI, llama.cpp), {@code error} as a
     * string, {@code message} (vLLM) or {@code detail} (FastAPI validation), shortened to a few hundred characters.
     */
    static Optional<String> errorMessage(String body) {
        Optional<JsonNode> root = readTree(body).filter(JsonNode::isObject);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        JsonNode node = root.get();
        JsonNode error = node.path("error");
        for (JsonNode candidate : List.of(error.path("message"), error, node.path("message"), node.path("detail"))) {
            if (candidate.isTextual() && !candidate.asText().isBlank()) {
                return Optional.of(shorten(candidate.asText(), SERVER_MESSAGE_CHARS));
            }
        }
        if (node.path("detail").isContainerNode()) {
            return Optional.of(shorten(node.path("detail").toString(), SERVER_MESSAGE_CHARS));
        }
        return Optional.empty();
    }

    /** The first {@value #EXCERPT_CHARS} characters of a body on one line, for error messages. */
    static String excerpt(String body) {
        if (body == null || body.isEmpty()) {
            return "(empty body)";
        }
        return "'" + shorten(body, EXCERPT_CHARS) + "'";
    }

    private static String shorten(String text, int limit) {
        boolean cut = text.length() > 2 * limit;
        String oneLine = (cut ? text.substring(0, 2 * limit) : text).replaceAll("\\s+", " ").strip();
        if (!cut && oneLine.length() <= limit) {
            return oneLine;
        }
        return oneLine.substring(0, Math.min(limit, oneLine.length())) + "...";
    }

    private static Optional<JsonNode> readTree(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(MAPPER.readTree(body));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
