package org.rstarworkbench.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;

import org.junit.jupiter.api.Test;
import org.rstarworkbench.core.event.ModelCalled;
import org.rstarworkbench.core.event.NodeCreated;
import org.rstarworkbench.core.event.RunStarted;
import org.rstarworkbench.core.event.SearchEvent;

/** Events to JSON and back, and the comparison that resume and replay rely on. */
class EventCodecTest {

    @Test
    void everyEventOfARunRoundTripsExactly() throws Exception {
        EventCodec codec = EventCodec.standard();
        List<SearchEvent> events = StoreFixtures.uninterrupted(3).events();

        for (SearchEvent e : events) {
            String json = codec.write(e);
            assertThat(codec.read(json)).isEqualTo(e);
            assertThat(codec.typeOf(json)).isEqualTo(codec.typeOf(codec.tree(json)));
        }
        NodeCreated root = (NodeCreated) events.get(1);
        assertThat(codec.write(root)).startsWith("{\"type\":\"node-created\",\"seq\":1,");
        assertThat(((NodeCreated) codec.read(codec.write(root))).node().value()).isNaN();
    }

    @Test
    void timingFieldsAreIgnoredWhenComparingAndOtherFieldsAreNamed() throws Exception {
        EventCodec codec = EventCodec.standard();
        List<SearchEvent> events = StoreFixtures.uninterrupted(3).events();
        RunStarted started = (RunStarted) events.get(0);
        ModelCalled call = events.stream().filter(ModelCalled.class::isInstance).map(ModelCalled.class::cast)
                .findFirst().orElseThrow();

        assertThat(codec.sameEvent(codec.write(started), new RunStarted(0, started.problem(), started.config(),
                started.generator(), started.pack(), "2001-01-01T00:00:00Z"))).isTrue();
        assertThat(codec.sameEvent(codec.write(call), new ModelCalled(call.seq(), call.call(), call.nodeId(),
                call.action(), call.purpose(), call.generations(), call.millis() + 500))).isTrue();
        assertThat(codec.difference(codec.write(started), new RunStarted(0, started.problem(), started.config(),
                "other-model", started.pack(), started.startedAt()))).isEqualTo("generator: \"scripted\" vs "
                + "\"other-model\"");
        assertThat(codec.difference(codec.write(call), new ModelCalled(call.seq(), call.call(), call.nodeId(),
                call.action(), call.purpose(), call.generations().subList(0, 0), call.millis())))
                .isEqualTo("generations: 1 items vs 0");
        assertThat(codec.difference(codec.write(started), call)).startsWith("type: \"run-started\" vs "
                + "\"model-called\"");
        assertThat(codec.withTimingFields("generator").sameEvent(codec.write(started), new RunStarted(0,
                started.problem(), started.config(), "x", started.pack(), started.startedAt()))).isTrue();
    }

    @Test
    void otherModulesRegisterTheirEvents() throws Exception {
        TestVerdict verdict = new TestVerdict(7, "42", 3);
        String json = EventCodec.standard().withSubtype(TestVerdict.class, TestVerdict.TYPE).write(verdict);

        assertThatThrownBy(() -> EventCodec.standard().read(json)).isInstanceOf(InvalidTypeIdException.class);
        assertThat(EventCodec.standard().withSubtype(TestVerdict.class, TestVerdict.TYPE).read(json))
                .isEqualTo(verdict);
        assertThat(EventCodec.standard().with(m -> m.registerSubtypes(
                new com.fasterxml.jackson.databind.jsontype.NamedType(TestVerdict.class, TestVerdict.TYPE)))
                .read(json)).isEqualTo(verdict);
        assertThat(EventCodec.standard().read("{\"type\":\"rollout-started\",\"seq\":3,\"rollout\":1,"
                + "\"addedByANewerVersion\":true}")).isEqualTo(new org.rstarworkbench.core.event.RolloutStarted(3, 1));
    }
}
