package org.rstarworkbench.visualizer.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;
import org.graphstream.graph.implementations.MultiGraph;
import org.graphstream.stream.file.FileSource;
import org.graphstream.stream.file.FileSourceDGS;
import org.graphstream.stream.file.FileSourceDOT;
import org.graphstream.stream.file.FileSourceGraphML;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.rstarworkbench.core.event.NodeCreated;
import org.rstarworkbench.core.event.NodeInfo;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.event.TreeFold;
import org.rstarworkbench.core.tree.Action;
import org.rstarworkbench.core.tree.NodeKind;
import org.rstarworkbench.visualizer.SampleRuns;
import org.rstarworkbench.visualizer.graph.GraphStyleSheet;
import org.rstarworkbench.visualizer.layout.LevelOfDetail;
import org.rstarworkbench.visualizer.style.FillMode;
import org.rstarworkbench.visualizer.style.KindStyle;
import org.rstarworkbench.visualizer.tree.TreeSnapshot;
import org.rstarworkbench.visualizer.view.DrawnNode;
import org.rstarworkbench.visualizer.view.LabelPolicy;
import org.rstarworkbench.visualizer.view.TreeDrawer;
import org.rstarworkbench.visualizer.view.TreeDrawing;
import org.rstarworkbench.visualizer.view.TreeViewState;

class TreeExportsTest {

    static TreeSnapshot tree;
    static TreeDrawing drawing;

    @BeforeAll
    static void search() {
        tree = TreeSnapshot.of(TreeFold.of(SampleRuns.rstar(16, 42)));
        int leaf = tree.size() - 1;
        drawing = TreeDrawer.draw(new TreeViewState(tree, FillMode.MEAN_REWARD, Map.of(), Set.of(tree.id(2)),
                Set.of(), LevelOfDetail.DEFAULT, tree.pathTo(leaf), tree.id(leaf), Set.of(), new LabelPolicy(60),
                TreeViewState.of(tree).spacing()));
    }

    @Test
    void thePngShowsTheTreeWithItsColoursAndMarks() throws IOException {
        Path file = Path.of("target", "exports", "tree.png");
        TreeExports.write(drawing, file);
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isBetween(960, 4096);
        assertThat(image.getHeight()).isBetween(200, 4096);
        assertThat(image.getRGB(1, image.getHeight() - 2) & 0xffffff).as("white background").isEqualTo(0xffffff);
        Set<Integer> colours = colours(image);
        assertThat(colours).as("the path outline").contains(0xd62728);
        assertThat(colours).as("an outline in a kind's colour")
                .contains(KindStyle.of(NodeKind.SUBQUESTION).colour().packed());
        assertThat(colours).as("the grey of unvisited nodes").contains(FillMode.NO_DATA.packed());
        assertThat(Files.list(file.getParent()).filter(p -> p.toString().endsWith(".part"))).isEmpty();
    }

    @Test
    void aHugeTreeIsSqueezedIntoTheLargestImage() throws IOException {
        TreeSnapshot big = TreeSnapshot.of(TreeFold.of(SampleRuns.randomTree(10_000, 3)));
        TreeDrawing all = TreeDrawer.draw(TreeViewState.of(big).withLevelOfDetail(LevelOfDetail.OFF)
                .withFillMode(FillMode.VISITS));
        Path file = Path.of("target", "exports", "tree-10000.png");
        TreeExports.write(all, file);
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isLessThanOrEqualTo(4096);
        assertThat(image.getHeight()).isLessThanOrEqualTo(4096);
    }

    @Test
    void theDotFileParsesWithEveryNodeAndEdge() throws IOException {
        StringWriter out = new StringWriter();
        TreeExports.writeDot(drawing, out);
        String dot = out.toString();
        assertThat(dot).startsWith("digraph rstar {").contains("pos=\"").contains("shape=triangle")
                .contains("xlabel=\"#" + tree.id(tree.size() - 1) + " ")
                .contains("color=\"" + GraphStyleSheet.PATH_COLOUR + "\"");
        Graph graph = read(new FileSourceDOT(), dot);
        assertThat(graph.getNodeCount()).isEqualTo(drawing.nodes().size());
        assertThat(graph.getEdgeCount()).isEqualTo(drawing.edges().size());
        Node root = graph.getNode("n0");
        assertThat(root.getAttribute("kind").toString()).isEqualTo("QUESTION");
        assertThat(root.getAttribute("shape").toString()).isEqualTo("box");
    }

