package org.rstarworkbench.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A deterministic, instant language model: the completion of sample {@code i} of a prompt is a pure function of the
 * prompt and {@code i}. Stop sequences and the token limit (counted in whitespace-separated words) are applied as a
 * server would apply them. It records every call so tests can count requests.
 *
 * <p>Used by tests in every module, by the engine benchmark and by demos that need no model at all.
 */
public final class ScriptedModel implements LanguageModel {

    /** The script: the raw completion for a prompt and a sample index, before stop sequences are applied. */
    @FunctionalInterface
    public interface Script {
        String complete(String prompt, int sampleIndex);
    }

    private final String id;
    private final Script script;
    private final List<List<GenerationRequest>> calls = Collections.synchronizedList(new ArrayList<>());

    public ScriptedModel(String id, Script script) {
        this.id = Objects.requireNonNull(id, "id");
        this.script = Objects.requireNonNull(script, "script");
    }

    public ScriptedModel(Script script) {
        this("scripted", script);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public List<Generation> generate(List<GenerationRequest> requests) {
        calls.add(List.copyOf(requests));
        List<Generation> out = new ArrayList<>(requests.size());
        for (GenerationRequest r : requests) {
            List<Completion> completions = new ArrayList<>(r.n());
            for (int i = 0; i < r.n(); i++) {
                completions.add(shape(script.complete(r.prompt(), i), r));
            }
            out.add(new Generation(r, completions, countWords(r.prompt())));
        }
        return out;
    }

    /** Every call so far, each as the list of requests it carried. */
    public List<List<GenerationRequest>> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    /** How many calls of {@link #generate(List)} were made. */
    public int callCount() {
        return calls.size();
    }

    /** Forgets recorded calls. */
    public void clear() {
        calls.clear();
    }

    static Completion shape(String raw, GenerationRequest r) {
        String text = raw == null ? "" : raw;
        Completion.FinishReason reason = Completion.FinishReason.STOP;
        int cut = -1;
        for (String stop : r.stop()) {
            if (stop.isEmpty()) {
                continue;
            }
            int at = text.indexOf(stop);
            if (at >= 0 && (cut < 0 || at < cut)) {
                cut = at;
            }
        }
        if (cut >= 0) {
            text = text.substring(0, cut);
        }
        int words = countWords(text);
        if (words > r.maxTokens()) {
            String[] parts = text.strip().split("\\s+");
            text = String.join(" ", java.util.Arrays.copyOf(parts, r.maxTokens()));
            reason = Completion.FinishReason.LENGTH;
            return new Completion(text, reason, r.maxTokens());
        }
        return new Completion(text, reason, Math.max(1, words));
    }

    /** Whitespace-separated words: the scripted model's tokens. */
    static int countWords(String s) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }
}
