package org.rstarworkbench.app.gui.run;

import java.util.List;
import java.util.Objects;

import org.rstarworkbench.core.model.Generation;
import org.rstarworkbench.core.model.GenerationRequest;
import org.rstarworkbench.core.model.LanguageModel;
import org.rstarworkbench.core.model.ModelException;
import org.rstarworkbench.core.run.RunCancelledException;
import org.rstarworkbench.core.run.RunController;

/**
 * Lets a live run's cancel stop its model calls, not only its next checkpoint: the engine thread is interrupted
 * while, and only while, it is inside a model's {@code generate}, and a call that would begin after the cancel (the
 * engine may be past its checkpoint, in the store's cache, when the cancel comes) does not begin. A server's reply
 * is then no longer awaited, and the bundled in-process models stop at their next decoding step instead of finishing
 * a decode of a second or more. Without this, a cancel during the peer's call after the last rollout, which has no
 * checkpoint after it, would be ignored and the run would finish. Either way the run ends as a cancel at a
 * checkpoint ends it, by a {@link RunCancelledException}, so that its events end with a cancelled event.
 *
 * <p>Threading: the wrapped models are called on the engine thread; {@link #cancel()} is called from any thread.
 */
final class CancellableCalls {

    private final RunController controller;
    /** The thread inside a model call now, or null. */
    private Thread calling;
    /** Whether {@link #cancel()} interrupted {@link #calling}. */
    private boolean interrupted;

    CancellableCalls(RunController controller) {
        this.controller = Objects.requireNonNull(controller, "controller");
    }

    /** Cancels the run at its next checkpoint and interrupts the model call in flight, if there is one. */
    synchronized void cancel() {
        controller.cancel();
        if (calling != null && !interrupted) {
            calling.interrupt();
            interrupted = true;
        }
    }

    /** {@code model} with its calls interruptible by {@link #cancel()}; null when {@code model} is null. */
    LanguageModel wrap(LanguageModel model) {
        return model == null ? null : new Cancellable(model);
    }

    private synchronized void enter() {
        if (controller.isCancelled()) {
            throw new RunCancelledException();
        }
        calling = Thread.currentThread();
    }

    private synchronized void leave() {
        calling = null;
        if (interrupted) {
            // the call may have ended before it saw the interrupt: the engine's next checkpoint sees the cancel
            Thread.interrupted();
            interrupted = false;
        }
    }

    private final class Cancellable implements LanguageModel {

        private final LanguageModel model;

        Cancellable(LanguageModel model) {
            this.model = model;
        }

        @Override
        public String id() {
            return model.id();
        }

        @Override
        public List<Generation> generate(List<GenerationRequest> requests) throws ModelException,
                InterruptedException {
            enter();
            try {
                return model.generate(requests);
            } catch (InterruptedException e) {
                if (controller.isCancelled()) {
                    throw new RunCancelledException();
                }
                throw e;
            } finally {
                leave();
            }
        }

        @Override
        public void close() {
            model.close();
        }
    }
}