    @Test
    void theGraphMlFileIsValidXmlWithTypedAttributes() throws Exception {
        StringWriter out = new StringWriter();
        TreeExports.writeGraphMl(drawing, out);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new org.xml.sax.InputSource(new StringReader(out.toString())));
        assertThat(doc.getElementsByTagName("node").getLength()).isEqualTo(drawing.nodes().size());
        assertThat(doc.getElementsByTagName("edge").getLength()).isEqualTo(drawing.edges().size());
        List<String> keys = new ArrayList<>();
        NodeList keyList = doc.getElementsByTagName("key");
        for (int i = 0; i < keyList.getLength(); i++) {
            keys.add(((Element) keyList.item(i)).getAttribute("id"));
        }
        assertThat(keys).contains("kind", "q", "n", "x", "y", "fill", "text", "hidden");
        Graph graph = read(new FileSourceGraphML(), out.toString());
        assertThat(graph.getNodeCount()).isEqualTo(drawing.nodes().size());
        assertThat(graph.getEdgeCount()).isEqualTo(drawing.edges().size());
        assertThat(graph.getNode("n0").getAttribute("kind")).isEqualTo("QUESTION");
    }

    @Test
    void theDgsFileReadsBackIntoTheSameStyledGraph() throws IOException {
        StringWriter out = new StringWriter();
        TreeExports.writeDgs(drawing, out);
        assertThat(out.toString()).startsWith("DGS004");
        Graph graph = read(new FileSourceDGS(), out.toString());
        assertThat(graph.getNodeCount()).isEqualTo(drawing.nodes().size());
        assertThat(graph.getEdgeCount()).isEqualTo(drawing.edges().size());
        assertThat(graph.getAttribute("ui.stylesheet").toString()).contains("dyn-plain");
        for (DrawnNode drawn : drawing.nodes()) {
            Node node = graph.getNode(Integer.toString(drawn.id()));
            Object[] xy = (Object[]) node.getAttribute("xy");
            assertThat(((Number) xy[0]).doubleValue()).isCloseTo(drawn.x(), org.assertj.core.api.Assertions.within(1e-6));
            assertThat(node.getAttribute("kind")).isEqualTo(drawn.info().kind().name());
            assertThat(node.getAttribute("ui.class")).isEqualTo(drawn.styleClasses());
            assertThat(((Number) node.getAttribute("n")).intValue()).isEqualTo(drawn.n());
        }
    }

    @Test
    void quotesAndBackslashesInModelTextSurviveEveryFormat() throws Exception {
        String nasty = "He said \"x = \\frac{1}{2}\" \\\nthen <b>&</b>\u0001 ends with \\";
        List<SearchEvent> events = List.of(
                new NodeCreated(0, new NodeInfo(0, -1, NodeKind.QUESTION, null, 0, nasty, null, Double.NaN, null,
                        false, false, -1)),
                new NodeCreated(1, new NodeInfo(1, 0, NodeKind.DIRECT_ANSWER, Action.A2_REMAINING_STEPS, 1, nasty,
                        null, 0.5, "\"7\"", false, true, 0)));
        TreeDrawing odd = TreeDrawer.draw(TreeViewState.of(TreeSnapshot.of(TreeFold.of(events))));
        StringWriter dgs = new StringWriter();
        TreeExports.writeDgs(odd, dgs);
        Graph fromDgs = read(new FileSourceDGS(), dgs.toString());
        assertThat(fromDgs.getNode("0").getAttribute("text").toString()).contains("\\frac{1}{2}")
                .contains("\"x = ");
        assertThat(fromDgs.getNode("1").getAttribute("answer")).isEqualTo("\"7\"");
        StringWriter dot = new StringWriter();
        TreeExports.writeDot(odd, dot);
        assertThat(read(new FileSourceDOT(), dot.toString()).getNodeCount()).isEqualTo(2);
        StringWriter graphml = new StringWriter();
        TreeExports.writeGraphMl(odd, graphml);
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new org.xml.sax.InputSource(new StringReader(graphml.toString())));
    }

    @Test
    void writesEachFormatToAFileNamedForIt(@TempDir Path dir) throws IOException {
        for (String name : List.of("t.png", "t.dot", "t.gv", "t.graphml", "t.dgs")) {
            TreeExports.write(drawing, dir.resolve("sub").resolve(name));
            assertThat(dir.resolve("sub").resolve(name)).isNotEmptyFile();
        }
        try (var files = Files.list(dir.resolve("sub"))) {
            assertThat(files).hasSize(5);
        }
        assertThatThrownBy(() -> TreeExports.write(drawing, dir.resolve("t.svg")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".png, .dot, .graphml or .dgs");
    }

    private static Graph read(FileSource source, String text) throws IOException {
        Graph graph = new MultiGraph("read", false, true);
        source.addSink(graph);
        source.readAll(new StringReader(text));
        source.removeSink(graph);
        return graph;
    }

    private static Set<Integer> colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                seen.add(image.getRGB(x, y) & 0xffffff);
            }
        }
        return seen;
    }
}
