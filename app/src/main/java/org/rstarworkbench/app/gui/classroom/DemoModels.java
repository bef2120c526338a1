package org.rstarworkbench.app.gui.classroom;

import org.rstarworkbench.app.gui.run.ModelChoice;

/**
 * The models a {@link DemoRun} was recorded with, and so the models {@link DemoRecorder} records it with again.
 * Immutable and thread-safe.
 */
public enum DemoModels {

    /**
     * The scripted demo model ({@link ModelChoice#demo()}) with the gsm8k pack, serving as its own peer. Its answers
     * are scripted, so the recording is the same on every machine except for its wall-clock times.
     */
    SCRIPTED(ModelChoice.demo()),

    /**
     * The bundled tiny models ({@link ModelChoice#bundled()}): the LSTM generator and the transformer peer, with the
     * tiny pack. Their sampling is seeded from the run's seed, but their float math runs on the CPU's own kernels,
     * so another CPU may record a slightly different run.
     */
    BUNDLED(ModelChoice.bundled());

    private final ModelChoice choice;

    DemoModels(ModelChoice choice) {
        this.choice = choice;
    }

    /** The model choice that opens the generator and the peer, and names the prompt pack. */
    public ModelChoice choice() {
        return choice;
    }

    /** Whether recording again gives the same events on any machine (wall-clock times aside). */
    public boolean sameEverywhere() {
        return this == SCRIPTED;
    }
}
