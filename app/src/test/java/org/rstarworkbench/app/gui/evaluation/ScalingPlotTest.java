package org.rstarworkbench.app.gui.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import org.rstarworkbench.app.eval.EvalSummary;
import org.rstarworkbench.app.gui.evaluation.ScalingPlot.Across;

class ScalingPlotTest {

    static EvalSummary row(int budget, double tokens) {
        return new EvalSummary("rstar", budget, 10, 3, 20, 200, tokens, 1.5);
    }

    @Test
    void budgetsLieOnAPowersOfTwoAxisAndTokensOnAPowersOfTenAxis() {
        assertThat(Across.BUDGET.position(row(16, 500))).isCloseTo(4, within(1e-9));
        assertThat(Across.BUDGET.position(row(1, 500))).isCloseTo(0, within(1e-9));
        assertThat(Across.TOKENS.position(row(16, 1000))).isCloseTo(3, within(1e-9));
        assertThat(Across.BUDGET.value(3)).isCloseTo(8, within(1e-9));
        assertThat(Across.TOKENS.value(2)).isCloseTo(100, within(1e-9));
    }

    @Test
    void noTokensAtAllStillHasAPlaceOnTheAxis() {
        assertThat(Across.TOKENS.position(row(1, 0))).isZero();
    }

    @Test
    void theRangeIsWholePowersWithMarginAndHasADefaultWhenEmpty() {
        assertThat(ScalingPlot.range(0, 4)).containsExactly(-1, 5);
        assertThat(ScalingPlot.range(2.2, 2.9)).containsExactly(1, 4);
        assertThat(ScalingPlot.range(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY)).containsExactly(0, 4);
    }

    @Test
    void theAccuracyAxisEndsAboveTheBestPointRoundedToTens() {
        assertThat(ScalingPlot.accuracyTop(0)).isEqualTo(10);
        assertThat(ScalingPlot.accuracyTop(21.3)).isEqualTo(30);
        assertThat(ScalingPlot.accuracyTop(25)).isEqualTo(30);
        assertThat(ScalingPlot.accuracyTop(25.1)).isEqualTo(40);
        assertThat(ScalingPlot.accuracyTop(99)).isEqualTo(100);
    }

    @Test
    void ticksAreLabelledWithTheValuesAndNotLeftOfOne() {
        assertThat(ScalingPlot.label(Across.BUDGET, 4)).isEqualTo("16");
        assertThat(ScalingPlot.label(Across.TOKENS, 4)).isEqualTo("10,000");
        assertThat(ScalingPlot.label(Across.BUDGET, 0)).isEqualTo("1");
        assertThat(ScalingPlot.label(Across.BUDGET, -1)).isEmpty();
    }
}
