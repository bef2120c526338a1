package org.rstarworkbench.visualizer.export;

/** Text clean-up shared by the writers: model output may hold anything. */
final class Text {

    private Text() {
    }

    /** One line of at most {@code max} characters, white space collapsed, an ellipsis when cut. */
    static String snippet(String text, int max) {
        String line = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return line.length() <= max ? line : line.substring(0, max - 1) + "…";
    }

    /**
     * Escapes a DOT string's content. DOT's only escape is {@code \"}; any other backslash stays as it is, so a
     * backslash right before a quote or at the end gets a space after it (else it would escape the quote).
     */
    static String dot(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append(i + 1 == s.length() || s.charAt(i + 1) == '"' ? "\\ " : "\\");
                case '\n' -> b.append("\\n");
                case '\r' -> { }
                default -> b.append(ch < 0x20 ? ' ' : ch);
            }
        }
        return b.toString();
    }

    /** Drops what XML 1.0 cannot hold: control characters and lone surrogates. */
    static String xml(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(ch).append(s.charAt(++i));
            } else if (ch == '\t' || ch == '\n' || ch == '\r' || (ch >= 0x20 && ch <= 0xD7FF)
                    || (ch >= 0xE000 && ch <= 0xFFFD)) {
                b.append(ch);
            }
        }
        return b.toString();
    }

    /**
     * Makes a string survive GraphStream's DGS writer and reader: one line, and no backslash right before a quote or
     * at the end (the reader would take it as an escape).
     */
    static String dgs(String s) {
        String line = s.replaceAll("[\\r\\n\\t]+", " ");
        StringBuilder b = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            b.append(ch);
            if (ch == '\\' && (i + 1 == line.length() || line.charAt(i + 1) == '"')) {
                b.append(' ');
            }
        }
        return b.toString();
    }
}
