package org.rstarworkbench.discriminator.selection;

/**
 * The score of one answer among the trajectories that passed the agreement test:
 * {@code keptWeight / keptTotal + keptCount / allCount}.
 *
 * @param answer     the answer (as its first kept trajectory states it)
 * @param keptWeight the weight of the kept trajectories with this answer
 * @param keptCount  how many kept candidates (duplicates counted) state it
 * @param allCount   how many candidates with a usable answer state it, kept or not (duplicates counted)
 * @param score      the score
 */
public record AnswerScore(String answer, double keptWeight, int keptCount, int allCount, double score) {
}
