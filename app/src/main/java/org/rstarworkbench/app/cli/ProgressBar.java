package org.rstarworkbench.app.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar with running accuracy and the time left, redrawn in place on a terminal; elsewhere (CI,
 * a pipe) it prints a plain line every tenth of the way so logs stay short.
 *
 * <p>Threading: {@link #step(boolean)} may be called from several worker threads.
 */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final int total;
    private final boolean interactive;
    private final LongSupplier nanoTime;
    private final long start;
    private int done;
    private int correct;
    private int lastDecile;

    ProgressBar(PrintWriter out, int total, boolean interactive, LongSupplier nanoTime) {
        this.out = out;
        this.total = total;
        this.interactive = interactive;
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
    }

    /** One item finished; {@code right} says whether it was answered correctly. */
    synchronized void step(boolean right) {
        done++;
        if (right) {
            correct++;
        }
        String line = line();
        if (interactive) {
            out.print("\r" + line + (done == total ? "\n" : ""));
            out.flush();
        } else if (done * 10 / Math.max(1, total) > lastDecile) {
            lastDecile = done * 10 / Math.max(1, total);
            out.println(line);
        }
    }

    synchronized String line() {
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        String bar = "#".repeat(filled) + ".".repeat(WIDTH - filled);
        double accuracy = done == 0 ? 0 : 100.0 * correct / done;
        return String.format(Locale.ROOT, "[%s] %d/%d  accuracy %.1f%%  %s", bar, done, total, accuracy, eta());
    }

    private String eta() {
        if (done == 0) {
            return "ETA --";
        }
        if (done >= total) {
            return "took " + format(Duration.ofNanos(nanoTime.getAsLong() - start));
        }
        long perItem = (nanoTime.getAsLong() - start) / done;
        return "ETA " + format(Duration.ofNanos(perItem * (total - done)));
    }

    static String format(Duration d) {
        long s = d.toSeconds();
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return (s / 60) + "m" + String.format(Locale.ROOT, "%02d", s % 60) + "s";
        }
        return (s / 3600) + "h" + String.format(Locale.ROOT, "%02d", (s % 3600) / 60) + "m";
    }
}
