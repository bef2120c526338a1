/**
 * Everything the engine does, as numbered immutable events: the single source for live views, the store, replay and
 * exports. {@link org.rstarworkbench.core.event.TreeFold} rebuilds the tree at any event.
 */
package org.rstarworkbench.core.event;
