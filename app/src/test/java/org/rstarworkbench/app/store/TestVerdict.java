package org.rstarworkbench.app.store;

import com.fasterxml.jackson.annotation.JsonTypeName;

import org.rstarworkbench.core.event.SearchEvent;

/**
 * An event of another module, as a judge would emit (named like the discriminator's events): the store must keep
 * it whether or not its codec knows the type.
 */
@JsonTypeName(TestVerdict.TYPE)
record TestVerdict(long seq, String answer, long millis) implements SearchEvent {

    static final String TYPE = "test-verdict";
}
