package org.rstarworkbench.core.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ready-made scripts for {@link ScriptedModel}: they recognise which rStar action a prompt belongs to from its last
 * line and answer in that action's format, so a whole search runs with no model. The answers are a deterministic
 * function of the prompt and the sample index and disagree now and then, so votes, values and trees vary like real
 * ones.
 */
public final class Scripts {

    private static final Pattern STEP = Pattern.compile("Step (\\d+):$");
    private static final Pattern SUBQUESTION = Pattern.compile("Question (\\d+)\\.(\\d+):$");
    private static final Pattern SUBANSWER = Pattern.compile("Answer (\\d+)\\.(\\d+):$");

    private Scripts() {
    }

    /**
     * An arithmetic-flavoured script whose majority answer is {@code answer}; about one sample in {@code 1/noise}
     * (by hash) answers {@code answer + 1} instead.
     */
    public static ScriptedModel.Script rstarShaped(long answer, int noise) {
        return (prompt, i) -> {
            long h = mix(prompt.hashCode() * 31L + i);
            long value = (noise > 0 && Math.floorMod(h, noise) == 0) ? answer + 1 : answer;
            // Only the prompt's last line tells the action; matching the whole prompt would cost O(prompt).
            String tail = prompt.substring(Math.max(0, prompt.length() - 48)).stripTrailing();
            Matcher m;
            if ((m = STEP.matcher(tail)).find()) {
                int step = Integer.parseInt(m.group(1));
                return step >= 3 && Math.floorMod(h >>> 8, 2) == 0
                        ? " So the total is " + value + ". The answer is " + value + "."
                        : " Work out part " + step + " of the problem: " + (value - step) + " + " + step + " = "
                        + value + ".\nStep " + (step + 1) + ": more";
            }
            if ((m = SUBQUESTION.matcher(tail)).find()) {
                int k = Integer.parseInt(m.group(2));
                return k >= 2 && Math.floorMod(h >>> 4, 3) != 0
                        ? " Now we can answer the question: what is the total?\nAnswer"
                        : " How much is part " + k + " (variant " + i + ")?\nAnswer";
            }
            if ((m = SUBANSWER.matcher(tail)).find()) {
                return " Part " + m.group(2) + " is " + value + ". The answer is " + value + ".\nQuestion";
            }
            if (tail.endsWith("Condition 1:")) {
                return "Some things are given. Question: what is the total?\nmore";
            }
            return "Let's think step by step. " + (value - 1) + " + 1 = " + value + ". The answer is: " + value
                    + ".\n\n\n### Instruction:";
        };
    }

    private static long mix(long x) {
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        x *= 0xc4ceb9fe1a85ec53L;
        x ^= x >>> 33;
        return x;
    }
}
