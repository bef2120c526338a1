package org.rstarworkbench.core.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The content of the last {@code \boxed{...}} or {@code \fbox{...}} in a text, braces balanced. */
final class BoxedAnswer {

    private static final Pattern COMMAND = Pattern.compile("\\\\(?:boxed|fbox)(?![a-zA-Z])");

    /**
     * How many boxes, counting back from the last, are tried when the later ones are unfinished; a bound keeps
     * adversarial text ("\boxed{\boxed{\boxed{...") linear.
     */
    private static final int MAX_TRIES = 8;

    private BoxedAnswer() {
    }

    /**
     * The trimmed content of the last complete box: {@code \boxed{\frac{1}{2}}} gives {@code \frac{1}{2}} and
     * {@code \boxed 5} gives {@code 5}. A box left open (a truncated completion) is skipped for the one before it.
     * Empty when there is no complete, non-blank box.
     */
    static Optional<String> last(String text) {
        if (!text.contains("box")) {
            return Optional.empty();
        }
        List<Integer> starts = new ArrayList<>();
        Matcher matcher = COMMAND.matcher(text);
        while (matcher.find()) {
            starts.add(matcher.end());
        }
        for (int i = starts.size() - 1; i >= Math.max(0, starts.size() - MAX_TRIES); i--) {
            Optional<String> content = content(text, starts.get(i)).map(String::strip).filter(s -> !s.isEmpty());
            if (content.isPresent()) {
                return content;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> content(String text, int afterCommand) {
        int start = afterCommand;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (start < text.length() && text.charAt(start) == '{') {
            return braced(text, start);
        }
        if (start == afterCommand) {
            return Optional.empty();
        }
        // "\boxed 5": the argument is the next token, up to a closing math delimiter or whitespace.
        int end = start;
        while (end < text.length() && text.charAt(end) != '$' && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return Optional.of(text.substring(start, end));
    }

    private static Optional<String> braced(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++; // an escaped brace such as \{ is content, not structure
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return Optional.of(text.substring(open + 1, i));
            }
        }
        return Optional.empty();
    }
}
