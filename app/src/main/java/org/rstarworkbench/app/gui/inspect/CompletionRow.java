package org.rstarworkbench.app.gui.inspect;

/**
 * One raw completion as the inspector lists it: its sample index, the answer the vote read from it, and its text.
 *
 * @param index  the sample index, from 0
 * @param answer the answer read from it, or null when it states none
 * @param text   the completion exactly as the model returned it
 */
public record CompletionRow(int index, String answer, String text) {
}
