/**
 * The crash-safe run store: one SQLite file (WAL mode) holding runs, their events and a cache of model calls.
 * {@link org.rstarworkbench.app.store.RunRecorder} persists a search's events as they come, committing at every
 * rollout boundary; {@link org.rstarworkbench.app.store.CachingModel} stores every model answer the moment it
 * arrives. Because the engine is deterministic given its seed and the model's answers, a killed run resumes by
 * running the same search again: recorded answers come from the cache, the re-emitted events are checked against
 * the stored ones, and only the calls never answered reach the live model. Replay is the same search with no live
 * model at all. {@link org.rstarworkbench.app.store.RunExports} turns events into trajectories JSONL, DOT and
 * GraphML.
 */
package org.rstarworkbench.app.store;
