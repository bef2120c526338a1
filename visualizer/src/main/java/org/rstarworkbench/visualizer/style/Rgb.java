package org.rstarworkbench.visualizer.style;

import java.util.Locale;

/**
 * An opaque colour, 0-255 per channel; toolkit-free so the model, the GraphStream style sheet and the Java2D painter
 * share it.
 */
public record Rgb(int red, int green, int blue) {

    public Rgb {
        if ((red | green | blue) < 0 || red > 255 || green > 255 || blue > 255) {
            throw new IllegalArgumentException("colour channels must be 0-255, was " + red + "," + green + "," + blue);
        }
    }

    /** Parses {@code #rrggbb}. */
    public static Rgb hex(String hex) {
        if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("a colour must be written #rrggbb, was " + hex);
        }
        int v = Integer.parseInt(hex.substring(1), 16);
        return new Rgb(v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff);
    }

    /** {@code #rrggbb}, lower case. */
    public String hex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }

    /** The colour as one int, {@code 0xrrggbb}. */
    public int packed() {
        return red << 16 | green << 8 | blue;
    }

    /** The colour {@code t} of the way from this one to {@code other} (0 this, 1 other), per channel. */
    public Rgb mix(Rgb other, double t) {
        double s = Math.max(0, Math.min(1, t));
        return new Rgb((int) Math.round(red + (other.red - red) * s), (int) Math.round(green + (other.green - green) * s),
                (int) Math.round(blue + (other.blue - blue) * s));
    }

    /** This colour with every channel multiplied by {@code factor} (0 to 1), e.g. for an outline. */
    public Rgb darker(double factor) {
        double f = Math.max(0, Math.min(1, factor));
        return new Rgb((int) Math.round(red * f), (int) Math.round(green * f), (int) Math.round(blue * f));
    }

    /** Relative luminance (0 black, 1 white), to pick readable text on this colour. */
    public double luminance() {
        return (0.2126 * red + 0.7152 * green + 0.0722 * blue) / 255.0;
    }
}
