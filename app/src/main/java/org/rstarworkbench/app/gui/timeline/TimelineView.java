package org.rstarworkbench.app.gui.timeline;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Under the tree: the scrubber over the run's events with its step buttons and the "live" toggle, and the narration
 * of the event shown.
 */
public final class TimelineView extends VBox {

    private final Slider slider = new Slider();
    private boolean syncing;

    public TimelineView(TimelineViewModel model) {
        getStyleClass().add("timeline");
        setPadding(new Insets(6, 10, 6, 10));
        setSpacing(4);
        bindSlider(model);
        getChildren().addAll(scrubberBar(model), narrationLine(model));
    }

    private void bindSlider(TimelineViewModel model) {
        slider.setId("timeline");
        slider.setMin(0);
        slider.setBlockIncrement(1);
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setSnapToTicks(true);
        HBox.setHgrow(slider, Priority.ALWAYS);
        slider.maxProperty().bind(model.eventCountProperty());
        slider.disableProperty().bind(model.eventCountProperty().isEqualTo(0));
        slider.setValue(model.positionProperty().get());
        model.positionProperty().addListener((obs, old, now) -> {
            syncing = true;
            slider.setValue(now.intValue());
            syncing = false;
        });
        slider.valueProperty().addListener((obs, old, now) -> {
            int at = (int) Math.round(now.doubleValue());
            if (!syncing && at != model.positionProperty().get()) {
                model.seek(at);
            }
        });
    }

    private HBox scrubberBar(TimelineViewModel model) {
        Button start = small("|◀", "To the first event", model::toStart);
        Button previousRollout = small("◀◀", "To the start of the rollout (or the one before)",
                model::previousRollout);
        Button back = small("◀", "One event back", model::stepBack);
        back.setId("stepBack");
        Button forward = small("▶", "One event forward", model::stepForward);
        forward.setId("stepForward");
        Button nextRollout = small("▶▶", "To the start of the next rollout", model::nextRollout);
        ToggleButton live = new ToggleButton("Live");
        live.setId("liveToggle");
        live.setTooltip(new Tooltip("Follow the run: the tree shows every new event as it happens"));
        live.selectedProperty().bindBidirectional(model.followLiveProperty());
        Label position = new Label();
        position.setId("timelinePosition");
        position.setMinWidth(120);
        position.textProperty().bind(model.positionTextProperty());
        HBox bar = new HBox(4, start, previousRollout, back, slider, forward, nextRollout, live, position);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static HBox narrationLine(TimelineViewModel model) {
        Label phase = new Label();
        phase.getStyleClass().add("phase");
        phase.textProperty().bind(model.phaseProperty());
        phase.visibleProperty().bind(model.phaseProperty().isNotEmpty());
        phase.managedProperty().bind(phase.visibleProperty());
        phase.setMinWidth(Label.USE_PREF_SIZE);
        Label narration = new Label();
        narration.setId("narration");
        narration.getStyleClass().add("narration");
        narration.setWrapText(true);
        narration.setMinHeight(38);
        narration.textProperty().bind(model.narrationProperty());
        HBox.setHgrow(narration, Priority.ALWAYS);
        narration.setMaxWidth(Double.MAX_VALUE);
        HBox line = new HBox(8, phase, narration);
        line.setAlignment(Pos.TOP_LEFT);
        return line;
    }

    /** The scrubber. */
    public Slider slider() {
        return slider;
    }

    private static Button small(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.getStyleClass().add("timeline-button");
        return b;
    }
}
