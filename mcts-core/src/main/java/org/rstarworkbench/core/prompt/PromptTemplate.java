package org.rstarworkbench.core.prompt;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The template language of few-shot prompts: the subset of Python's {@code str.format} the reference rStar code
 * uses. {@code {examples}} and {@code {instruction}} are placeholders, {@code {{} and {@code }}} are literal braces.
 * Values are inserted in one pass, so braces inside the examples or the question are never interpreted (MATH
 * examples are full of them).
 */
final class PromptTemplate {

    static final String EXAMPLES = "examples";
    static final String INSTRUCTION = "instruction";
    private static final Set<String> PLACEHOLDERS = Set.of(EXAMPLES, INSTRUCTION);

    private PromptTemplate() {
    }

    /**
     * Fills in the placeholders. Lenient where Python would raise: an unknown placeholder or a single brace stays as
     * written. Loaders check templates with {@link #problem(String)} first, so for their packs this is exact.
     */
    static String render(String template, String examples, String instruction) {
        StringBuilder out = new StringBuilder(template.length() + examples.length() + instruction.length());
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            boolean doubled = i + 1 < template.length() && template.charAt(i + 1) == c;
            if ((c == '{' || c == '}') && doubled) {
                out.append(c);
                i += 2;
            } else if (c == '{' && fieldEnd(template, i) > 0) {
                int close = fieldEnd(template, i);
                String name = template.substring(i + 1, close);
                if (EXAMPLES.equals(name)) {
                    out.append(examples);
                } else if (INSTRUCTION.equals(name)) {
                    out.append(instruction);
                } else {
                    out.append(template, i, close + 1);
                }
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /**
     * What is wrong with a template, as a phrase that completes "the template …", or empty when it is fine: a single
     * brace, a placeholder other than {@code {examples}} and {@code {instruction}}, or one of those two missing.
     */
    static Optional<String> problem(String template) {
        Set<String> seen = new LinkedHashSet<>();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            boolean doubled = i + 1 < template.length() && template.charAt(i + 1) == c;
            if ((c == '{' || c == '}') && doubled) {
                i += 2;
                continue;
            }
            if (c == '}') {
                return Optional.of("has a single \"}\" at character " + (i + 1)
                        + " (write \"}}\" for a literal brace)");
            }
            if (c == '{') {
                int close = fieldEnd(template, i);
                if (close < 0) {
                    return Optional.of("has a single \"{\" at character " + (i + 1)
                            + " (write \"{{\" for a literal brace)");
                }
                String name = template.substring(i + 1, close);
                if (!PLACEHOLDERS.contains(name)) {
                    return Optional.of("has the unknown placeholder \"{" + abbreviate(name) + "}\" at character "
                            + (i + 1) + " (only {examples} and {instruction} are known; write \"{{\" and \"}}\" "
                            + "for literal braces)");
                }
                seen.add(name);
                i = close + 1;
                continue;
            }
            i++;
        }
        for (String required : new String[] {EXAMPLES, INSTRUCTION}) {
            if (!seen.contains(required)) {
                return Optional.of("has no {" + required + "} placeholder (it must contain both {examples} and "
                        + "{instruction})");
            }
        }
        return Optional.empty();
    }

    /** The index of the brace closing the field opened at {@code open}, or -1 when it is a single brace. */
    private static int fieldEnd(String template, int open) {
        int close = template.indexOf('}', open + 1);
        int nextOpen = template.indexOf('{', open + 1);
        return close < 0 || (nextOpen >= 0 && nextOpen < close) ? -1 : close;
    }

    private static String abbreviate(String text) {
        return text.length() <= 30 ? text : text.substring(0, 27) + "...";
    }
}
