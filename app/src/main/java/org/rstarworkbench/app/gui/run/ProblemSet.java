package org.rstarworkbench.app.gui.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.rstarworkbench.core.tree.Problem;
import org.rstarworkbench.samples.data.DatasetException;
import org.rstarworkbench.samples.data.Datasets;
import org.rstarworkbench.samples.gsmmini.GsmMini;

/**
 * The problems the run panel's picker lists: GSM-mini's held-out test split, or the problems of a dataset file
 * (JSON array or JSONL, as {@link Datasets} reads them) with the entries that could not be read.
 *
 * @param file     the dataset file, or null for GSM-mini's test split
 * @param problems the problems listed, never empty
 * @param skipped  one message per malformed entry of the file (file and line or item named), empty for GSM-mini
 */
public record ProblemSet(Path file, List<Problem> problems, List<String> skipped) {

    public ProblemSet {
        problems = List.copyOf(problems);
        skipped = List.copyOf(skipped);
    }

    /** GSM-mini's {@value GsmMini#TEST_SIZE} held-out test problems. */
    public static ProblemSet gsmMini() {
        return new ProblemSet(null, GsmMini.testSet(), List.of());
    }

    /**
     * The readable problems of a dataset file; malformed entries are skipped and counted. Reads the disk, so never
     * call it on the FX thread.
     *
     * @throws DatasetException naming the file (and the line or item) when it is missing, unreadable, not JSON, or
     *                          holds no problem that can be read
     */
    public static ProblemSet read(Path file) throws DatasetException {
        Datasets.Loaded loaded = Datasets.loadLenient(file);
        if (loaded.problems().isEmpty()) {
            if (!loaded.skipped().isEmpty()) {
                throw new DatasetException(file + ": no problem could be read (" + count(loaded.skipped().size(),
                        "malformed entry", "malformed entries") + "); the first: " + loaded.skipped().get(0));
            }
            throw new DatasetException(file + ": the file holds no problems; give a JSON array of objects, or one "
                    + "JSON object per line, each with a \"problem\" or \"question\" field");
        }
        return new ProblemSet(file, loaded.problems(), loaded.skipped());
    }

    /** Whether this is GSM-mini's test split rather than a file. */
    public boolean isGsmMini() {
        return file == null;
    }

    /** One line for the panel: "gsm-mini: 300 problems", "test.json: 1,319 problems, 2 malformed entries skipped". */
    public String description() {
        String name = file == null ? GsmMini.NAME : String.valueOf(file.getFileName());
        String text = name + ": " + count(problems.size(), "problem", "problems");
        return skipped.isEmpty() ? text
                : text + ", " + count(skipped.size(), "malformed entry", "malformed entries") + " skipped";
    }

    private static String count(int n, String one, String many) {
        return String.format(Locale.ENGLISH, "%,d %s", n, n == 1 ? one : many);
    }
}
