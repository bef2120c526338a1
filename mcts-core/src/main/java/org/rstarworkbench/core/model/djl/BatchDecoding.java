package org.rstarworkbench.core.model.djl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;
import ai.djl.ndarray.NDManager;
import org.rstarworkbench.core.model.Completion;
import org.rstarworkbench.core.model.Completion.FinishReason;
import org.rstarworkbench.core.model.Generation;
import org.rstarworkbench.core.model.GenerationRequest;
import org.rstarworkbench.core.model.Sampling;

/**
 * One {@code generate} call: every sample of every request is a row of one batch (split into chunks of at most
 * {@code maxRows}); each distinct prompt is read once and its state copied to its rows; then all rows advance one
 * token per step until each has ended by end-of-sequence, a stop sequence or its token limit. Finished rows are
 * dropped from the batch once they make up a quarter of it.
 *
 * <p>Sample {@code i} of a request draws from the {@code i+1}-th split of a {@link SplittableRandom} seeded with the
 * request's seed, so a seed fixes the samples whatever else shares the batch (up to float rounding, which can differ
 * with the batch's shape).
 */
final class BatchDecoding {

    private final TinyModel model;
    private final int maxRows;

    BatchDecoding(TinyModel model, int maxRows) {
        this.model = model;
        this.maxRows = maxRows;
    }

    /**
     * A request's prompt tokens (after truncation to the context) and its token limit; {@code healed} when the
     * prompt's final space was dropped, to be read again as the start of the first token.
     */
    private record Prompt(int[] tokens, int limit, boolean healed) {
    }

    /** One sequence being sampled. */
    private static final class Row {
        final int request;
        final Sampling sampling;
        final List<String> stops;
        final int limit;
        final SplittableRandom random;
        final StringBuilder text = new StringBuilder();
        final boolean healed;
        int tokens;
        int last;
        FinishReason finish;

        Row(int request, GenerationRequest r, int limit, boolean healed, SplittableRandom random) {
            this.request = request;
            this.healed = healed;
            this.sampling = r.sampling();
            this.stops = r.stop().stream().filter(s -> !s.isEmpty()).toList();
            this.limit = limit;
            this.random = random;
        }

        void accept(int token, Vocabulary vocabulary) {
            tokens++;
            last = token;
            if (token == Vocabulary.EOS) {
                finish = FinishReason.STOP;
                return;
            }
            int before = text.length();
            String piece = vocabulary.text(token);
            text.append(tokens == 1 && healed && piece.startsWith(" ") ? piece.substring(1) : piece);
            int cut = stopAt(before);
            if (cut >= 0) {
                text.setLength(cut);
                finish = FinishReason.STOP;
            } else if (tokens >= limit) {
                finish = FinishReason.LENGTH;
            }
        }

        /** Where the earliest stop sequence completed by the text after {@code before} starts, or -1. */
        private int stopAt(int before) {
            int cut = -1;
            for (String stop : stops) {
                int start = text.indexOf(stop, Math.max(0, before - stop.length() + 1));
                if (start >= 0 && (cut < 0 || start < cut)) {
                    cut = start;
                }
            }
            return cut;
        }

        Completion completion() {
            return new Completion(text.toString(), finish, tokens);
        }
    }

