/**
 * The in-process backend for the bundled tiny models, on DJL's PyTorch engine (CPU, offline; see
 * {@link org.rstarworkbench.core.model.djl.TorchRuntime}): {@link org.rstarworkbench.core.model.djl.DjlLanguageModel}
 * samples from a {@link org.rstarworkbench.core.model.djl.TinyModel}, an LSTM or small causal
 * transformer loaded from a model folder (a {@link org.rstarworkbench.core.model.djl.ModelCard} and safetensors
 * weights) on disk or on the class path. All samples of a call are decoded as one batch; the LSTM reads a prompt once
 * and carries its state, the transformer keeps a key/value cache. The trainer in the samples module builds these
 * folders. This is the only package of mcts-core that may use DJL.
 */
package org.rstarworkbench.core.model.djl;
