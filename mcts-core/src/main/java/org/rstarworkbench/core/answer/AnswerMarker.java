package org.rstarworkbench.core.answer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phrase "answer is" that rStar's few-shot prompts teach the model to end with ("The answer is 18.").
 * Matched case-insensitively and as whole words, so "The Answer is" counts and "answer isn't" does not.
 */
final class AnswerMarker {

    private static final Pattern MARKER = Pattern.compile("\\banswer\\s+is\\b", Pattern.CASE_INSENSITIVE);

    /** The reference cuts a stated answer at the end of its sentence or paragraph. */
    private static final Pattern END_OF_ANSWER = Pattern.compile("\\.\\s*\\n|\\n\\s*\\n");

    private static final Pattern LEADING_COLONS = Pattern.compile("^[\\s:]+");

    private AnswerMarker() {
    }

    /** The text after the first marker, or empty when there is none. */
    static Optional<String> afterFirst(String text) {
        Matcher matcher = MARKER.matcher(text);
        return matcher.find() ? Optional.of(text.substring(matcher.end())) : Optional.empty();
    }

    /** The text after the last marker, or empty when there is none. */
    static Optional<String> afterLast(String text) {
        Matcher matcher = MARKER.matcher(text);
        int end = -1;
        while (matcher.find()) {
            end = matcher.end();
        }
        return end < 0 ? Optional.empty() : Optional.of(text.substring(end));
    }

    /**
     * The stated answer at the start of the text that follows a marker: leading colons and whitespace removed, cut
     * before the first sentence end followed by a line break or the first blank line.
     */
    static String clip(String afterMarker) {
        String text = LEADING_COLONS.matcher(afterMarker).replaceFirst("");
        Matcher end = END_OF_ANSWER.matcher(text);
        return end.find() ? text.substring(0, end.start()) : text;
    }
}
