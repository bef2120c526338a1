package org.rstarworkbench.app.cli;

import java.util.List;

import org.rstarworkbench.core.model.LanguageModel;
import org.rstarworkbench.discriminator.peer.PeerDiscriminator;
import org.rstarworkbench.discriminator.selection.AgreementMode;
import org.rstarworkbench.samples.models.TinyModels;

import picocli.CommandLine.Option;

/** The peer model and rStar's mutual-consistency check (Qi et al., 2025, §3.3). */
final class PeerOptions {

    @Option(names = "--peer-endpoint", paramLabel = "URL", split = ",",
            description = "OpenAI-compatible server of the peer model (default: the generator's --endpoint).")
    List<String> endpoints;

    @Option(names = "--peer-local-model", paramLabel = "DIR",
            description = "An in-process tiny model as the peer: a folder or a bundled name (see --local-model). "
                    + "With the bundled generator the default peer is the bundled tiny-peer.")
    java.nio.file.Path localModel;

    @Option(names = "--peer-model", paramLabel = "NAME",
            description = "The peer model's name (default: the generator's --model; the paper uses a different "
                    + "model of similar size).")
    String model;

    @Option(names = "--agreement", paramLabel = "MODE", defaultValue = "mid",
            description = "When the peer agrees with a trajectory: loose (one masked prefix), mid (half, default), "
                    + "strict (all) or majority.")
    String agreement;

    @Option(names = "--no-peer", description = "Skip the peer check: the answer is the generator's MCTS majority.")
    boolean noPeer;

    @Option(names = "--reference-faithful-selection",
            description = "Reproduce the reference's gold-consulting answer selection (needs a dataset item with a "
                    + "gold answer). For comparison with the reference only; never label-free.")
    boolean referenceFaithful;

    /** Whether a separate peer connection is needed (else the generator's model serves as peer). */
    boolean separatePeer() {
        return (endpoints != null && !endpoints.isEmpty()) || (model != null && !model.isBlank())
                || localModel != null;
    }

    /**
     * The peer model: a new connection when peer options are given; else the bundled tiny peer when the generator is
     * the bundled default; else {@code generator}.
     */
    LanguageModel open(ModelOptions generatorOptions, LanguageModel generator)
            throws org.rstarworkbench.core.model.ModelException {
        if (!separatePeer()) {
            return generatorOptions.bundledDefault() && !noPeer ? TinyModels.peer() : generator;
        }
        ModelOptions peer = generatorOptions.copy();
        if (localModel != null) {
            peer.endpoints = null;
            peer.localModel = localModel;
            return peer.open();
        }
        peer.localModel = null;
        if (endpoints != null && !endpoints.isEmpty()) {
            peer.endpoints = endpoints;
        }
        if (model != null && !model.isBlank()) {
            peer.model = model;
        }
        return peer.open();
    }

    /** The discriminator over {@code peer}, or null with {@code --no-peer}. */
    PeerDiscriminator judge(LanguageModel peer) {
        if (noPeer) {
            return null;
        }
        return PeerDiscriminator.builder().setPeer(peer).optMode(AgreementMode.named(agreement))
                .optReferenceFaithful(referenceFaithful).build();
    }
}
