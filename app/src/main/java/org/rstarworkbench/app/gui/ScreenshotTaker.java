package org.rstarworkbench.app.gui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.util.Duration;

import javax.imageio.ImageIO;

import org.rstarworkbench.app.gui.classroom.BundledDemos;
import org.rstarworkbench.app.gui.evaluation.EvaluationState;
import org.rstarworkbench.app.gui.evaluation.EvaluationWindow;
import org.rstarworkbench.app.gui.run.RunState;
import org.rstarworkbench.app.gui.trajectories.Candidate;
import org.rstarworkbench.core.event.RolloutFinished;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.event.Selected;
import org.rstarworkbench.visualizer.tree.TreeSnapshot;
import org.rstarworkbench.visualizer.view.DrawnNode;
import org.rstarworkbench.visualizer.view.TreeDrawing;
import org.rstarworkbench.visualizer.view.TreeViewModel;

/**
 * Renders the window to a PNG once a run is shown: loads the demo run (run to its end), a bundled demo run or a
 * stored run, selects the node the run's answer came from so the inspector shows it (with the trajectories panel
 * asked for: picks the answer's trajectory in its list), waits until the tree is drawn and the inspector filled, then
 * writes the scene's image (off the FX thread) and reports. With an evaluation's results folder, it renders the
 * evaluation window showing those results instead. Polls on the FX thread; never blocks it.
 */
final class ScreenshotTaker {

    private static final Duration POLL = Duration.millis(100);
    private static final long TIMEOUT_NANOS = 120_000_000_000L;
    /** Polls to wait once everything is in place, so the viewer has repainted. */
    private static final int SETTLE_POLLS = 5;

    private enum Phase { LOADING, PICKING, SELECTED, WRITING }

    private final Workbench workbench;
    private final WorkbenchOptions options;
    private final Consumer<String> done;
    private final Timeline poll = new Timeline();
    private final long deadline = System.nanoTime() + TIMEOUT_NANOS;
    private Phase phase = Phase.LOADING;
    private int selected = -1;
    private int settled;
    private boolean finished;
    /** The evaluation window rendered instead of the main one, or null. */
    private EvaluationWindow evaluation;

    /** @param done told null once the PNG is written, else why not; on the FX thread */
    ScreenshotTaker(Workbench workbench, WorkbenchOptions options, Consumer<String> done) {
        this.workbench = workbench;
        this.options = options;
        this.done = done;
    }

    void start() {
        MainViewModel model = workbench.viewModel();
        model.setErrorSink(e -> finish(e.title() + ": " + e.detail()));
        if (options.evaluation() != null) {
            evaluation = workbench.view().openEvaluation();
            evaluation.viewModel().openResults(options.evaluation());
        } else if (options.runId() != null) {
            model.openStoredRun(options.runId());
        } else if (options.demoRun() != null) {
            model.openDemoRun(BundledDemos.byId(options.demoRun()));
        } else {
            workbench.startDemo(true);
        }
        poll.getKeyFrames().add(new KeyFrame(POLL, e -> step()));
        poll.setCycleCount(Animation.INDEFINITE);
        poll.play();
    }

    private void step() {
        if (finished || phase == Phase.WRITING) {
            return;
        }
        if (System.nanoTime() > deadline) {
            finish("the run was not shown within two minutes");
            return;
        }
        if (evaluation != null) {
            if (evaluation.viewModel().state() == EvaluationState.OPENED
                    && !evaluation.view().chart().getData().isEmpty() && ++settled >= SETTLE_POLLS) {
                capture(evaluation.stage().getScene());
            }
            return;
        }
        MainViewModel model = workbench.viewModel();
        RunState state = model.run().state();
        if (state == RunState.FAILED || state == RunState.CANCELLED) {
            finish("the run " + state.label().toLowerCase(Locale.ROOT));
            return;
        }
        TreeViewModel tree = model.tree();
        if (state == RunState.REPLAY && tree.eventCount() == 0) {
            finish("the run has no events to show");
            return;
        }
        TreeDrawing drawing = workbench.view().treeView().drawing();
        boolean upToDate = drawing != null && drawing.lastSeq() == tree.tree().lastSeq();
        if (phase == Phase.LOADING && (state == RunState.FINISHED || state == RunState.REPLAY) && upToDate
                && tree.eventCount() > 0) {
            if (options.atSeq() != null && tree.position() == tree.eventCount()) {
                tree.seekToSeq(options.atSeq());
                return;
            }
            if (options.panel() == WorkbenchOptions.Panel.TRAJECTORIES) {
                workbench.view().showTrajectories(true);
                phase = Phase.PICKING;
                return;
            }
            selected = featuredNode(model);
            tree.select(selected);
            phase = Phase.SELECTED;
        } else if (phase == Phase.PICKING
                && model.trajectories().shownProperty().get().events() == tree.position()) {
            Candidate featured = model.trajectories().shownProperty().get().featured();
            selected = featured == null ? featuredNode(model) : featured.endNode();
            if (featured == null) {
                tree.select(selected);
            } else {
                model.trajectories().pick(featured);
            }
            phase = Phase.SELECTED;
        } else if (phase == Phase.SELECTED && upToDate && model.inspector().showingProperty().get()) {
            DrawnNode node = drawing.node(selected);
            if ((node == null || node.selected()) && ++settled >= SETTLE_POLLS) {
                capture(workbench.stage().getScene());
            }
        }
    }

    /**
     * The node the event shown is about when it is a selection (the last child UCT chose, else the selected leaf);
     * else a node on the trajectory the
     * answer came from (the peer's winner, else the last rollout's end): the deepest one that rollouts went through
     * more than once, so the inspector has UCT scores to show.
     */
    private static int featuredNode(MainViewModel model) {
        TreeViewModel view = model.tree();
        if (view.position() > 0 && view.event(view.position() - 1) instanceof Selected s) {
            return s.steps().stream().filter(step -> step.how() == Selected.How.UCT).reduce((a, b) -> b)
                    .map(Selected.Step::chosen).orElse(s.leafId());
        }
        var stats = model.status().statsProperty().get();
        int end = 0;
        if (stats.verdict() != null && !stats.verdict().winnerNodeIds().isEmpty()) {
            end = stats.verdict().winnerNodeIds().get(0);
        } else {
            List<SearchEvent> events = model.events().subList(0, view.position());
            for (int i = events.size() - 1; i >= 0; i--) {
                if (events.get(i) instanceof RolloutFinished r) {
                    end = r.endNodeId();
                    break;
                }
            }
        }
        TreeSnapshot tree = model.tree().tree();
        int at = tree.indexOf(end);
        if (at < 0) {
            return end;
        }
        List<Integer> path = tree.pathTo(at);
        for (int k = path.size() - 1; k > 0; k--) {
            if (tree.n(tree.indexOf(path.get(k))) >= 2) {
                return path.get(k);
            }
        }
        return end;
    }

    private void capture(Scene scene) {
        phase = Phase.WRITING;
        WritableImage image = scene.snapshot(null);
        BufferedImage png = SwingFXUtils.fromFXImage(image, null);
        Path file = options.screenshot().toAbsolutePath();
        workbench.tasks().submit(() -> {
            Path dir = file.getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            if (!ImageIO.write(png, "png", file.toFile())) {
                throw new IOException("no PNG writer is available");
            }
            return file;
        }, written -> finish(null), failure -> finish("cannot write " + file + ": " + failure.getMessage()));
    }

    private void finish(String failure) {
        if (finished) {
            return;
        }
        finished = true;
        poll.stop();
        done.accept(failure);
    }
}
