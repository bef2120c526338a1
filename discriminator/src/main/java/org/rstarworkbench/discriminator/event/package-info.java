/**
 * The discriminator's events in a run's stream ({@code peer-checked} per trajectory, then one {@code verdict}),
 * their Jackson registration, and a fold that rebuilds the discriminator's state from them for views and replays.
 */
package org.rstarworkbench.discriminator.event;
