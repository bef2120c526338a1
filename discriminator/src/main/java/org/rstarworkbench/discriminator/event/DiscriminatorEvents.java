package org.rstarworkbench.discriminator.event;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;

import org.rstarworkbench.core.event.SearchEvent;

/**
 * The discriminator's events in the run's stream, and how to make Jackson read and write them with the engine's.
 */
public final class DiscriminatorEvents {

    /** Event type names, as they appear in the {@code type} property. */
    public static final String PEER_CHECKED = "peer-checked";
    public static final String VERDICT = "verdict";

    private DiscriminatorEvents() {
    }

    /** The discriminator's event classes. */
    public static List<Class<? extends SearchEvent>> types() {
        return List.of(PeerChecked.class, Verdict.class);
    }

    /**
     * Registers the discriminator's events as subtypes of {@link SearchEvent}, so a mapper that reads a run's events
     * also reads {@code peer-checked} and {@code verdict}.
     *
     * @return the same mapper
     */
    public static ObjectMapper register(ObjectMapper mapper) {
        mapper.registerSubtypes(new NamedType(PeerChecked.class, PEER_CHECKED), new NamedType(Verdict.class, VERDICT));
        return mapper;
    }
}
