package org.rstarworkbench.visualizer.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import org.rstarworkbench.core.event.TreeFold;
import org.rstarworkbench.visualizer.SampleRuns;
import org.rstarworkbench.visualizer.style.FillMode;
import org.rstarworkbench.visualizer.style.TreeLook;
import org.rstarworkbench.visualizer.tree.TreeSnapshot;
import org.rstarworkbench.visualizer.view.TreeDrawer;
import org.rstarworkbench.visualizer.view.TreeViewState;

class GraphStyleSheetTest {

    @Test
    void theLightLookIsTheNormalStyleSheet() {
        assertThat(GraphStyleSheet.of(FillMode.VISITS, true, TreeLook.LIGHT))
                .isEqualTo(GraphStyleSheet.of(FillMode.VISITS, true))
                .contains("graph { fill-color: #ffffff;")
                .contains("edge { fill-color: #a0a0a0; size: 1px;")
                .contains("node.selected { stroke-color: #000000; stroke-width: 4px; size: 18px;");
    }

    @Test
    void aDarkLookColoursTheBackgroundTextEdgesAndSelection() {
        String css = GraphStyleSheet.of(FillMode.MEAN_REWARD, true, TreeLook.DARK);
        assertThat(css).contains("graph { fill-color: " + TreeLook.DARK.background().hex())
                .contains("text-color: " + TreeLook.DARK.text().hex())
                .contains("edge { fill-color: " + TreeLook.DARK.edge().hex())
                .contains("node.selected { stroke-color: #ffffff;");
        assertThat(TreeLook.DARK.dark()).isTrue();
        assertThat(TreeLook.LIGHT.dark()).isFalse();
    }

    @Test
    void aScaledLookDrawsNodesLabelsAndLinesLarger() {
        String css = GraphStyleSheet.of(FillMode.MEAN_REWARD, true, TreeLook.LIGHT.withScale(2));
        assertThat(css).contains("node { size: 22px;").contains("text-size: 22;")
                .contains("edge { fill-color: #a0a0a0; size: 2px;").contains("edge.path { fill-color: "
                        + GraphStyleSheet.PATH_COLOUR + "; size: 6px;");
        assertThatThrownBy(() -> TreeLook.LIGHT.withScale(0)).hasMessageContaining("scale")
                .hasMessageContaining("0.0");
    }

    @Test
    void aGraphTakesANewLookAtOnce() {
        TreeGraph graph = new TreeGraph();
        TreeSnapshot tree = TreeSnapshot.of(TreeFold.of(SampleRuns.rstar(4, 42)));
        graph.show(TreeDrawer.draw(TreeViewState.of(tree).withFillMode(FillMode.MEAN_REWARD)));
        graph.setLook(TreeLook.DARK.withScale(1.5));
        assertThat((String) graph.graph().getAttribute("ui.stylesheet"))
                .isEqualTo(GraphStyleSheet.of(FillMode.MEAN_REWARD, true, TreeLook.DARK.withScale(1.5)));
    }
}
