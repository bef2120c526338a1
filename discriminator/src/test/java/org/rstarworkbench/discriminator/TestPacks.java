package org.rstarworkbench.discriminator;

import java.util.List;

import org.rstarworkbench.core.prompt.PromptPack;

/** Small packs with text that is easy to assert on. */
public final class TestPacks {

    private TestPacks() {
    }

    /** A pack whose cot prompt renders as {@code [cot]COT-EX|<question>|}. */
    public static PromptPack tiny() {
        return new PromptPack("tiny-test", "a pack for discriminator tests", "numeric",
                new PromptPack.FewShot("[cot]{examples}|{instruction}|", "COT-EX", "COT-EX-R", List.of("|||"), 64),
                new PromptPack.FewShot("[ost]{examples}|{instruction}|\n", "OST-EX", "OST-EX-R", List.of("\n"), 32),
                new PromptPack.Decompose("DEC-EX", "DEC-EX-R", 5, 16, 32),
                new PromptPack.Rephrase("REPH-EX", "Given a list of conditions, please answer the question. "
                        + "Condition 1: ", 48));
    }
}
