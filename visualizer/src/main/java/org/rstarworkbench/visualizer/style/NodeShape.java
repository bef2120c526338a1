package org.rstarworkbench.visualizer.style;

/**
 * The node shapes the tree uses, with their names in GraphStream's style sheets and in Graphviz. Graphviz has no
 * cross; it draws one as an octagon.
 */
public enum NodeShape {
    BOX("box", "box"),
    ROUNDED_BOX("rounded-box", "box"),
    CIRCLE("circle", "circle"),
    DIAMOND("diamond", "diamond"),
    TRIANGLE("triangle", "triangle"),
    CROSS("cross", "octagon");

    private final String graphStream;
    private final String graphviz;

    NodeShape(String graphStream, String graphviz) {
        this.graphStream = graphStream;
        this.graphviz = graphviz;
    }

    /** The value of GraphStream's {@code shape} property. */
    public String graphStream() {
        return graphStream;
    }

    /** The value of Graphviz's {@code shape} attribute. */
    public String graphviz() {
        return graphviz;
    }
}
