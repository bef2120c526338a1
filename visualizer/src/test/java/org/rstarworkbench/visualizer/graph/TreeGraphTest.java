package org.rstarworkbench.visualizer.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.graphstream.graph.Edge;
import org.graphstream.graph.Node;
import org.graphstream.stream.SinkAdapter;
import org.graphstream.ui.graphicGraph.GraphicEdge;
import org.graphstream.ui.graphicGraph.GraphicGraph;
import org.graphstream.ui.graphicGraph.GraphicNode;
import org.graphstream.ui.graphicGraph.StyleGroup;
import org.graphstream.ui.graphicGraph.stylesheet.StyleConstants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.event.TreeFold;
import org.rstarworkbench.visualizer.SampleRuns;
import org.rstarworkbench.visualizer.layout.LevelOfDetail;
import org.rstarworkbench.visualizer.style.FillMode;
import org.rstarworkbench.visualizer.style.KindStyle;
import org.rstarworkbench.visualizer.tree.TreeSnapshot;
import org.rstarworkbench.visualizer.view.DrawnNode;
import org.rstarworkbench.visualizer.view.LabelPolicy;
import org.rstarworkbench.visualizer.view.TreeDrawer;
import org.rstarworkbench.visualizer.view.TreeDrawing;
import org.rstarworkbench.visualizer.view.TreeViewState;

class TreeGraphTest {

    static List<SearchEvent> run;

    @BeforeAll
    static void search() {
        run = SampleRuns.rstar(16, 42);
    }

    static TreeDrawing drawingAt(int events, FillMode fill) {
        TreeSnapshot tree = TreeSnapshot.of(TreeFold.of(run.subList(0, events)));
        return TreeDrawer.draw(TreeViewState.of(tree).withFillMode(fill));
    }

    @Test
    void everyNodeGetsItsPlaceClassColourAndEveryChildAnEdgeFromItsParent() {
        TreeDrawing drawing = drawingAt(run.size(), FillMode.MEAN_REWARD);
        TreeGraph graph = new TreeGraph();
        TreeGraph.Update update = graph.show(drawing);
        assertThat(update.added()).isEqualTo(drawing.nodes().size());
        assertThat(graph.graph().getNodeCount()).isEqualTo(drawing.nodes().size());
        assertThat(graph.graph().getEdgeCount()).isEqualTo(drawing.nodes().size() - 1);
        assertThat((String) graph.graph().getAttribute("ui.stylesheet")).contains("dyn-plain")
                .contains(FillMode.MEAN_REWARD.scale().css());
        for (DrawnNode drawn : drawing.nodes()) {
            Node node = graph.graph().getNode(TreeGraph.nodeId(drawn.id()));
            Object[] xy = (Object[]) node.getAttribute("xy");
            assertThat(xy).containsExactly(drawn.x(), -drawn.y());
            assertThat(node.getAttribute("ui.class")).isEqualTo(drawn.styleClasses());
            // GraphStream 2.0's renderer casts ui.color to float: a Double would fail there.
            assertThat(node.getAttribute("ui.color")).isInstanceOf(Float.class)
                    .isEqualTo(drawn.noData() ? 0f : (float) drawn.fillPosition());
            assertThat(node.hasAttribute("ui.label")).isEqualTo(drawn.label() != null);
            if (drawn.parentId() >= 0) {
                Edge edge = graph.graph().getEdge("e" + drawn.id());
                assertThat(edge.getSourceNode().getId()).isEqualTo(TreeGraph.nodeId(drawn.parentId()));
                assertThat(edge.getTargetNode().getId()).isEqualTo(TreeGraph.nodeId(drawn.id()));
            }
        }
    }

    @Test
    void newEventsOnlyAddAndRestyleWhatChanged() {
        TreeGraph graph = new TreeGraph();
        TreeDrawing early = drawingAt(run.size() / 2, FillMode.VISITS);
        TreeDrawing late = drawingAt(run.size(), FillMode.VISITS);
        graph.show(early);
        Node first = graph.graph().getNode("0");
        AtomicInteger events = countEvents(graph);
        TreeGraph.Update update = graph.show(late);
        assertThat(update.added()).isEqualTo(late.nodes().size() - early.nodes().size());
        assertThat(update.removed()).isZero();
        assertThat(graph.graph().getNode("0")).as("nodes are kept, not rebuilt").isSameAs(first);
        assertThat(events.get()).isPositive();
        events.set(0);
        assertThat(graph.show(late)).isEqualTo(new TreeGraph.Update(0, 0, 0));
        assertThat(events.get()).as("showing the same drawing again touches nothing").isZero();
    }

