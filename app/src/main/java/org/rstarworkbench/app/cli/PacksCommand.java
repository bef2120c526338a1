package org.rstarworkbench.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.rstarworkbench.core.prompt.PromptPack;
import org.rstarworkbench.core.prompt.PromptPacks;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code rstar packs}: lists the bundled prompt packs, or checks one pack. */
@Command(name = "packs", mixinStandardHelpOptions = true,
        description = "List the bundled prompt packs, or check a pack (bundled name, pack folder or reference "
                + "rStar prompts/<DATASET> folder) and summarise it.")
final class PacksCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "PACK", description = "A pack to check.")
    String pack;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (pack == null) {
            for (String name : PromptPacks.bundledNames()) {
                out.println(name + "  " + PromptPacks.bundled(name).description());
            }
            return 0;
        }
        PromptPack p = PromptPacks.resolve(pack);
        out.println(p.name() + ": " + p.description());
        out.println("  answer format: " + p.answerFormat());
        out.println("  A2/A4 few-shot CoT: " + p.cot().examples().length() + " chars of examples, max "
                + p.cot().maxTokens() + " tokens, " + p.cot().stop().size() + " stop sequences");
        out.println("  A1 one-step thought: " + p.ost().examples().length() + " chars of examples, max "
                + p.ost().maxTokens() + " tokens");
        out.println("  A3 decompose: question index " + p.decompose().questionIndex() + ", max "
                + p.decompose().subquestionMaxTokens() + "/" + p.decompose().subanswerMaxTokens() + " tokens");
        out.println("  A5 rephrase: prefix \"" + p.rephrase().prefix() + "\"");
        return 0;
    }
}
