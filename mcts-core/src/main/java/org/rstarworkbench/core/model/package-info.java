/**
 * The language-model abstraction: a request is a prompt to complete n times; a call carries several requests. The
 * HTTP backend lives in {@code model.http}; {@link org.rstarworkbench.core.model.ScriptedModel} is a deterministic
 * model for tests, benchmarks and demos.
 */
package org.rstarworkbench.core.model;
