package org.rstarworkbench.app.cli;

import java.nio.file.Path;

import org.rstarworkbench.app.store.EventCodec;
import org.rstarworkbench.app.store.RunStore;
import org.rstarworkbench.app.store.StoreException;
import org.rstarworkbench.app.store.StoreLocation;
import org.rstarworkbench.discriminator.event.DiscriminatorEvents;

import picocli.CommandLine.Option;

/** Which run store to use. */
final class StoreOptions {

    @Option(names = "--store", paramLabel = "FILE",
            description = "The run store, an SQLite file (default: ${DEFAULT-VALUE}).")
    Path file = StoreLocation.defaultFile();

    /** Every event type the workbench writes, the discriminator's included. */
    static EventCodec codec() {
        return EventCodec.standard().with(DiscriminatorEvents::register);
    }

    RunStore open() throws StoreException {
        return open(false);
    }

    RunStore open(boolean readOnly) throws StoreException {
        return RunStore.builder().setFile(file).optCodec(codec()).optReadOnly(readOnly).open();
    }
}
