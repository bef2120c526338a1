/**
 * Control of a running search from another thread: pause, step one model call, step one rollout, resume, cancel.
 */
package org.rstarworkbench.core.run;
