package org.rstarworkbench.app.gui.trajectories;

/**
 * One step of a trajectory: a node on its path below the root.
 *
 * @param nodeId the node's id
 * @param label  the action and kind, e.g. "A1 thought"
 * @param text   what the step says (a sub-question with its answer)
 */
public record Step(int nodeId, String label, String text) {
}
