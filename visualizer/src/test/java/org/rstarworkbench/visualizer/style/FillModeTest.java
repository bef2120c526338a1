package org.rstarworkbench.visualizer.style;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.rstarworkbench.core.event.TreeFold;
import org.rstarworkbench.core.tree.NodeKind;
import org.rstarworkbench.visualizer.SampleRuns;
import org.rstarworkbench.visualizer.tree.TreeSnapshot;

class FillModeTest {

    static TreeSnapshot tree;

    @BeforeAll
    static void search() {
        tree = TreeSnapshot.of(TreeFold.of(SampleRuns.rstar(16, 42)));
    }

    @Test
    void meanRewardIsQOverNAndUnvisitedNodesHaveNoData() {
        int max = tree.maxVisits();
        for (int i = 0; i < tree.size(); i++) {
            double p = FillMode.MEAN_REWARD.position(tree, i, Map.of(), max);
            if (tree.n(i) == 0) {
                assertThat(p).isNaN();
                assertThat(FillMode.MEAN_REWARD.colour(KindStyle.of(tree.info(i).kind()), p))
                        .isEqualTo(FillMode.NO_DATA);
            } else {
                assertThat(p).isCloseTo(tree.q(i) / tree.n(i), within(1e-12));
            }
        }
    }

    @Test
    void visitsAreOnALogScaleFromOneToTheMostVisitedNode() {
        int max = tree.maxVisits();
        assertThat(max).isEqualTo(16);
        assertThat(FillMode.VISITS.position(tree, 0, Map.of(), max)).isEqualTo(1);
        for (int i = 0; i < tree.size(); i++) {
            double p = FillMode.VISITS.position(tree, i, Map.of(), max);
            if (tree.n(i) == 1) {
                assertThat(p).isZero();
            } else if (tree.n(i) == 4) {
                assertThat(p).isCloseTo(0.5, within(1e-12));
            }
        }
    }

    @Test
    void confidenceIsTheNodesValueAndNodesWithoutAnswersHaveNoData() {
        for (int i = 0; i < tree.size(); i++) {
            double p = FillMode.VALUE.position(tree, i, Map.of(), 1);
            NodeKind kind = tree.info(i).kind();
            if (kind == NodeKind.THOUGHT || kind == NodeKind.QUESTION || kind == NodeKind.REPHRASED) {
                assertThat(p).isNaN();
            } else {
                assertThat(p).isEqualTo(tree.info(i).value());
            }
        }
    }

    @Test
    void verdictsAreThreeColoursAndUncheckedNodesAreGrey() {
        int a = tree.id(1);
        int b = tree.id(2);
        int c = tree.id(3);
        Map<Integer, VerdictMark> marks = Map.of(a, VerdictMark.REJECTED, b, VerdictMark.AGREED, c, VerdictMark.WINNER);
        FillMode v = FillMode.VERDICT;
        KindStyle k = KindStyle.of(NodeKind.THOUGHT);
        assertThat(v.colour(k, v.position(tree, 1, marks, 1))).isEqualTo(Rgb.hex("#d62728"));
        assertThat(v.colour(k, v.position(tree, 2, marks, 1))).isEqualTo(Rgb.hex("#2ca02c"));
        assertThat(v.colour(k, v.position(tree, 3, marks, 1))).isEqualTo(Rgb.hex("#ffc000"));
        assertThat(v.colour(k, v.position(tree, 4, marks, 1))).isEqualTo(FillMode.NO_DATA);
    }

    @Test
    void theKindModeFillsWithTheKindsColour() {
        for (KindStyle k : KindStyle.all()) {
            assertThat(FillMode.KIND.colour(k, 0)).isEqualTo(k.colour());
        }
    }

    @Test
    void everyLegendSaysWhatItShowsAndListsItsColoursLowToHigh() {
        Legend q = FillMode.MEAN_REWARD.legend(16);
        assertThat(q.title()).isEqualTo("Q/N");
        assertThat(q.description()).contains("Mean reward");
        assertThat(q.entries()).extracting(Legend.Entry::label)
                .containsExactly("0.00", "0.25", "0.50", "0.75", "1.00", "no data");
        assertThat(q.entries().get(0).colour()).isEqualTo(FillMode.MEAN_REWARD.scale().at(0));
        assertThat(FillMode.VISITS.legend(16).entries()).extracting(Legend.Entry::label)
                .containsExactly("1", "2", "4", "8", "16", "no data");
        assertThat(FillMode.VISITS.legend(1).entries()).extracting(Legend.Entry::label)
                .containsExactly("1", "no data");
        assertThat(FillMode.VERDICT.legend(0).entries()).extracting(Legend.Entry::label)
                .containsExactly("rejected", "agreed", "winner", "not checked");
        Legend kinds = FillMode.KIND.legend(0);
        assertThat(kinds.entries()).hasSize(6).allSatisfy(e -> assertThat(e.shape()).isNotNull());
        assertThat(FillMode.VALUE.legend(0).title()).isEqualTo("Confidence");
    }

    @Test
    void theColourScaleMixesNeighbouringStopsLikeGraphStream() {
        ColorScale scale = ColorScale.of("#000000", "#ff0000", "#ffffff");
        assertThat(scale.at(0)).isEqualTo(new Rgb(0, 0, 0));
        assertThat(scale.at(0.25)).isEqualTo(new Rgb(128, 0, 0));
        assertThat(scale.at(0.5)).isEqualTo(new Rgb(255, 0, 0));
        assertThat(scale.at(0.75)).isEqualTo(new Rgb(255, 128, 128));
        assertThat(scale.at(1)).isEqualTo(new Rgb(255, 255, 255));
        assertThat(scale.at(7)).isEqualTo(scale.at(1));
        assertThat(scale.at(-1)).isEqualTo(scale.at(0));
        assertThat(scale.css()).isEqualTo("#000000, #ff0000, #ffffff");
    }

    @Test
    void coloursReadAndWriteHex() {
        assertThat(Rgb.hex("#1A2b3C")).isEqualTo(new Rgb(0x1a, 0x2b, 0x3c));
        assertThat(new Rgb(1, 2, 255).hex()).isEqualTo("#0102ff");
        assertThat(new Rgb(100, 50, 10).darker(0.5)).isEqualTo(new Rgb(50, 25, 5));
    }

    @Test
    void everyKindHasItsOwnShapeColourAndClass() {
        assertThat(KindStyle.all()).extracting(KindStyle::kind).containsExactly(NodeKind.values());
        assertThat(KindStyle.all()).extracting(KindStyle::shape).doesNotHaveDuplicates();
        assertThat(KindStyle.all()).extracting(KindStyle::colour).doesNotHaveDuplicates();
        assertThat(KindStyle.all()).extracting(KindStyle::styleClass)
                .containsExactly("question", "rephrased", "thought", "directanswer", "subquestion", "reanswer");
        assertThat(KindStyle.of(NodeKind.SUBQUESTION).shape()).isEqualTo(NodeShape.TRIANGLE);
    }
}
