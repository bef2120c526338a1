package org.rstarworkbench.discriminator.selection;

import java.util.List;
import java.util.Objects;

import org.rstarworkbench.discriminator.trajectory.Trajectory;

/**
 * A trajectory with the peer's checks of its prefixes; the checks are empty when the peer did not check it.
 *
 * @param trajectory the trajectory
 * @param checks     one check per mask, in mask order
 */
public record CheckedTrajectory(Trajectory trajectory, List<MaskCheck> checks) {

    public CheckedTrajectory {
        Objects.requireNonNull(trajectory, "trajectory");
        checks = List.copyOf(checks);
    }

    /** A trajectory the peer did not check. */
    public static CheckedTrajectory unchecked(Trajectory trajectory) {
        return new CheckedTrajectory(trajectory, List.of());
    }
}
