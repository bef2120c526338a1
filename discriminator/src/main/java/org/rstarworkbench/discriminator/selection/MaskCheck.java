package org.rstarworkbench.discriminator.selection;

import java.util.Objects;

import org.rstarworkbench.core.answer.AnswerFormat;
import org.rstarworkbench.discriminator.trajectory.Masking;

/**
 * The peer's completion of one prefix of a trajectory.
 *
 * @param ratio      the share of words the prefix was cut at
 * @param words      how many words the prefix holds
 * @param prefix     the prefix given to the peer
 * @param completion what the peer wrote after it
 * @param answer     the answer the peer reached, or null when it states none
 * @param agrees     whether that answer is equivalent to the trajectory's own
 */
public record MaskCheck(double ratio, int words, String prefix, String completion, String answer, boolean agrees) {

    public MaskCheck {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(completion, "completion");
    }

    /** The check of {@code mask}, whose completion reached {@code peerAnswer}, against a trajectory's answer. */
    public static MaskCheck of(Masking.Mask mask, String completion, String peerAnswer, String trajectoryAnswer,
                               AnswerFormat format) {
        boolean agrees = peerAnswer != null && format.equivalent(peerAnswer, trajectoryAnswer);
        return new MaskCheck(mask.ratio(), mask.words(), mask.prefix(), completion, peerAnswer, agrees);
    }
}
