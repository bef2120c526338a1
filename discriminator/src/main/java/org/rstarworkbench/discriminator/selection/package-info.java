/**
 * rStar's final answer selection as a pure function: the agreement modes of the mutual-consistency test, and the
 * rules that turn trajectories and the peer's checks into one answer, recording which rule decided (Qi et al., 2025,
 * §3.3). No model calls happen here.
 */
package org.rstarworkbench.discriminator.selection;
