package org.rstarworkbench.app.gui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.rstarworkbench.app.gui.Workbench;
import org.rstarworkbench.app.gui.WorkbenchOptions;
import org.rstarworkbench.app.gui.look.Theme;
import org.rstarworkbench.app.gui.run.AdvancedSearch;
import org.rstarworkbench.app.gui.run.ModelCatalog;
import org.rstarworkbench.app.gui.run.PeerChoice;
import org.rstarworkbench.core.search.SearchConfig.WeightSchedule;
import org.rstarworkbench.core.tree.Problem;
import org.rstarworkbench.visualizer.style.FillMode;

/** The window starts from saved settings, saves a change a moment later, and hands its settings over on closing. */
@ExtendWith(ApplicationExtension.class)
class SettingsInWindowTest {

    @TempDir
    static Path dir;

    Workbench workbench;
    SettingsFile file;
    final AtomicReference<SavedSettings> closing = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        file = new SettingsFile(dir.resolve("settings.json"));
        Path dataset = dir.resolve("own.jsonl");
        try {
            Files.writeString(dataset, "{\"question\": \"Ann has 2 pens. How many?\"}\n{oops\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SavedSettings saved = new SavedSettings(Theme.DARK, false, null, "http://saved:1/v1", "saved-model",
                PeerChoice.ENDPOINT, "http://peer:2/v1", "peer-model", null, 12, 4, 3, 20, 1.0, true, false, 9,
                FillMode.VISITS, 1000, 700, dataset.toString(),
                new AdvancedSearch(WeightSchedule.CONSTANT, 3, 3, 0.8, 0.95, 20, false));
        // as the launcher does: the window's look, fill and size come in the options, taken from the saved settings
        WorkbenchOptions options = new WorkbenchOptions(dir.resolve("runs.db"), null, false, null, saved.width(),
                saved.height(), saved.fill(), null).withLook(saved.theme(), saved.presentation());
        workbench = Workbench.open(stage, options, ModelCatalog.standard(), saved);
        SettingsKeeper.keep(workbench.viewModel(), stage, workbench.tasks(), file, closing::set);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(workbench::close).get(10, TimeUnit.SECONDS);
    }

    @Test
    void savedSettingsShowAndChangesAreSaved(FxRobot robot) throws Exception {
        var s = workbench.viewModel().settings();
        assertThat(s.rolloutsProperty().get()).isEqualTo(12);
        assertThat(s.endpointModelProperty().get()).isEqualTo("saved-model");
        assertThat(s.a5Property().get()).isFalse();
        assertThat(workbench.viewModel().fillModeProperty().get()).isEqualTo(FillMode.VISITS);
        assertThat(robot.lookup("#peerChoice").<PeerChoice>queryComboBox().getValue()).isEqualTo(PeerChoice.ENDPOINT);
        TextField peerUrl = robot.lookup("#peerEndpointUrl").queryAs(TextField.class);
        assertThat(peerUrl.getText()).isEqualTo("http://peer:2/v1");
        assertThat(peerUrl.getParent().isVisible()).as("the peer's endpoint fields").isTrue();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> s.problem().problemSetProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#problemSet").queryAs(Label.class).getText())
                .isEqualTo("own.jsonl: 1 problem, 1 malformed entry skipped");
        assertThat(robot.lookup("#problemPicker").<Problem>queryComboBox().getValue().id()).isEqualTo("own.jsonl/0");
        assertThat(robot.lookup("#listGsmMini").queryButton().isDisabled()).isFalse();

        TitledPane advanced = robot.lookup("#advancedSearch").queryAs(TitledPane.class);
        assertThat(advanced.isExpanded()).as("collapsed at first").isFalse();
        assertThat(advanced.getText()).isEqualTo("Advanced (changed from the defaults)");
        assertThat(robot.lookup("#topK").queryAs(Spinner.class).getValue()).as("the saved top-k").isEqualTo(20);

        robot.interact(() -> {
            s.rolloutsProperty().set(24);
            robot.lookup("#peerChoice").<PeerChoice>queryComboBox().setValue(PeerChoice.SAME);
            workbench.viewModel().appearance().presentationProperty().set(true);
            advanced.setExpanded(true);
            robot.lookup("#weightSchedule").<WeightSchedule>queryComboBox().setValue(WeightSchedule.LINEAR);
            robot.lookup("#temperature").<Spinner<Double>>query().getValueFactory().setValue(0.5);
            robot.lookup("#referenceParity").queryAs(CheckBox.class).setSelected(true);
        });
        assertThat(s.config().weightSchedule()).isEqualTo(WeightSchedule.LINEAR);
        assertThat(s.config().sampling().temperature()).isEqualTo(0.5);
        assertThat(s.config().sampling().topK()).isEqualTo(20);
        assertThat(s.config().referenceParity()).isTrue();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(file.file())
                && file.load().rollouts() == 24);
        SavedSettings saved = file.load();
        assertThat(saved.presentation()).isTrue();
        assertThat(saved.theme()).isEqualTo(Theme.DARK);
        assertThat(saved.endpointUrl()).isEqualTo("http://saved:1/v1");
        assertThat(saved.seed()).isEqualTo(9);
        assertThat(saved.peerModel()).isEqualTo(PeerChoice.SAME);
        assertThat(saved.peerEndpointModel()).as("kept for when the endpoint is picked again").isEqualTo("peer-model");
        assertThat(saved.dataset()).endsWith("own.jsonl");
        assertThat(saved.advanced()).isEqualTo(new AdvancedSearch(WeightSchedule.LINEAR, 3, 3, 0.5, 0.95, 20, true));
        assertThat(peerUrl.getParent().isVisible()).isFalse();

        robot.interact(() -> workbench.stage().hide());
        assertThat(closing.get()).isNotNull();
        assertThat(closing.get().rollouts()).isEqualTo(24);
    }
}
