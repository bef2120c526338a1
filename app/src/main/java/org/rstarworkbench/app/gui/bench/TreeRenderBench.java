package org.rstarworkbench.app.gui.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.rstarworkbench.app.gui.TaskExecutor;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.visualizer.fx.TreeView;
import org.rstarworkbench.visualizer.layout.LevelOfDetail;
import org.rstarworkbench.visualizer.view.TreeDrawing;
import org.rstarworkbench.visualizer.view.TreeViewModel;

/**
 * Measures how the tree view draws real search trees: each tree is shown in the visualizer's {@link TreeView} on a
 * 1280×800 stage, then panned in a circle for a fixed number of frames, each frame moving the camera and painting
 * the graph at once (the viewer's own timer would paint at most every 40 ms); then zoomed in and back to fit a few
 * times; trees of which the default level of detail hides branches are panned again with every node shown. The
 * calling thread grows the trees and waits; every JavaFX step must end within a time limit, else the run fails with
 * a {@link TreeBenchException} naming the step.
 */
public final class TreeRenderBench {

    public static final int WIDTH = 1280;
    public static final int HEIGHT = 800;
    static final int WARM_UP_FRAMES = 10;
    static final int FIT_ROUNDS = 5;
    /** Radius of the panning circle in pixels, and the frames one round takes. */
    static final double PAN_RADIUS = 150;
    static final int PAN_ROUND = 60;
    static final long STEP_SECONDS = 60;
    /** Each frame may take this long before a frame loop counts as stuck. */
    static final long SECONDS_PER_FRAME = 2;

    private TreeRenderBench() {
    }

    /**
     * Runs the benchmark.
     *
     * @param sizes  the tree sizes, each at least 2
     * @param frames the panned frames timed per tree, at least 1
     * @throws TreeBenchException   when JavaFX does not start or a step does not end in time
     * @throws InterruptedException when the calling thread is interrupted
     */
    public static TreeBenchReport run(List<Integer> sizes, int frames) throws TreeBenchException,
            InterruptedException {
        if (sizes.isEmpty() || sizes.stream().anyMatch(n -> n == null || n < 2)) {
            throw new IllegalArgumentException("tree sizes must be at least 2 nodes each, were " + sizes);
        }
        if (frames < 1) {
            throw new IllegalArgumentException("frames must be at least 1, was " + frames);
        }
        List<List<SearchEvent>> runs = new ArrayList<>();
        for (int size : sizes) {
            runs.add(BenchTrees.grow(size));
        }
        String platform = HeadlessFx.start(STEP_SECONDS);
        List<TreeBenchReport.Tree> trees = new ArrayList<>();
        try (TaskExecutor tasks = TaskExecutor.forJavaFx()) {
            Stage stage = onFx("open the stage", () -> {
                Stage s = new Stage();
                s.setTitle("rstar bench tree");
                s.setScene(new Scene(new StackPane(), WIDTH, HEIGHT));
                s.show();
                return s;
            });
            try {
                for (int i = 0; i < sizes.size(); i++) {
                    trees.add(measure(stage, tasks, sizes.get(i), runs.get(i), frames));
                }
            } finally {
                Platform.runLater(stage::close);
            }
        }
        return new TreeBenchReport(platform, frames, trees);
    }

