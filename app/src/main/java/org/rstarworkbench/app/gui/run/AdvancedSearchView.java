package org.rstarworkbench.app.gui.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.rstarworkbench.core.search.SearchConfig.WeightSchedule;

/**
 * The Advanced part of the run panel's Search section, collapsed at first: weight schedule, A1 samples, sub-questions
 * per A3, temperature, top-p, top-k and reference parity, as the command line offers them. Its title says when a value
 * differs from the defaults, so that a collapsed part hides nothing that changes the search.
 *
 * <p>Threading: the FX thread.
 */
public final class AdvancedSearchView extends TitledPane {

    /** Bidirectional bindings hold their ends weakly; the adapters of the spinners are kept here. */
    private final List<Object> keep = new ArrayList<>();

    /** @param advanced the settings the fields edit */
    public AdvancedSearchView(AdvancedSearchSettings advanced) {
        setId("advancedSearch");
        setExpanded(false);
        textProperty().bind(Bindings.when(advanced.changedFromDefaults())
                .then("Advanced (changed from the defaults)").otherwise("Advanced"));
        GridPane g = RunView.grid();
        RunView.addRow(g, tip(schedule(advanced), "How the exploration weight c changes over the rollouts: constant, "
                + "or falling linearly or exponentially to c/10 by the last rollout (reference: "
                + "--mcts_weight_scheduler)"));
        RunView.addRow(g, tip(Spinners.bound("a1Samples", advanced.a1SamplesProperty(), 1, 1_000, keep),
                "Thoughts proposed per A1 (one-step thought); default 3"));
        RunView.addRow(g, tip(Spinners.bound("subquestions", advanced.subquestionsProperty(), 1, 1_000, keep),
                "Sub-questions proposed per A3 (sub-question and its answer); default 3"));
        RunView.addRow(g, tip(Spinners.bound("temperature", advanced.temperatureProperty(), 0, 100, 0.1, keep),
                "Sampling temperature of every model request; 0 for greedy decoding; default 0.8"));
        RunView.addRow(g, tip(Spinners.bound("topP", advanced.topPProperty(), 0.01, 1, 0.05, keep),
                "Nucleus sampling: the smallest set of tokens holding this much probability; 1 for no limit; "
                        + "default 0.95"));
        RunView.addRow(g, tip(Spinners.bound("topK", advanced.topKProperty(), 0, 1_000_000, keep),
                "Only the k most likely tokens are sampled; 0 for no limit; default 40"));
        CheckBox parity = RunView.check("Reference parity", advanced.referenceParityProperty());
        parity.setId("referenceParity");
        parity.setTooltip(new Tooltip("Reproduce the reference rStar's quirks exactly (docs/parity.md): all "
                + "sub-questions of an A3 batch get one vote count, 32 or 10 by whether the last one is final. Off, "
                + "each sub-question gets its own (32 if final, else 10). Quirks that shape prompts are kept either "
                + "way."));
        setContent(new VBox(6, g, parity));
    }

    private static ComboBox<WeightSchedule> schedule(AdvancedSearchSettings advanced) {
        ComboBox<WeightSchedule> schedule = new ComboBox<>(advanced.schedules());
        schedule.setId("weightSchedule");
        schedule.setMaxWidth(Double.MAX_VALUE);
        schedule.setConverter(new StringConverter<>() {
            @Override
            public String toString(WeightSchedule s) {
                return s == null ? "" : s.name().toLowerCase(Locale.ROOT);
            }

            @Override
            public WeightSchedule fromString(String text) {
                return text == null || text.isBlank() ? null : WeightSchedule.valueOf(text.strip()
                        .toUpperCase(Locale.ROOT));
            }
        });
        schedule.valueProperty().bindBidirectional(advanced.weightScheduleProperty());
        return schedule;
    }

    private static Node tip(Control field, String text) {
        field.setTooltip(new Tooltip(text));
        return field;
    }
}
