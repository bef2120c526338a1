package org.rstarworkbench.app.store;

import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.model.Completion;

/**
 * Events to JSON and back, the same JSON as the run file ({@code {"type": "rollout-finished", "seq": 12, ...}}).
 * The engine's events are known from {@link SearchEvent}'s annotations; other modules' events (the
 * discriminator's {@code peer-checked} and {@code verdict}) are added with {@link #with} (a module's registration
 * hook), {@link #withSubtype} or {@link #withModule}. Reading ignores properties it does not know, so a store
 * written by a newer build still reads.
 *
 * <p>Comparing a re-emitted event with a stored one ({@link #sameEvent}) ignores the fields that hold wall-clock
 * time ({@code startedAt}, {@code millis}, {@code modelMillis} by default): a resumed or replayed run produces the
 * same events except for those.
 *
 * <p>Immutable and thread-safe; the {@code with...} methods return new codecs.
 */
public final class EventCodec {

    /** Fields holding wall-clock times, which differ between a run and its resumption or replay. */
    public static final Set<String> TIMING_FIELDS = Set.of("startedAt", "millis", "modelMillis");

    private static final TypeReference<List<Completion>> COMPLETIONS = new TypeReference<>() {
    };

    private final ObjectMapper mapper;
    private final ObjectWriter eventWriter;
    private final ObjectReader eventReader;
    private final Set<String> timingFields;

    private EventCodec(ObjectMapper mapper, Set<String> timingFields) {
        this.mapper = mapper;
        this.eventWriter = mapper.writerFor(SearchEvent.class);
        this.eventReader = mapper.readerFor(SearchEvent.class);
        this.timingFields = Set.copyOf(timingFields);
    }

    /** The engine's events only. */
    public static EventCodec standard() {
        return of(new ObjectMapper());
    }

    /**
     * A codec over a copy of {@code mapper}, e.g. one on which a module registered its event types. The copy is
     * configured to tolerate unknown properties and empty beans.
     */
    public static EventCodec of(ObjectMapper mapper) {
        ObjectMapper copy = Objects.requireNonNull(mapper, "mapper").copy()
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return new EventCodec(copy, TIMING_FIELDS);
    }

    /** This codec, also knowing {@code type} under the type name {@code name} (e.g. {@code "peer-checked"}). */
    public EventCodec withSubtype(Class<? extends SearchEvent> type, String name) {
        ObjectMapper copy = mapper.copy();
        copy.registerSubtypes(new NamedType(type, name));
        return new EventCodec(copy, timingFields);
    }

    /**
     * This codec after a module's registration hook ran on its mapper, e.g.
     * {@code EventCodec.standard().with(DiscriminatorEvents::register)}.
     */
    public EventCodec with(Consumer<ObjectMapper> registration) {
        ObjectMapper copy = mapper.copy();
        registration.accept(copy);
        return new EventCodec(copy, timingFields);
    }

    /** This codec with a Jackson module registered, e.g. one that registers a module's event types. */
    public EventCodec withModule(Module module) {
        return new EventCodec(mapper.copy().registerModule(module), timingFields);
    }

    /** This codec, also ignoring {@code names} when comparing events (fields that hold times or durations). */
    public EventCodec withTimingFields(String... names) {
        Set<String> all = new LinkedHashSet<>(timingFields);
        all.addAll(List.of(names));
        return new EventCodec(mapper.copy(), all);
    }

    /** A copy of the mapper, configured as this codec's. */
    public ObjectMapper mapper() {
        return mapper.copy();
    }

    /** The event as JSON, with its type name. */
    public String write(SearchEvent event) {
        try {
            return eventWriter.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write event " + event.seq() + " ("
                    + event.getClass().getSimpleName() + ") as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Reads one event.
     *
     * @throws com.fasterxml.jackson.databind.exc.InvalidTypeIdException when its type is not known to this codec
     * @throws IOException                                                 when it is not a valid event
     */
    public SearchEvent read(String json) throws IOException {
        return eventReader.readValue(json);
    }

    /** Reads one event from a JSON tree. */
    public SearchEvent read(JsonNode json) throws IOException {
        return eventReader.readValue(json);
    }

    /**
     * Whether {@code event} equals the stored one except for timing fields; both are compared as JSON, so this
     * works for event types of any module.
     */
    public boolean sameEvent(String storedJson, SearchEvent event) {
        return difference(storedJson, event) == null;
    }

    /**
     * Where {@code event} first differs from the stored one, ignoring timing fields: a JSON path and both values,
     * e.g. {@code node.text: "Step 1" vs "Step 2"}; null when they are the same.
     */
    public String difference(String storedJson, SearchEvent event) {
        try {
            JsonNode stored = withoutTiming(mapper.readTree(storedJson));
            JsonNode fresh = withoutTiming(mapper.readTree(write(event)));
            return JsonDifference.first(stored, fresh);
        } catch (JsonProcessingException e) {
            return "the stored event is not valid JSON (" + e.getOriginalMessage() + ")";
        }
    }

    /** The type name of an event written by {@link #write}. */
    String typeOf(String json) {
        // Jackson writes the type id first; reading the whole tree is the slow path for other JSON.
        String prefix = "{\"type\":\"";
        int end = json.startsWith(prefix) ? json.indexOf('"', prefix.length()) : -1;
        if (end > 0 && json.lastIndexOf('\\', end) < prefix.length()) {
            return json.substring(prefix.length(), end);
        }
        try {
            String type = typeOf(mapper.readTree(json));
            return type != null ? type : "unknown";
        } catch (JsonProcessingException e) {
            return "unknown";
        }
    }

    /** The type name in an event's JSON, or null. */
    public String typeOf(JsonNode json) {
        JsonNode type = json.get("type");
        return type != null && type.isTextual() ? type.asText() : null;
    }

    JsonNode tree(String json) throws JsonProcessingException {
        return mapper.readTree(json);
    }

    String json(JsonNode tree) {
        try {
            return mapper.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    String writeCompletions(List<Completion> completions) throws JsonProcessingException {
        return mapper.writeValueAsString(completions);
    }

    List<Completion> readCompletions(String json) throws JsonProcessingException {
        return mapper.readValue(json, COMPLETIONS);
    }

    private JsonNode withoutTiming(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(timingFields);
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                withoutTiming(it.next().getValue());
            }
        } else if (node.isArray()) {
            node.forEach(this::withoutTiming);
        }
        return node;
    }
}
