/**
 * Reading final answers out of model completions and dataset gold labels, deciding when two answers are the same,
 * and the majority vote over sampled completions that rStar uses to score a node (the reference's
 * {@code find_most_confident_answer}; Qi et al., "Mutual Reasoning Makes Smaller LLMs Stronger Problem-Solvers",
 * section 3.2). An {@link org.rstarworkbench.core.answer.AnswerFormat} covers one kind of problem: {@code numeric}
 * for GSM8K, GSM-Hard, SVAMP and MultiArith, {@code math} for MATH, {@code yesno} for StrategyQA;
 * {@link org.rstarworkbench.core.answer.Votes#tally} groups completions by equivalent answers into a
 * {@link org.rstarworkbench.core.answer.Vote}.
 */
package org.rstarworkbench.core.answer;
