/**
 * GSM-mini: a seeded generator of multi-step arithmetic word problems with a held-out test split, and the training
 * pairs that teach the bundled tiny models every action format of the tiny-model prompt pack.
 */
package org.rstarworkbench.samples.gsmmini;
