package org.rstarworkbench.app.cli;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.rstarworkbench.core.search.ComputeUsage;
import org.rstarworkbench.core.search.SearchConfig;
import org.rstarworkbench.core.search.SearchResult;
import org.rstarworkbench.core.tree.NodeKind;
import org.rstarworkbench.core.tree.Problem;
import org.rstarworkbench.core.tree.SearchNode;

/** The readable summary of a finished search, and its one-line JSON form. */
final class RunReport {

    private static final int TEXT_WIDTH = 72;

    private RunReport() {
    }

    static void print(PrintWriter out, Problem problem, SearchResult r, SearchConfig config, String model,
                      String pack, long millis) {
        out.println("Problem:  " + oneLine(problem.question(), 200));
        out.println("Model:    " + model + "  (pack " + pack + ", seed " + config.seed() + ")");
        out.println("Answer:   " + (r.answer() == null ? "(none)" : r.answer())
                + (r.judgement() == null ? "   (generator majority, no peer check)"
                : "   (" + r.judgement().method() + "; generator majority: " + r.majorityAnswer() + ")")
                + (problem.gold() == null ? "" : "   gold: " + oneLine(problem.gold(), 40)));
        out.println("Candidates: " + r.candidates().size() + " (" + answerCounts(r) + ")");
        out.println("Tree:     " + r.nodeCount() + " nodes " + kinds(r.nodesByKind()) + ", " + config.rollouts()
                + " rollouts, depth limit " + config.maxDepth());
        out.println("Expanded: " + kinds(r.expandedByKind()));
        out.println("Compute:  generator " + usage(r.usage()));
        if (r.judgement() != null) {
            out.println("          peer      " + usage(r.judgement().usage()));
        }
        out.printf(Locale.ROOT, "          total %.1f s%n", millis / 1000.0);
        out.println();
        out.println("Visited nodes (N visits, Q/N mean reward, v value), depth-first:");
        printNode(out, r.root(), "", r.answer());
    }

    private static void printNode(PrintWriter out, SearchNode node, String indent, String answer) {
        StringBuilder line = new StringBuilder(indent);
        line.append(node.action() == null ? "" : node.action().label() + " ").append(node.kind()).append(" #")
                .append(node.id());
        line.append(String.format(Locale.ROOT, "  N=%d Q/N=%.2f", node.n(), node.n() == 0 ? 0.0 : node.q() / node.n()));
        if (!Double.isNaN(node.value())) {
            line.append(String.format(Locale.ROOT, " v=%.2f", node.value()));
        }
        if (node.isSolution() && node.answer() != null) {
            line.append("  [answer ").append(node.answer()).append(node.answer().equals(answer) ? " *" : "")
                    .append(']');
        }
        line.append("  ").append(oneLine(node.kind() == NodeKind.SUBQUESTION
                ? node.text() + " -> " + node.subanswer() : node.text(), TEXT_WIDTH));
        out.println(line);
        for (SearchNode child : node.children()) {
            if (child.n() > 0) {
                printNode(out, child, indent + "  ", answer);
            }
        }
    }

    private static String usage(ComputeUsage u) {
        return String.format(Locale.ROOT, "%d requests (%d prompts), %d sampled sequences, %d tokens (%d prompt + %d "
                + "generated), model %.1f s", u.calls(), u.prompts(), u.sequences(), u.totalTokens(),
                u.promptTokens(), u.completionTokens(), u.modelMillis() / 1000.0);
    }

    static String json(Problem problem, SearchResult r, long millis) throws JsonProcessingException {
        ComputeUsage u = r.usage();
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("answer", r.answer());
        o.put("majorityAnswer", r.majorityAnswer());
        o.put("verdict", r.judgement() == null ? null : r.judgement().method());
        o.put("gold", problem.gold());
        o.put("nodes", new EnumMap<>(r.nodesByKind()));
        o.put("expanded", r.expandedByKind().isEmpty() ? Map.of() : new EnumMap<>(r.expandedByKind()));
        o.put("requests", u.calls());
        o.put("prompts", u.prompts());
        o.put("sequences", u.sequences());
        o.put("tokens", u.totalTokens());
        o.put("promptTokens", u.promptTokens());
        o.put("completionTokens", u.completionTokens());
        ComputeUsage peer = r.judgement() == null ? ComputeUsage.ZERO : r.judgement().usage();
        o.put("peerRequests", peer.calls());
        o.put("peerSequences", peer.sequences());
        o.put("peerTokens", peer.totalTokens());
        o.put("milliseconds", millis);
        return RunFile.JSON.writeValueAsString(o);
    }

    private static String answerCounts(SearchResult r) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        r.candidates().forEach(c -> counts.merge(c.answer() == null ? "(none)" : c.answer(), 1, Integer::sum));
        StringBuilder sb = new StringBuilder();
        counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(5)
                .forEach(e -> sb.append(sb.length() == 0 ? "" : ", ").append(e.getKey()).append(" x")
                        .append(e.getValue()));
        return sb.toString();
    }

    private static String kinds(Map<NodeKind, Integer> byKind) {
        StringBuilder sb = new StringBuilder("(");
        for (NodeKind k : NodeKind.values()) {
            Integer n = byKind.get(k);
            if (n != null) {
                sb.append(sb.length() == 1 ? "" : ", ").append(k).append(' ').append(n);
            }
        }
        return sb.append(')').toString();
    }

    static String oneLine(String text, int width) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= width ? flat : flat.substring(0, width - 3) + "...";
    }
}
