/**
 * GSM-mini: a seeded generator of multi-step arithmetic word problems with a held-out test split
 * ({@link org.rstarworkbench.samples.gsmmini.GsmMini}), each problem knowing its solution step by step
 * ({@link org.rstarworkbench.samples.gsmmini.WordProblem}), and the training pairs that teach the bundled tiny models
 * every action format of the tiny-model prompt pack ({@link org.rstarworkbench.samples.gsmmini.TrainingData}). The
 * pairs come from running the real engine with an oracle generator that knows every solution
 * ({@link org.rstarworkbench.samples.gsmmini.GsmMiniOracle}), so their prompts are exactly the engine's.
 */
package org.rstarworkbench.samples.gsmmini;
