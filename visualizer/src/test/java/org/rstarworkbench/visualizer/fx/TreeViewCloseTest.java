package org.rstarworkbench.visualizer.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javafx.animation.Animation;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.visualizer.SampleRuns;
import org.rstarworkbench.visualizer.style.FillMode;
import org.rstarworkbench.visualizer.view.TreeViewModel;

/**
 * Closing the tree view in every state: GraphStream's viewer throws when a style group was never painted, which
 * left its timer running.
 */
@ExtendWith(ApplicationExtension.class)
class TreeViewCloseTest {

    static final List<SearchEvent> RUN = SampleRuns.rstar(8, 42);

    final ExecutorService background = Executors.newSingleThreadExecutor();
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 600, 400));
        stage.show();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    @Test
    void closesViewsThatNeverPainted() throws Exception {
        TreeViewModel model = new TreeViewModel();
        CompletableFuture<Void> closed = new CompletableFuture<>();
        TreeView[] views = onFx(() -> {
            model.appendAll(RUN);
            TreeView drawn = new TreeView(model, background);
            closeOnNextDrawing(drawn, closed);
            stage.getScene().setRoot(drawn);
            TreeView empty = new TreeView(new TreeViewModel(), background);
            empty.close();
            return new TreeView[] {drawn, empty};
        });
        closed.get(10, TimeUnit.SECONDS);
        // The viewer starts its timer from a thread of its own, possibly after the close.
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertThat(onFx(views[0]::timerStatus)).isEqualTo(Animation.Status.STOPPED);
        assertThat(onFx(views[1]::timerStatus)).isEqualTo(Animation.Status.STOPPED);
    }

    @Test
    void closesAPaintedViewRightAfterAChangeAndAgain() throws Exception {
        TreeViewModel model = new TreeViewModel();
        CompletableFuture<Void> closed = new CompletableFuture<>();
        TreeView view = onFx(() -> {
            model.appendAll(RUN);
            TreeView created = new TreeView(model, background);
            stage.getScene().setRoot(created);
            return created;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.drawing() != null);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        onFx(() -> {
            // Other node classes make style groups the viewer has not painted yet when the view closes.
            closeOnNextDrawing(view, closed);
            model.setFillMode(FillMode.VISITS);
            return null;
        });
        closed.get(10, TimeUnit.SECONDS);
        onFx(() -> {
            view.close();
            return null;
        });
        assertThat(onFx(view::timerStatus)).isEqualTo(Animation.Status.STOPPED);
    }

    /** Closes the view right after it applies its next drawing to the graph, before the graph is painted. */
    private static void closeOnNextDrawing(TreeView view, CompletableFuture<Void> closed) {
        view.setOnDrawn(d -> {
            try {
                view.close();
                view.close();
                closed.complete(null);
            } catch (RuntimeException e) {
                closed.completeExceptionally(e);
            }
        });
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }
}
