package org.rstarworkbench.app.gui.settings;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rstarworkbench.app.gui.MainViewModel;
import org.rstarworkbench.app.gui.TaskExecutor;
import org.rstarworkbench.app.gui.look.Appearance;
import org.rstarworkbench.app.gui.run.ModelChoice;
import org.rstarworkbench.app.gui.run.PeerSettings;
import org.rstarworkbench.app.gui.run.SettingsViewModel;

/**
 * Moves {@link SavedSettings} in and out of the window: {@link #apply} sets the view-models from them, {@link
 * #capture} reads them back, and {@link #keep} saves them a second after the user last changed one (on a worker
 * thread) and hands the last state to the caller when the window closes, which the launcher writes once the FX
 * thread has ended.
 *
 * <p>Threading: the FX thread, except the file writes.
 */
public final class SettingsKeeper {

    /** How long the settings must stay unchanged before they are written. */
    static final Duration QUIET = Duration.seconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(SettingsKeeper.class);

    private SettingsKeeper() {
    }

    /**
     * Sets the window's view-models from saved settings: the look, the fill, the model (when the catalog still has
     * one of that name), the endpoint, the peer (when this build offers it) and its endpoint, the pack, the search
     * settings (the advanced ones included) and the dataset to list (read when the window starts; GSM-mini if it
     * cannot be). The window's size is the launcher's.
     */
    public static void apply(SavedSettings saved, MainViewModel model) {
        Appearance look = model.appearance();
        look.themeProperty().set(saved.theme());
        look.presentationProperty().set(saved.presentation());
        model.fillModeProperty().set(saved.fill());
        SettingsViewModel s = model.settings();
        if (saved.model() != null) {
            s.models().stream().filter(m -> m.label().equals(saved.model())).findFirst()
                    .ifPresent(s.modelProperty()::set);
        }
        s.endpointUrlProperty().set(saved.endpointUrl());
        s.endpointModelProperty().set(saved.endpointModel());
        PeerSettings peer = s.peerModel();
        if (peer.choices().contains(saved.peerModel())) {
            peer.choiceProperty().set(saved.peerModel());
        }
        peer.endpointUrlProperty().set(saved.peerEndpointUrl());
        peer.endpointModelProperty().set(saved.peerEndpointModel());
        if (saved.pack() != null) {
            s.packProperty().set(saved.pack());
        }
        s.rolloutsProperty().set(saved.rollouts());
        s.maxDepthProperty().set(saved.maxDepth());
        s.votesProperty().set(saved.votes());
        s.lastVotesProperty().set(saved.lastVotes());
        s.explorationWeightProperty().set(saved.explorationWeight());
        s.a1Property().set(saved.a1());
        s.a5Property().set(saved.a5());
        s.seedProperty().set(saved.seed());
        s.advanced().set(saved.advanced());
        if (saved.dataset() != null) {
            try {
                s.problem().startFrom(Path.of(saved.dataset()));
            } catch (InvalidPathException e) {
                LOG.warn("The saved dataset '{}' is not a path here ({}); listing GSM-mini's test problems",
                        saved.dataset(), e.getMessage());
            }
        }
    }

    /** The choices the window shows now, in a window of the given size. */
    public static SavedSettings capture(MainViewModel model, double width, double height) {
        SettingsViewModel s = model.settings();
        ModelChoice chosen = s.modelProperty().get();
        PeerSettings peer = s.peerModel();
        String pack = s.packProperty().get();
        Path dataset = s.problem().dataset();
        return new SavedSettings(model.appearance().themeProperty().get(),
                model.appearance().presentationProperty().get(), chosen == null ? null : chosen.label(),
                s.endpointUrlProperty().get(), s.endpointModelProperty().get(), peer.choiceProperty().get(),
                peer.endpointUrlProperty().get(), peer.endpointModelProperty().get(),
                pack == null || pack.isBlank() ? null : pack, s.rolloutsProperty().get(), s.maxDepthProperty().get(),
                s.votesProperty().get(), s.lastVotesProperty().get(), s.explorationWeightProperty().get(), s.a1Property().get(),
                s.a5Property().get(), s.seedProperty().get(), model.fillModeProperty().get(),
                (int) Math.max(640, Math.round(width)), (int) Math.max(400, Math.round(height)),
                dataset == null ? null : dataset.toString(), s.advanced().value().get());
    }

    /**
     * Saves the window's settings to {@code file} whenever they change (a second after the last change, on a worker
     * thread), and hands the settings to {@code closing} when the window is about to close.
     */
    public static void keep(MainViewModel model, Stage stage, TaskExecutor tasks, SettingsFile file,
                            Consumer<SavedSettings> closing) {
        Objects.requireNonNull(file, "file");
        PauseTransition quiet = new PauseTransition(QUIET);
        quiet.setOnFinished(e -> {
            SavedSettings now = capture(model, stage.getWidth(), stage.getHeight());
            try {
                tasks.submit(() -> {
                    file.save(now);
                    return now;
                }, saved -> { }, failure -> LOG.warn("Cannot save the workbench settings to {} ({}); they are "
                        + "saved again when the window closes", file.file(), failure.toString()));
            } catch (RejectedExecutionException closed) {
                LOG.debug("The window closed before its settings were saved; the launcher saves them");
            }
        });
        InvalidationListener changed = obs -> quiet.playFromStart();
        SettingsViewModel s = model.settings();
        for (Observable o : new Observable[] {model.appearance().themeProperty(),
            model.appearance().presentationProperty(), model.fillModeProperty(), s.modelProperty(),
            s.endpointUrlProperty(), s.endpointModelProperty(), s.peerModel().choiceProperty(),
            s.peerModel().endpointUrlProperty(), s.peerModel().endpointModelProperty(), s.packProperty(),
            s.rolloutsProperty(), s.maxDepthProperty(), s.votesProperty(), s.lastVotesProperty(),
            s.explorationWeightProperty(),
            s.a1Property(), s.a5Property(), s.seedProperty(), s.problem().problemSetProperty(), stage.widthProperty(),
            stage.heightProperty()}) {
            o.addListener(changed);
        }
        // a change listener, not an invalidation one: a binding reports nothing more until it is read again
        s.advanced().value().addListener((obs, old, now) -> quiet.playFromStart());
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> {
            quiet.stop();
            closing.accept(capture(model, stage.getWidth(), stage.getHeight()));
        });
    }
}