    private static TreeBenchReport.Tree measure(Stage stage, TaskExecutor tasks, int requested,
            List<SearchEvent> events, int frames) throws TreeBenchException, InterruptedException {
        TreeViewModel model = onFx("build the tree view", TreeViewModel::new);
        TreeView view = onFx("build the tree view", () -> {
            TreeView v = new TreeView(model, tasks.workers());
            stage.getScene().setRoot(v);
            return v;
        });
        try {
            CompletableFuture<Long> shown = new CompletableFuture<>();
            int nodes = onFx("hand the events to the view", () -> {
                long start = System.nanoTime();
                model.appendAll(events);
                int size = model.tree().size();
                view.setOnDrawn(d -> {
                    if (d.totalNodes() == size) {
                        shown.complete(System.nanoTime() - start);
                    }
                });
                return size;
            });
            double layoutMs = await("draw the " + nodes + "-node tree", shown, STEP_SECONDS) / 1e6;
            TreeBenchReport.Pan pan = pan(view, frames);
            double fitMs = fit(view);
            TreeBenchReport.Pan panAll = null;
            if (pan.visibleNodes() < nodes) {
                CompletableFuture<TreeDrawing> all = new CompletableFuture<>();
                onFx("show every node", () -> {
                    view.setOnDrawn(d -> {
                        if (d.nodes().size() == d.totalNodes()) {
                            all.complete(d);
                        }
                    });
                    model.setLevelOfDetail(LevelOfDetail.OFF);
                    return null;
                });
                await("draw every node of the " + nodes + "-node tree", all, STEP_SECONDS);
                panAll = pan(view, frames);
            }
            return new TreeBenchReport.Tree(requested, nodes, layoutMs, fitMs, pan, panAll);
        } finally {
            Platform.runLater(view::close);
        }
    }

    /** Pans in a circle, painting every frame. */
    private static TreeBenchReport.Pan pan(TreeView view, int frames) throws TreeBenchException,
            InterruptedException {
        FrameLoop loop = new FrameLoop(k -> {
            double a0 = 2 * Math.PI * k / PAN_ROUND;
            double a1 = 2 * Math.PI * (k + 1) / PAN_ROUND;
            view.pan(PAN_RADIUS * (Math.cos(a1) - Math.cos(a0)), PAN_RADIUS * (Math.sin(a1) - Math.sin(a0)));
            view.repaint();
        }, WARM_UP_FRAMES, frames);
        FrameLoop.Times times = loop(loop, "pan " + frames + " frames");
        int visible = onFx("count the drawn nodes", () -> view.drawing().nodes().size());
        return new TreeBenchReport.Pan(visible, percentileMs(times.frameNanos(), 0.5),
                percentileMs(times.frameNanos(), 0.9), percentileMs(times.stepNanos(), 0.5));
    }

    /** Zooms in, then back to fit, {@link #FIT_ROUNDS} times; the median of the fitting frames. */
    private static double fit(TreeView view) throws TreeBenchException, InterruptedException {
        FrameLoop loop = new FrameLoop(k -> {
            if (k % 2 == 0) {
                view.zoom(0.3);
            } else {
                view.fit();
            }
            view.repaint();
        }, 2, 2 * FIT_ROUNDS);
        long[] frames = loop(loop, "zoom to fit").frameNanos();
        long[] fits = new long[FIT_ROUNDS];
        for (int i = 0; i < FIT_ROUNDS; i++) {
            fits[i] = frames[2 * i + 1];
        }
        onFx("fit the view", () -> {
            view.fit();
            return null;
        });
        return percentileMs(fits, 0.5);
    }

    private static FrameLoop.Times loop(FrameLoop loop, String what) throws TreeBenchException,
            InterruptedException {
        onFx("start the frames", () -> {
            loop.start();
            return null;
        });
        int frames = loop.frameCount();
        try {
            return await(what, loop.done(), STEP_SECONDS + SECONDS_PER_FRAME * frames);
        } finally {
            Platform.runLater(loop::stop);
        }
    }

    /** The {@code p}-quantile (nearest rank) in milliseconds. */
    static double percentileMs(long[] nanos, double p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    private static <T> T onFx(String what, Callable<T> action) throws TreeBenchException, InterruptedException {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return await(what, result, STEP_SECONDS);
    }

    private static <T> T await(String what, CompletableFuture<T> future, long seconds) throws TreeBenchException,
            InterruptedException {
        try {
            return future.get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new TreeBenchException("the JavaFX thread did not " + what + " within " + seconds
                    + " s; it may be blocked or the machine overloaded", e);
        } catch (ExecutionException e) {
            throw new TreeBenchException("could not " + what + ": " + e.getCause(), e.getCause());
        }
    }
}
