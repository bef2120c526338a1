package org.rstarworkbench.discriminator.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.model.ScriptedModel;
import org.rstarworkbench.core.model.Scripts;
import org.rstarworkbench.core.search.ComputeUsage;
import org.rstarworkbench.core.search.RStar;
import org.rstarworkbench.core.search.SearchConfig;
import org.rstarworkbench.core.tree.Problem;
import org.rstarworkbench.discriminator.TestPacks;
import org.rstarworkbench.discriminator.peer.PeerDiscriminator;
import org.rstarworkbench.discriminator.selection.AnswerScore;
import org.rstarworkbench.discriminator.selection.Branch;
import org.rstarworkbench.discriminator.selection.MaskCheck;
import org.rstarworkbench.discriminator.selection.Outcome;

class DiscriminatorEventsTest {

    static final TypeReference<List<SearchEvent>> EVENTS = new TypeReference<>() {
    };

    static final PeerChecked CHECKED = new PeerChecked(41, 0, "Let's think step by step. 3 + 4 = 7.", 2, 2.0, "7",
            List.of(5, 9), List.of(new MaskCheck(0.2, 2, "Let's think", " 3 + 4 = 7. The answer is 7.", "7", true),
            new MaskCheck(0.5, 4, "Let's think step by", " nothing", null, false)), Outcome.KEPT);
    static final Verdict VERDICT = new Verdict(42, "rstar-discriminator", "7", Branch.SCORED, 0, List.of(5, 9), "7",
            0.5, 2, List.of(new AnswerScore("7", 2.0, 2, 3, 1.0 + 2.0 / 3)),
            new ComputeUsage(1, 8, 8, 800, 64, 12));

    @Test
    void eventsRoundTripUnderTheirTypeNames() throws Exception {
        ObjectMapper mapper = DiscriminatorEvents.register(new ObjectMapper());

        String json = mapper.writerFor(EVENTS).writeValueAsString(List.of(CHECKED, VERDICT));
        JsonNode tree = mapper.readTree(json);
        List<SearchEvent> back = mapper.readValue(json, EVENTS);

        assertThat(tree.get(0).get("type").asText()).isEqualTo("peer-checked");
        assertThat(tree.get(1).get("type").asText()).isEqualTo("verdict");
        assertThat(tree.get(0).get("masks").get(1).get("answer").isNull()).isTrue();
        assertThat(back).containsExactly(CHECKED, VERDICT);
    }

    @Test
    void aWholeJudgedRunRoundTrips() throws Exception {
        ObjectMapper mapper = DiscriminatorEvents.register(new ObjectMapper());
        List<SearchEvent> events = new ArrayList<>();
        RStar rstar = RStar.builder().setModel(new ScriptedModel(Scripts.rstarShaped(7, 2)))
                .setPack(TestPacks.tiny()).optConfig(SearchConfig.defaults().withRollouts(4))
                .optJudge(PeerDiscriminator.builder()
                        .setPeer(new ScriptedModel((p, i) -> " and so 7. The answer is 7.")).build())
                .build();
        rstar.search(Problem.ofText("Ann has 3 apples and gets 4. How many now?"), events::add);

        List<SearchEvent> back = mapper.readValue(mapper.writerFor(EVENTS).writeValueAsString(events), EVENTS);

        assertThat(back).hasSameSizeAs(events);
        List<SearchEvent> ours = events.stream()
                .filter(e -> DiscriminatorEvents.types().contains(e.getClass())).toList();
        assertThat(ours).isNotEmpty();
        assertThat(back.stream().filter(e -> DiscriminatorEvents.types().contains(e.getClass())).toList())
                .isEqualTo(ours);
    }
}
