/**
 * The headless command line ({@code ./rstar <command>}), built with picocli: commands, shared option groups, the
 * readable and JSON renderings of a run, and the mapping of errors to one-line messages and exit codes.
 */
package org.rstarworkbench.app.cli;
