package org.rstarworkbench.visualizer.view;

/**
 * An edge of a drawing, parent to child.
 *
 * @param parentId     the parent's node id
 * @param childId      the child's node id
 * @param onTrajectory whether both ends lie on the highlighted trajectory
 */
public record DrawnEdge(int parentId, int childId, boolean onTrajectory) {
}
