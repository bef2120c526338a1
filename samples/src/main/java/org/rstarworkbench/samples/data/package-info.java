/** Loading problem sets from JSON and JSON Lines files, with errors that name the file and line. */
package org.rstarworkbench.samples.data;
