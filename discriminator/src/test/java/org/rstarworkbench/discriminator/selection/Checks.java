package org.rstarworkbench.discriminator.selection;

import java.util.ArrayList;
import java.util.List;

import org.rstarworkbench.discriminator.trajectory.Trajectory;

/** Hand-built trajectories and peer checks for selection tests. */
final class Checks {

    private static int texts;

    private Checks() {
    }

    /** Peer checks reaching the given answers, agreeing where the answer is {@code own}. */
    static List<MaskCheck> peer(String own, String... answers) {
        List<MaskCheck> checks = new ArrayList<>();
        for (int i = 0; i < answers.length; i++) {
            String a = answers[i];
            boolean agrees = a != null && Double.parseDouble(a) == Double.parseDouble(own);
            checks.add(new MaskCheck(0.2 + 0.1 * i, i + 1, "prefix " + i, " completion " + a, a, agrees));
        }
        return checks;
    }

    static Trajectory trajectory(String answer, int count) {
        return new Trajectory("text " + (texts++), "The answer is " + answer, answer, count, count, List.of());
    }

    /** A trajectory the peer agrees with on all four masks. */
    static CheckedTrajectory kept(String answer, int count) {
        return new CheckedTrajectory(trajectory(answer, count), peer(answer, answer, answer, answer, answer));
    }

    /** A trajectory the peer disagrees with on all four masks. */
    static CheckedTrajectory rejected(String answer, int count) {
        return new CheckedTrajectory(trajectory(answer, count), peer(answer, "-1", "-1", "-1", "-1"));
    }

    static CheckedTrajectory unchecked(String answer, int count) {
        return CheckedTrajectory.unchecked(trajectory(answer, count));
    }
}
