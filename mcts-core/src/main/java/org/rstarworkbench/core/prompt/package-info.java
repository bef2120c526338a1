/**
 * Prompt packs: per rStar action (A1 one-step thought, A2/A4 chain of thought, A3 decomposition, A5 rephrasing) the
 * template, few-shot examples, stop sequences and token limits, plus the answer format, as the immutable value
 * {@link org.rstarworkbench.core.prompt.PromptPack}. Packs come from a pack folder ({@code pack.json} and the example
 * files it names), from the packs bundled with the engine (the project's own GSM8K-style pack {@code gsm8k}, with
 * its own examples), or from a reference rStar {@code prompts/<DATASET>} folder read by path, which renders exactly
 * the prompts the reference code sends (Qi et al., "Mutual Reasoning Makes Smaller LLMs Stronger Problem-Solvers");
 * {@link org.rstarworkbench.core.prompt.PromptPacks} is the entry point. Everything is checked when loaded, and every
 * problem is a {@link org.rstarworkbench.core.prompt.PromptPackException} naming the file and field.
 */
package org.rstarworkbench.core.prompt;
