package org.rstarworkbench.core.tree;

import java.util.Locale;

/**
 * A question split at its last sentence, as the reference's {@code split_user_question}: the context (every sentence
 * but the last) and the problem (the last sentence, the actual ask).
 *
 * @param context the sentences before the last one, ending with its period; may be empty
 * @param problem the last sentence
 */
public record QuestionParts(String context, String problem) {

    /** Splits {@code question}: trailing periods are dropped, then it is cut after the last remaining period. */
    public static QuestionParts of(String question) {
        String q = rstrip(question.strip(), '.');
        int lastPeriod = q.lastIndexOf('.');
        return new QuestionParts(q.substring(0, lastPeriod + 1).strip(), q.substring(lastPeriod + 1).strip());
    }

    /**
     * Whether a sub-question is the final one (reference: {@code reach_terminal_subquestion}): it says
     * "Now we can answer", or it contains the question's last sentence (case-insensitive).
     */
    public static boolean isFinalSubquestion(String subquestion, String question) {
        if (subquestion.contains("Now we can answer")) {
            return true;
        }
        String problem = of(question).problem().toLowerCase(Locale.ROOT);
        return subquestion.toLowerCase(Locale.ROOT).contains(problem);
    }

    private static String rstrip(String s, char ch) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ch) {
            end--;
        }
        return s.substring(0, end);
    }
}