    @Test
    void scrubbingBackRemovesNodesThatDidNotExistYet() {
        TreeGraph graph = new TreeGraph();
        TreeDrawing late = drawingAt(run.size(), FillMode.KIND);
        TreeDrawing early = drawingAt(run.size() / 4, FillMode.KIND);
        graph.show(late);
        TreeGraph.Update update = graph.show(early);
        assertThat(update.removed()).isEqualTo(late.nodes().size() - early.nodes().size());
        assertThat(graph.graph().getNodeCount()).isEqualTo(early.nodes().size());
        assertThat(graph.graph().getEdgeCount()).isEqualTo(early.nodes().size() - 1);
        graph.show(late);
        assertThat(graph.graph().getNodeCount()).isEqualTo(late.nodes().size());
        assertThat(graph.graph().getEdgeCount()).isEqualTo(late.nodes().size() - 1);
    }

    @Test
    void aNewFillModeChangesTheStyleSheetAndTheColoursOnly() {
        TreeGraph graph = new TreeGraph();
        graph.show(drawingAt(run.size(), FillMode.MEAN_REWARD));
        AtomicInteger moves = new AtomicInteger();
        graph.graph().addSink(new SinkAdapter() {
            @Override
            public void nodeAttributeChanged(String source, long time, String node, String key, Object old,
                                             Object value) {
                if (key.equals("xy")) {
                    moves.incrementAndGet();
                }
            }
        });
        graph.show(drawingAt(run.size(), FillMode.VALUE));
        assertThat((String) graph.graph().getAttribute("ui.stylesheet")).contains(FillMode.VALUE.scale().css());
        assertThat(moves.get()).isZero();
    }

    @Test
    void theTrajectorysEdgesCarryThePathClass() {
        TreeSnapshot tree = TreeSnapshot.of(TreeFold.of(run));
        int leaf = tree.size() - 1;
        TreeViewState state = new TreeViewState(tree, FillMode.KIND, Map.of(), Set.of(), Set.of(),
                LevelOfDetail.OFF, tree.pathTo(leaf), -1, Set.of(), LabelPolicy.DEFAULT,
                TreeViewState.of(tree).spacing());
        TreeGraph graph = new TreeGraph();
        graph.show(TreeDrawer.draw(state));
        List<Integer> path = tree.pathTo(leaf);
        for (int i = 1; i < path.size(); i++) {
            assertThat(graph.graph().getEdge("e" + path.get(i)).getAttribute("ui.class")).isEqualTo("path");
        }
        graph.show(TreeDrawer.draw(TreeViewState.of(tree)));
        assertThat(graph.graph().getEdge("e" + path.get(1)).hasAttribute("ui.class")).isFalse();
    }

    @Test
    void graphStreamResolvesTheStyleSheetAsIntended() {
        TreeGraph graph = new TreeGraph();
        GraphicGraph rendered = new GraphicGraph("rendered");
        graph.graph().addSink(rendered);
        TreeSnapshot tree = TreeSnapshot.of(TreeFold.of(run));
        int thought = tree.child(0, 0);
        int unvisited = 0;
        while (tree.n(unvisited) > 0) {
            unvisited++;
        }
        TreeViewState state = new TreeViewState(tree, FillMode.MEAN_REWARD, Map.of(), Set.of(), Set.of(),
                LevelOfDetail.OFF, List.of(0, tree.id(thought)), tree.id(thought), Set.of(), LabelPolicy.DEFAULT,
                TreeViewState.of(tree).spacing());
        graph.show(TreeDrawer.draw(state));

        StyleGroup selected = ((GraphicNode) rendered.getNode(TreeGraph.nodeId(tree.id(thought)))).getStyle();
        assertThat(selected.getShape()).isEqualTo(StyleConstants.Shape.CIRCLE);
        assertThat(hex(selected.getStrokeColor(0))).as("the selection's outline wins over the path's")
                .isEqualTo("#000000");
        assertThat(selected.getSize().get(0)).isEqualTo(18);
        assertThat(selected.getFillMode()).isEqualTo(StyleConstants.FillMode.DYN_PLAIN);

        StyleGroup root = ((GraphicNode) rendered.getNode("0")).getStyle();
        assertThat(root.getShape()).isEqualTo(StyleConstants.Shape.BOX);
        assertThat(hex(root.getStrokeColor(0))).isEqualTo(GraphStyleSheet.PATH_COLOUR);

        StyleGroup grey = ((GraphicNode) rendered.getNode(TreeGraph.nodeId(tree.id(unvisited)))).getStyle();
        assertThat(grey.getFillMode()).isEqualTo(StyleConstants.FillMode.PLAIN);
        assertThat(hex(grey.getFillColor(0))).isEqualTo(FillMode.NO_DATA.hex());
        KindStyle kind = KindStyle.of(tree.info(unvisited).kind());
        assertThat(hex(grey.getStrokeColor(0))).isEqualTo(kind.colour().hex());
        assertThat(((GraphicEdge) rendered.getEdge("e" + tree.id(thought))).getStyle().getArrowShape())
                .isEqualTo(StyleConstants.ArrowShape.NONE);
    }

