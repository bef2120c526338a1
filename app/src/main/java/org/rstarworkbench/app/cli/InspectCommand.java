package org.rstarworkbench.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.rstarworkbench.app.inspect.NodeDetails;
import org.rstarworkbench.app.store.RunStore;
import org.rstarworkbench.core.answer.AnswerFormat;
import org.rstarworkbench.core.answer.AnswerGroup;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.prompt.PromptPacks;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rstar inspect RUN NODE}: one node of a stored run, with its prompt, completions and vote. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Show one node of a stored run: kind, statistics, UCT at each selection, the exact prompt, "
                + "every raw completion and how they were grouped into the vote.")
final class InspectCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RUN") long run;
    @Parameters(index = "1", paramLabel = "NODE") int node;
    @Option(names = "--at", paramLabel = "SEQ", description = "As the node stood at this event (default: the end).")
    Long at;
    @Option(names = "--answer-format", paramLabel = "FORMAT", description = "numeric, math or yesno (default: the "
            + "run's pack's, else numeric).")
    String answerFormat;
    @Mixin StoreOptions store;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (RunStore runs = store.open(true)) {
            List<SearchEvent> events = runs.events(run);
            AnswerFormat format = AnswerFormat.named(answerFormat != null ? answerFormat : packFormat(runs));
            NodeDetails d = NodeDetails.of(events, node, at == null ? Long.MAX_VALUE : at, format);
            print(spec.commandLine().getOut(), d);
        }
        return 0;
    }

    private String packFormat(RunStore runs) throws Exception {
        try {
            return PromptPacks.resolve(runs.runStarted(run).pack()).answerFormat();
        } catch (org.rstarworkbench.core.prompt.PromptPackException e) {
            return "numeric";
        }
    }

    static void print(PrintWriter out, NodeDetails d) {
        var n = d.node();
        out.printf(Locale.ROOT, "Node %d: %s%s, depth %d, parent %d%n", n.id(), n.kind(),
                n.action() == null ? "" : " (" + n.action().label() + ")", n.depth(), n.parentId());
        out.printf(Locale.ROOT, "Q %.3f  N %d  Q/N %.3f  value %s  answer %s%s%n", d.q(), d.n(),
                d.n() == 0 ? 0.0 : d.q() / d.n(), Double.isNaN(n.value()) ? "-" : String.format(Locale.ROOT, "%.3f",
                        n.value()), n.answer(), n.finalSubquestion() ? "  (final sub-question)" : "");
        out.println("Text: " + n.text());
        if (n.subanswer() != null) {
            out.println("Sub-answer: " + n.subanswer());
        }
        if (!d.selections().isEmpty()) {
            out.println();
            out.println("UCT at each selection:");
            for (NodeDetails.SelectionScore s : d.selections()) {
                out.printf(Locale.ROOT, "  rollout %2d  Q %.3f  N %d  c %.2f  UCT %.3f%s%n", s.rollout(), s.q(), s.n(),
                        s.weight(), s.uct(), s.chosen() ? "  <- selected" : "");
            }
        }
        if (d.call() != null) {
            out.println();
            out.println("Created by model call " + d.call().call() + " (" + d.call().purpose() + ", "
                    + d.call().millis() + " ms)");
            for (String prompt : d.prompts()) {
                out.println("--- prompt ---");
                out.println(prompt);
            }
            out.println("--- " + d.completions().size() + " completions ---");
            for (int i = 0; i < d.completions().size(); i++) {
                out.printf(Locale.ROOT, "[%d] %s%n", i, d.completions().get(i).strip().replace("\n", "\\n"));
            }
            out.println("--- vote over " + d.total() + " samples ---");
            for (AnswerGroup g : d.groups()) {
                out.printf(Locale.ROOT, "  %-12s x%d  samples %s%n", g.answer(), g.members().size(), g.members());
            }
        }
    }
}
