package org.rstarworkbench.app.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rstarworkbench.samples.gsmmini.GsmMini;

/**
 * An evaluation's folder: {@code results.jsonl} (one row per problem, method and budget, appended and flushed as
 * rows come, so a killed evaluation loses nothing finished), {@code setup.json} (the models and settings, see
 * {@link EvalSetup}), and the summary, the scaling CSV and the chart written at the end.
 */
public final class EvalOutputs implements AutoCloseable {

    public static final String RESULTS = "results.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = LoggerFactory.getLogger(EvalOutputs.class);

    private final Path dir;
    private BufferedWriter results;

    public EvalOutputs(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /**
     * The rows already in the folder; a malformed line (a row cut by a kill) is dropped, so its work is redone.
     */
    public static List<EvalRow> read(Path dir) throws IOException {
        Path file = dir.resolve(RESULTS);
        List<EvalRow> rows = new ArrayList<>();
        if (!Files.exists(file)) {
            return rows;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            try {
                rows.add(JSON.readValue(line, EvalRow.class));
            } catch (IOException e) {
                // a partial last line from a killed evaluation: the row is computed again
            }
        }
        return rows;
    }

    /** The file that says what the evaluation ran with. */
    public static final String SETUP = "setup.json";

    /** Writes {@link #SETUP}, replacing an older one. */
    public void writeSetup(EvalSetup setup) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(SETUP), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(setup),
                StandardCharsets.UTF_8);
    }

    /**
     * What the evaluation in {@code dir} ran with; empty when the folder has no {@link #SETUP} (an older evaluation)
     * or it cannot be read (then a warning is logged).
     */
    public static Optional<EvalSetup> readSetup(Path dir) {
        Path file = dir.resolve(SETUP);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), EvalSetup.class));
        } catch (IOException | RuntimeException e) {
            LOG.warn("{} cannot be read ({}); the evaluation's models and settings are not known", file,
                    e.getMessage());
            return Optional.empty();
        }
    }

    /** Appends one row and flushes it. */
    public void append(EvalRow row) throws IOException {
        if (results == null) {
            Files.createDirectories(dir);
            results = Files.newBufferedWriter(dir.resolve(RESULTS), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        results.write(JSON.writeValueAsString(row));
        results.write('\n');
        results.flush();
    }

    /** Writes the summary table and JSON, the scaling CSV and the chart; returns the table. */
    public String writeSummary(String title, List<EvalRow> rows) throws IOException {
        Files.createDirectories(dir);
        List<EvalSummary> summary = EvalSummary.of(rows);
        String table = table(summary);
        Files.writeString(dir.resolve("summary.txt"), title + "\n\n" + table, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("summary.json"), json(title, summary), StandardCharsets.UTF_8);
        ScalingChart.writeCsv(dir.resolve("scaling.csv"), summary.stream().map(EvalSummary::point).toList());
        ScalingChart.writePng(dir.resolve("scaling.png"), title,
                summary.stream().map(EvalSummary::point).toList());
        return table;
    }

    /**
     * Writes {@code by-<what>.txt}: accuracy per method and budget in each group of problems ({@code groupOf} maps a
     * problem id to its group, null for none); returns the table.
     */
    public String writeBreakdown(String what, Function<String, String> groupOf, List<EvalRow> rows) throws IOException {
        Map<String, List<EvalRow>> byGroup = new TreeMap<>();
        for (EvalRow r : rows) {
            String group = groupOf.apply(r.problem());
            if (group != null) {
                byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(r);
            }
        }
        List<EvalSummary> all = EvalSummary.of(rows);
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        out.printf(Locale.ROOT, "%-14s %7s", "method", "budget");
        byGroup.keySet().forEach(g -> out.printf(Locale.ROOT, " %14s", what + " " + g));
        out.println();
        for (EvalSummary s : all) {
            out.printf(Locale.ROOT, "%-14s %7d", s.method(), s.budget());
            for (List<EvalRow> group : byGroup.values()) {
                EvalSummary g = EvalSummary.of(group).stream()
                        .filter(x -> x.method().equals(s.method()) && x.budget() == s.budget()).findFirst()
                        .orElse(null);
                out.printf(Locale.ROOT, " %14s", g == null ? "-" : String.format(Locale.ROOT, "%.1f%% (%d)",
                        100 * g.accuracy(), g.problems()));
            }
            out.println();
        }
        out.flush();
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("by-" + what + ".txt"), text.toString(), StandardCharsets.UTF_8);
        return text.toString();
    }

    /**
     * For the bundled GSM-mini set ({@code dataset} is its name), writes {@code by-operations.txt}: accuracy per
     * method and budget by the number of operations a problem needs; returns the table, or null for other datasets.
     */
    public String writeOperationsBreakdown(String dataset, List<EvalRow> rows) throws IOException {
        if (!GsmMini.NAME.equals(dataset)) {
            return null;
        }
        Map<String, String> operations = new HashMap<>();
        GsmMini.test().forEach(p -> operations.put(p.id(), Integer.toString(p.operations())));
        return writeBreakdown("operations", operations::get, rows);
    }

    public static String table(List<EvalSummary> summary) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        out.printf(Locale.ROOT, "%-14s %7s %9s %11s %9s %10s %11s %9s%n", "method", "budget", "accuracy", "correct",
                "requests", "sequences", "tokens", "model s");
        for (EvalSummary s : summary) {
            out.printf(Locale.ROOT, "%-14s %7d %8.1f%% %11s %9.1f %10.1f %11.0f %9.2f%n", s.method(), s.budget(),
                    100 * s.accuracy(), s.correct() + "/" + s.problems(), s.requests(), s.sequences(), s.tokens(),
                    s.seconds());
        }
        out.flush();
        return text.toString();
    }

    public static String json(String title, List<EvalSummary> summary) throws IOException {
        List<Map<String, Object>> results = new ArrayList<>();
        for (EvalSummary s : summary) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("method", s.method());
            o.put("budget", s.budget());
            o.put("accuracy", s.accuracy());
            o.put("correct", s.correct());
            o.put("problems", s.problems());
            o.put("requests", s.requests());
            o.put("sequences", s.sequences());
            o.put("tokens", s.tokens());
            o.put("seconds", s.seconds());
            results.add(o);
        }
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("title", title);
        o.put("results", results);
        return JSON.writeValueAsString(o);
    }

    @Override
    public void close() throws IOException {
        if (results != null) {
            results.close();
        }
    }
}
