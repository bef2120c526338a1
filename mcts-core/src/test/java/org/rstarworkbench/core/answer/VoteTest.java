package org.rstarworkbench.core.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VoteTest {

    @Test
    void copiesItsLists() {
        List<Integer> members = new ArrayList<>(List.of(0, 2));
        AnswerGroup group = new AnswerGroup("4", members);
        List<AnswerGroup> groups = new ArrayList<>(List.of(group));
        Vote vote = new Vote(groups, 3);

        members.add(5);
        groups.clear();

        assertThat(group.members()).containsExactly(0, 2);
        assertThat(vote.groups()).containsExactly(group);
    }

    @Test
    void describesItsGroups() {
        AnswerGroup group = new AnswerGroup("4", List.of(1, 3, 4));

        assertThat(group.size()).isEqualTo(3);
        assertThat(group.first()).isEqualTo(1);
    }

    @Test
    void rejectsGroupsWithoutOrderedMembers() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AnswerGroup("4", List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new AnswerGroup("4", List.of(2, 1)))
                .withMessageContaining("[2, 1]");
        assertThatIllegalArgumentException().isThrownBy(() -> new AnswerGroup("4", List.of(1, 1)));
        assertThatIllegalArgumentException().isThrownBy(() -> new AnswerGroup("4", List.of(-1)));
    }

    @Test
    void rejectsATotalBelowTheGroupedCompletions() {
        AnswerGroup group = new AnswerGroup("4", List.of(0, 1));

        assertThatIllegalArgumentException().isThrownBy(() -> new Vote(List.of(group), 1))
                .withMessageContaining("(2)").withMessageContaining("was 1");
    }
}