    List<Generation> run(List<GenerationRequest> requests, LongSupplier freshSeeds) throws InterruptedException {
        List<Prompt> prompts = new ArrayList<>(requests.size());
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < requests.size(); r++) {
            GenerationRequest request = requests.get(r);
            Prompt prompt = prepare(request);
            prompts.add(prompt);
            Long seed = request.sampling().seed();
            SplittableRandom root = new SplittableRandom(seed != null ? seed : freshSeeds.getAsLong());
            for (int i = 0; i < request.n(); i++) {
                rows.add(new Row(r, request, prompt.limit(), prompt.healed(), root.split()));
            }
        }
        try (NDManager scope = model.newScope()) {
            Decoder decoder = model.decoder(scope);
            Map<Integer, Decoder.Prefix> prefixes = new HashMap<>();
            for (int from = 0; from < rows.size(); from += maxRows) {
                decodeChunk(decoder, rows.subList(from, Math.min(rows.size(), from + maxRows)), prompts, prefixes);
            }
        }
        List<Generation> out = new ArrayList<>(requests.size());
        int next = 0;
        for (int r = 0; r < requests.size(); r++) {
            List<Completion> completions = new ArrayList<>(requests.get(r).n());
            for (int i = 0; i < requests.get(r).n(); i++) {
                completions.add(rows.get(next++).completion());
            }
            out.add(new Generation(requests.get(r), completions, prompts.get(r).tokens().length));
        }
        return out;
    }

    /**
     * Encodes the prompt after {@link Vocabulary#BOS}. With word pieces, a final space is dropped and the first token
     * must begin with one (the way the text was read in training). Where prompt and completion would not fit the
     * network's context, the prompt loses its beginning (keeping at least half the context) and the completion is
     * capped.
     */
    private Prompt prepare(GenerationRequest request) {
        Vocabulary vocabulary = model.vocabulary();
        String text = request.prompt();
        boolean healed = !vocabulary.pieces().isEmpty() && text.endsWith(" ");
        int[] encoded = vocabulary.encode(healed ? text.substring(0, text.length() - 1) : text);
        int maxLength = model.maxLength();
        int limit = request.maxTokens();
        int length = encoded.length;
        if (1L + length + limit > maxLength) {
            int keep = Math.max(maxLength - limit, maxLength / 2);
            length = Math.min(length, keep - 1);
            limit = Math.min(limit, maxLength - 1 - length);
        }
        int[] tokens = new int[1 + length];
        tokens[0] = Vocabulary.BOS;
        System.arraycopy(encoded, encoded.length - length, tokens, 1, length);
        return new Prompt(tokens, Math.max(1, limit), healed);
    }

    private void decodeChunk(Decoder decoder, List<Row> chunk, List<Prompt> prompts,
                             Map<Integer, Decoder.Prefix> prefixes) throws InterruptedException {
        Vocabulary vocabulary = model.vocabulary();
        Sampler sampler = new Sampler(vocabulary.size());
        List<Decoder.Prefix> blocks = new ArrayList<>();
        List<Integer> copies = new ArrayList<>();
        int maxSteps = 0;
        for (Row row : chunk) {
            Decoder.Prefix prefix = prefixes.computeIfAbsent(row.request,
                    r -> decoder.prefill(prompts.get(r).tokens()));
            if (blocks.isEmpty() || blocks.get(blocks.size() - 1) != prefix) {
                blocks.add(prefix);
                copies.add(0);
            }
            copies.set(copies.size() - 1, copies.get(copies.size() - 1) + 1);
            maxSteps = Math.max(maxSteps, row.limit);
            row.accept(sampler.pick(prefix.logits(), 0, row.sampling, row.random,
                    row.healed ? vocabulary::startsWithSpace : null), vocabulary);
        }
        decoder.begin(blocks, copies.stream().mapToInt(Integer::intValue).toArray(), maxSteps);
        List<Row> current = new ArrayList<>(chunk);
        while (true) {
            if (Thread.interrupted()) {
                throw new InterruptedException("generation interrupted");
            }
            int finished = (int) current.stream().filter(row -> row.finish != null).count();
            if (finished == current.size()) {
                return;
            }
            if (finished > 0 && finished * 4 >= current.size()) {
                current = retainLive(decoder, current);
            }
            int[] tokens = new int[current.size()];
            for (int i = 0; i < tokens.length; i++) {
                tokens[i] = current.get(i).last;
            }
            float[] logits = decoder.step(tokens);
            for (int i = 0; i < current.size(); i++) {
                Row row = current.get(i);
                if (row.finish == null) {
                    row.accept(sampler.pick(logits, i, row.sampling, row.random, null), vocabulary);
                }
            }
        }
    }

    private static List<Row> retainLive(Decoder decoder, List<Row> current) {
        List<Row> live = new ArrayList<>();
        int[] keep = new int[current.size()];
        int n = 0;
        for (int i = 0; i < current.size(); i++) {
            if (current.get(i).finish == null) {
                live.add(current.get(i));
                keep[n++] = i;
            }
        }
        decoder.retain(Arrays.copyOf(keep, n));
        return live;
    }
}
