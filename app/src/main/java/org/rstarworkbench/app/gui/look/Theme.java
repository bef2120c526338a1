package org.rstarworkbench.app.gui.look;

import java.util.Locale;

import org.rstarworkbench.visualizer.style.TreeLook;

/** The window's colour themes: each adds a style sheet over the normal one and draws the tree in its look. */
public enum Theme {
    /** Modena's light grey with the workbench's accents: the normal look. */
    LIGHT(null, TreeLook.LIGHT),
    /** Light text on dark grey, the tree on a dark background. */
    DARK("workbench-dark.css", TreeLook.DARK);

    private final String styleSheet;
    private final TreeLook treeLook;

    Theme(String styleSheet, TreeLook treeLook) {
        this.styleSheet = styleSheet;
        this.treeLook = treeLook;
    }

    /** The style sheet added over {@code workbench.css}, beside it in the resources; null for none. */
    public String styleSheet() {
        return styleSheet;
    }

    /** How the tree view draws in this theme, at normal size. */
    public TreeLook treeLook() {
        return treeLook;
    }

    /** The name in menus and on the command line: {@code light}, {@code dark}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The theme named {@code text}, in any case.
     *
     * @throws IllegalArgumentException naming the text and the themes there are
     */
    public static Theme of(String text) {
        for (Theme t : values()) {
            if (t.label().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return t;
            }
        }
        throw new IllegalArgumentException("there is no theme '" + text + "'; use light or dark");
    }
}
