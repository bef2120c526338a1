package org.rstarworkbench.visualizer.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.rstarworkbench.visualizer.view.TreeDrawing;

/**
 * Writes a tree drawing as PNG (painted headless by {@link TreePainter}), Graphviz DOT, GraphML or GraphStream DGS.
 * Files are written to a temporary file first and moved into place, so a failed export never leaves half a file.
 * Stateless and thread-safe.
 */
public final class TreeExports {

    /** The export formats, by file extension. */
    public enum Format {
        /** A picture of the tree with its legend. */
        PNG,
        /** Graphviz, layout pinned: {@code neato -n2 -Tsvg tree.dot}. */
        DOT,
        /** Every node field and the drawing's looks as typed attributes. */
        GRAPHML,
        /** GraphStream's own format, styled and laid out. */
        DGS;

        /** The format a file name asks for: {@code .png}, {@code .dot}/{@code .gv}, {@code .graphml}, {@code .dgs}. */
        public static Format ofFile(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".png")) {
                return PNG;
            }
            if (name.endsWith(".dot") || name.endsWith(".gv")) {
                return DOT;
            }
            if (name.endsWith(".graphml")) {
                return GRAPHML;
            }
            if (name.endsWith(".dgs")) {
                return DGS;
            }
            throw new IllegalArgumentException(file + ": cannot tell the export format from the file name; end it in "
                    + ".png, .dot, .graphml or .dgs");
        }
    }

    private TreeExports() {
    }

    /** Writes {@code drawing} to {@code file} in the format its name asks for. */
    public static void write(TreeDrawing drawing, Path file) throws IOException {
        write(Format.ofFile(file), drawing, file);
    }

    /** Writes {@code drawing} in {@code format} to {@code file}, through a temporary file moved into place. */
    public static void write(Format format, TreeDrawing drawing, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        // Not Files.createTempFile: its owner-only permissions would stay on the export.
        Path tmp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            if (format == Format.PNG) {
                try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW)) {
                    writePng(drawing, TreePainter.Options.DEFAULT, out);
                }
            } else {
                try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE_NEW)) {
                    switch (format) {
                        case DOT -> writeDot(drawing, out);
                        case GRAPHML -> writeGraphMl(drawing, out);
                        case DGS -> writeDgs(drawing, out);
                        default -> throw new IllegalStateException("unknown format " + format);
                    }
                }
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Paints the drawing and writes it as PNG; the stream stays open. */
    public static void writePng(TreeDrawing drawing, TreePainter.Options options, OutputStream out)
            throws IOException {
        if (!ImageIO.write(TreePainter.paint(drawing, options), "png", out)) {
            throw new IOException("this Java runtime has no PNG writer (javax.imageio); use a full JDK or JRE");
        }
    }

    /** Graphviz DOT with pinned positions; the writer stays open. */
    public static void writeDot(TreeDrawing drawing, Writer out) throws IOException {
        DotWriter.write(drawing, out);
        out.flush();
    }

    /** GraphML; the writer stays open. */
    public static void writeGraphMl(TreeDrawing drawing, Writer out) throws IOException {
        GraphMlWriter.write(drawing, out);
        out.flush();
    }

    /** GraphStream DGS, written by GraphStream's own {@code FileSinkDGS}; the writer stays open. */
    public static void writeDgs(TreeDrawing drawing, Writer out) throws IOException {
        DgsWriter.write(drawing, out);
    }
}
