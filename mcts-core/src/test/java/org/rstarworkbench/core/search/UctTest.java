package org.rstarworkbench.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rstarworkbench.core.event.Selected.UctScore;

class UctTest {

    @Test
    void scoreIsMeanRewardPlusExploration() {
        assertThat(Uct.score(1.5, 3, 10, 2.0)).isCloseTo(0.5 + 2.0 * Math.sqrt(Math.log(10) / 3), within(1e-12));
        assertThat(Uct.score(0, 0, 10, 2.0)).isEqualTo(Uct.UNVISITED);
        assertThat(Uct.score(1, 1, 1, 2.0)).isEqualTo(1.0);
    }

    @Test
    void argmaxTakesTheFirstOnTies() {
        List<UctScore> scores = List.of(new UctScore(1, 0, 1, 0.5), new UctScore(2, 0, 1, 0.9),
                new UctScore(3, 0, 1, 0.9));
        assertThat(Uct.argmax(scores)).isEqualTo(1);
    }

    @Test
    void weightSchedulesDecayToATenth() {
        SearchConfig c = SearchConfig.defaults().withRollouts(10);
        assertThat(c.weightAt(5)).isEqualTo(2.0);
        SearchConfig lin = c.withWeightSchedule(SearchConfig.WeightSchedule.LINEAR);
        assertThat(lin.weightAt(0)).isEqualTo(2.0);
        assertThat(lin.weightAt(10)).isCloseTo(0.2, within(1e-12));
        SearchConfig exp = c.withWeightSchedule(SearchConfig.WeightSchedule.EXPONENTIAL);
        assertThat(exp.weightAt(10)).isCloseTo(0.2, within(1e-12));
    }
}
