package org.rstarworkbench.core.event;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Something the engine did, numbered by a per-run sequence number starting at 0. The tree at sequence {@code k} is
 * the fold of the events up to {@code k} ({@link TreeFold}); live views, replays and stored runs all read events.
 *
 * <p>Events are immutable values, delivered to {@link SearchListener}s on the engine thread in sequence order.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = RunStarted.class, name = "run-started"),
        @JsonSubTypes.Type(value = NodeCreated.class, name = "node-created"),
        @JsonSubTypes.Type(value = ModelCalled.class, name = "model-called"),
        @JsonSubTypes.Type(value = RolloutStarted.class, name = "rollout-started"),
        @JsonSubTypes.Type(value = Selected.class, name = "selected"),
        @JsonSubTypes.Type(value = Expanded.class, name = "expanded"),
        @JsonSubTypes.Type(value = Simulated.class, name = "simulated"),
        @JsonSubTypes.Type(value = Backpropagated.class, name = "backpropagated"),
        @JsonSubTypes.Type(value = RolloutFinished.class, name = "rollout-finished"),
        @JsonSubTypes.Type(value = CandidateCollected.class, name = "candidate-collected"),
        @JsonSubTypes.Type(value = RunFinished.class, name = "run-finished"),
        @JsonSubTypes.Type(value = RunFailed.class, name = "run-failed"),
        @JsonSubTypes.Type(value = RunCancelled.class, name = "run-cancelled")
})
public interface SearchEvent {

    /** The position of this event in its run, from 0. */
    long seq();
}