    @Test
    void inKindModeNodesAreFilledWithTheirKindsColour() {
        TreeGraph graph = new TreeGraph();
        GraphicGraph rendered = new GraphicGraph("rendered");
        graph.graph().addSink(rendered);
        TreeDrawing drawing = drawingAt(run.size(), FillMode.KIND);
        graph.show(drawing);
        for (DrawnNode drawn : drawing.nodes()) {
            StyleGroup style = ((GraphicNode) rendered.getNode(TreeGraph.nodeId(drawn.id()))).getStyle();
            assertThat(style.getFillMode()).isEqualTo(StyleConstants.FillMode.PLAIN);
            assertThat(hex(style.getFillColor(0))).isEqualTo(drawn.kind().colour().hex());
        }
    }

    @Test
    void aNewStyleSheetReplacesTheOldRulesInsteadOfAddingToThem() {
        TreeGraph graph = new TreeGraph();
        GraphicGraph rendered = new GraphicGraph("rendered");
        graph.graph().addSink(rendered);
        graph.show(drawingAt(run.size(), FillMode.KIND));
        TreeDrawing byReward = drawingAt(run.size(), FillMode.MEAN_REWARD);
        graph.show(byReward);
        DrawnNode visited = byReward.nodes().stream().filter(n -> !n.noData()).skip(1).findFirst().orElseThrow();
        StyleGroup style = ((GraphicNode) rendered.getNode(TreeGraph.nodeId(visited.id()))).getStyle();
        assertThat(style.getFillMode()).as("the kind mode's plain fill is gone")
                .isEqualTo(StyleConstants.FillMode.DYN_PLAIN);
        assertThat(style.getFillColorCount()).isEqualTo(FillMode.MEAN_REWARD.scale().stops().size());
    }

    @Test
    void hiddenLabelsLeaveTheSelectedAndCollapsedNodesLabelled() {
        TreeSnapshot tree = TreeSnapshot.of(TreeFold.of(run));
        int collapsed = tree.id(tree.child(0, 1));
        TreeViewState state = new TreeViewState(tree, FillMode.KIND, Map.of(), Set.of(collapsed), Set.of(),
                LevelOfDetail.OFF, List.of(), 0, Set.of(), new LabelPolicy(tree.size()),
                TreeViewState.of(tree).spacing());
        TreeGraph graph = new TreeGraph();
        GraphicGraph rendered = new GraphicGraph("rendered");
        graph.graph().addSink(rendered);
        graph.show(TreeDrawer.draw(state));
        int plain = tree.id(tree.child(0, 2));
        assertThat(textMode(rendered, plain)).isEqualTo(StyleConstants.TextMode.NORMAL);
        graph.setLabelsShown(false);
        assertThat(textMode(rendered, plain)).isEqualTo(StyleConstants.TextMode.HIDDEN);
        assertThat(textMode(rendered, 0)).isEqualTo(StyleConstants.TextMode.NORMAL);
        assertThat(textMode(rendered, collapsed)).isEqualTo(StyleConstants.TextMode.NORMAL);
        graph.setLabelsShown(true);
        assertThat(textMode(rendered, plain)).isEqualTo(StyleConstants.TextMode.NORMAL);
    }

    private static StyleConstants.TextMode textMode(GraphicGraph rendered, int id) {
        return ((GraphicNode) rendered.getNode(TreeGraph.nodeId(id))).getStyle().getTextMode();
    }

    @Test
    void treeIdsAndGraphIdsConvert() {
        assertThat(TreeGraph.nodeId(12)).isEqualTo("12");
        assertThat(TreeGraph.treeId("12")).isEqualTo(12);
        assertThat(TreeGraph.treeId("sprite")).isEqualTo(-1);
    }

    private static String hex(org.graphstream.ui.graphicGraph.stylesheet.Color c) {
        return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    private static AtomicInteger countEvents(TreeGraph graph) {
        AtomicInteger count = new AtomicInteger();
        graph.graph().addSink(new SinkAdapter() {
            @Override
            public void nodeAdded(String source, long time, String node) {
                count.incrementAndGet();
            }

            @Override
            public void nodeRemoved(String source, long time, String node) {
                count.incrementAndGet();
            }

            @Override
            public void edgeAdded(String source, long time, String edge, String from, String to, boolean directed) {
                count.incrementAndGet();
            }

            @Override
            public void nodeAttributeAdded(String source, long time, String node, String key, Object value) {
                count.incrementAndGet();
            }

            @Override
            public void nodeAttributeChanged(String source, long time, String node, String key, Object old,
                                             Object value) {
                count.incrementAndGet();
            }

            @Override
            public void nodeAttributeRemoved(String source, long time, String node, String key) {
                count.incrementAndGet();
            }

            @Override
            public void graphAttributeChanged(String source, long time, String key, Object old, Object value) {
                count.incrementAndGet();
            }
        });
        return count;
    }
}
