package org.rstarworkbench.app.gui.history;

import java.nio.file.Path;
import java.util.Locale;

import org.rstarworkbench.visualizer.export.TreeExports;

/** What a stored run can be exported as from the window, by file extension. */
public enum ExportFormat {
    /** A picture of the whole tree. */
    PNG("PNG picture of the tree", "png", TreeExports.Format.PNG),
    /** The tree for Graphviz, laid out. */
    DOT("Graphviz DOT tree", "dot", TreeExports.Format.DOT),
    /** The tree for graph tools (yEd, Gephi, NetworkX). */
    GRAPHML("GraphML tree", "graphml", TreeExports.Format.GRAPHML),
    /** The whole run, every event: importable with 'rstar runs import'. */
    JSON("Run JSON (all events, importable)", "json", null);

    private final String description;
    private final String extension;
    private final TreeExports.Format tree;

    ExportFormat(String description, String extension, TreeExports.Format tree) {
        this.description = description;
        this.extension = extension;
        this.tree = tree;
    }

    /** The visualizer's format for a tree drawing, or null for the run JSON. */
    public TreeExports.Format treeFormat() {
        return tree;
    }

    /** How the file chooser names it. */
    public String description() {
        return description;
    }

    /** The file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /**
     * The format a file name asks for ({@code .gv} is DOT too).
     *
     * @throws IllegalArgumentException when the extension is none of these; the message lists them
     */
    public static ExportFormat ofFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gv")) {
            return DOT;
        }
        for (ExportFormat f : values()) {
            if (name.endsWith("." + f.extension)) {
                return f;
            }
        }
        throw new IllegalArgumentException(file.getFileName() + ": cannot tell the export format from the file "
                + "name; end it in .png, .dot, .graphml or .json");
    }

    /** The file with this format's extension added when it has none of the known ones. */
    public Path withExtension(Path file) {
        try {
            ofFile(file);
            return file;
        } catch (IllegalArgumentException e) {
            return file.resolveSibling(file.getFileName() + "." + extension);
        }
    }
}
