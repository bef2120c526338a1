/**
 * Training of the bundled tiny models: {@link org.rstarworkbench.samples.train.Trainer} fits an LSTM or a small causal
 * transformer (DJL, PyTorch engine, CPU, offline) to prompt/completion pairs with teacher forcing and a loss on the
 * completion only, reports progress and held-out accuracy to a
 * {@link org.rstarworkbench.samples.train.ProgressListener}, and writes a model folder with its model card (data,
 * seed, steps, time, machine, accuracy) that the engine's DJL backend loads. With the samples' GSM-mini package,
 * this is what {@code rstar train} runs to reproduce the bundled models. Besides the engine's DJL backend, the only
 * place that may use DJL.
 */
package org.rstarworkbench.samples.train;
