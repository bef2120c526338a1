package org.rstarworkbench.core.answer;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Yes/no answers of StrategyQA, canonically {@code "true"} or {@code "false"}.
 *
 * <p>The reference maps a whole stated answer through the word lists below. Here the answer is the first yes/no
 * word after the last "answer is" (so "The answer is: no, because ..." reads as {@code "false"}), with a directly
 * preceding "not" flipping it. Single letters and digits ({@code t}, {@code 1}, ...) only count when they are the
 * whole answer, since inside a sentence they are usually something else ("don't" holds a "t").
 */
final class YesNoFormat implements AnswerFormat {

    private static final String TRUE = "true";
    private static final String FALSE = "false";

    private static final Set<String> SHORT_WORDS = Set.of("1", "t", "y", "0", "f", "n");
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("proved", TRUE), Map.entry("true", TRUE), Map.entry("yes", TRUE), Map.entry("correct", TRUE),
            Map.entry("positive", TRUE), Map.entry("affirmative", TRUE), Map.entry("right", TRUE),
            Map.entry("1", TRUE), Map.entry("t", TRUE), Map.entry("y", TRUE),
            Map.entry("disproved", FALSE), Map.entry("false", FALSE), Map.entry("no", FALSE),
            Map.entry("incorrect", FALSE), Map.entry("negative", FALSE), Map.entry("wrong", FALSE),
            Map.entry("0", FALSE), Map.entry("f", FALSE), Map.entry("n", FALSE));

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** Longer text cannot be one of the words, whatever punctuation surrounds it. */
    private static final int MAX_WORD_TEXT = 64;

    @Override
    public String name() {
        return "yesno";
    }

    @Override
    public Optional<String> extract(String completion) {
        if (completion == null) {
            return Optional.empty();
        }
        Optional<String> stated = AnswerMarker.afterLast(completion).map(AnswerMarker::clip);
        if (stated.isPresent()) {
            return canonical(stated.get()).or(() -> firstWord(stated.get()));
        }
        return canonical(completion);
    }

    @Override
    public Optional<String> extractGold(String goldLabel) {
        if (goldLabel == null) {
            return Optional.empty();
        }
        return canonical(goldLabel).or(() -> extract(goldLabel));
    }

    @Override
    public boolean equivalent(String a, String b) {
        if (a == null || b == null || a.isBlank() || b.isBlank()) {
            return false;
        }
        return key(a).equals(key(b));
    }

    @Override
    public String toString() {
        return name();
    }

    /** {@code "true"} or {@code "false"} when the whole text is one yes/no word, ignoring case and punctuation. */
    private static Optional<String> canonical(String text) {
        if (text.length() > MAX_WORD_TEXT) {
            return Optional.empty();
        }
        int start = 0;
        int end = text.length();
        while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))) {
            end--;
        }
        return Optional.ofNullable(WORDS.get(text.substring(start, end).toLowerCase(Locale.ROOT)));
    }

    private static Optional<String> firstWord(String text) {
        Matcher matcher = WORD.matcher(text);
        boolean negated = false;
        while (matcher.find()) {
            String word = matcher.group().toLowerCase(Locale.ROOT);
            String meaning = SHORT_WORDS.contains(word) ? null : WORDS.get(word);
            if (meaning != null) {
                boolean yes = meaning.equals(TRUE) != negated;
                return Optional.of(yes ? TRUE : FALSE);
            }
            negated = word.equals("not");
        }
        return Optional.empty();
    }

    private static String key(String answer) {
        return canonical(answer).orElseGet(() -> answer.strip().toLowerCase(Locale.ROOT));
    }
}
