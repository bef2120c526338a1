package org.rstarworkbench.discriminator.selection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.rstarworkbench.core.answer.AnswerFormat;

/**
 * When the peer's completions of a trajectory's prefixes count as agreeing with it: the mutual-consistency test of
 * rStar (Qi et al., 2025, §3.3; the reference's {@code --rc_mode}).
 */
public enum AgreementMode {

    /** At least one completion reaches the trajectory's answer ({@code loose}). */
    LOOSE,

    /**
     * At least half of the completions, rounded down, reach the trajectory's answer ({@code mid}, the default). The
     * rounding is the reference's integer division: 2 of 4 masks, 1 of 3, and with a single mask any trajectory
     * passes.
     */
    MID,

    /** Every completion reaches the trajectory's answer ({@code strict}). */
    STRICT,

    /**
     * The completions vote, and the trajectory passes when their majority answer is its own ({@code maj}). As in the
     * reference's {@code find_most_confident_answer}, completions without an answer vote together as one group,
     * which can win (and then the trajectory fails); ties go to the answer reached first.
     */
    MAJORITY;

    /**
     * Whether a trajectory with answer {@code answer} passes, given the peer's checks of its prefixes.
     *
     * @param answer the trajectory's answer
     * @param checks the peer's completions of its prefixes, in mask order
     * @param format compares answers (for {@link #MAJORITY})
     */
    public boolean passes(String answer, List<MaskCheck> checks, AnswerFormat format) {
        long agreeing = checks.stream().filter(MaskCheck::agrees).count();
        return switch (this) {
            case LOOSE -> agreeing > 0;
            case MID -> agreeing >= checks.size() / 2;
            case STRICT -> agreeing == checks.size();
            case MAJORITY -> {
                String winner = majority(checks, format);
                yield winner != null && format.equivalent(winner, answer);
            }
        };
    }

    /** The name used in configuration: {@code loose}, {@code mid}, {@code strict} or {@code majority}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The mode with the given name, ignoring case; {@code maj} (the reference's spelling) means {@link #MAJORITY}.
     *
     * @throws IllegalArgumentException naming the valid names when the name is unknown
     */
    public static AgreementMode named(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (key.equals("maj")) {
            return MAJORITY;
        }
        for (AgreementMode mode : values()) {
            if (mode.id().equals(key)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("Unknown agreement mode '" + name
                + "'; use loose, mid, strict or majority (maj)");
    }

    /** The completions' majority answer; null when the answerless group wins or there are no checks. */
    private static String majority(List<MaskCheck> checks, AnswerFormat format) {
        List<String> answers = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (MaskCheck c : checks) {
            int at = 0;
            while (at < answers.size() && !sameGroup(answers.get(at), c.answer(), format)) {
                at++;
            }
            if (at == answers.size()) {
                answers.add(c.answer());
                sizes.add(0);
            }
            sizes.set(at, sizes.get(at) + 1);
        }
        int best = -1;
        for (int i = 0; i < sizes.size(); i++) {
            if (best < 0 || sizes.get(i) > sizes.get(best)) {
                best = i;
            }
        }
        return best < 0 ? null : answers.get(best);
    }

    private static boolean sameGroup(String group, String answer, AnswerFormat format) {
        return group == null ? answer == null : answer != null && format.equivalent(group, answer);
    }
}
