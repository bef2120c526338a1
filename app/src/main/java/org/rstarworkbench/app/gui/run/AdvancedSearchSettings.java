package org.rstarworkbench.app.gui.run;

import java.util.List;
import java.util.Objects;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.rstarworkbench.core.search.SearchConfig;
import org.rstarworkbench.core.search.SearchConfig.WeightSchedule;

/**
 * The Advanced part of the run panel's search settings as it edits them: the exploration weight's schedule, the
 * samples per A1 and A3, the sampling settings and reference parity, starting at the command line's defaults. {@link
 * #value()} is what they hold now, for {@link SettingsViewModel#config()} and the saved settings.
 *
 * <p>Threading: the FX thread (in tests, the thread that drains the executor's callbacks).
 */
public final class AdvancedSearchSettings {

    private final ObservableList<WeightSchedule> schedules =
            FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(WeightSchedule.values()));
    private final ObjectProperty<WeightSchedule> weightSchedule = new SimpleObjectProperty<>();
    private final IntegerProperty a1Samples = new SimpleIntegerProperty();
    private final IntegerProperty subquestions = new SimpleIntegerProperty();
    private final DoubleProperty temperature = new SimpleDoubleProperty();
    private final DoubleProperty topP = new SimpleDoubleProperty();
    private final IntegerProperty topK = new SimpleIntegerProperty();
    private final BooleanProperty referenceParity = new SimpleBooleanProperty();
    private final ObjectBinding<AdvancedSearch> value = Bindings.createObjectBinding(
            () -> new AdvancedSearch(weightSchedule.get(), a1Samples.get(), subquestions.get(), temperature.get(),
                    topP.get(), topK.get(), referenceParity.get()),
            weightSchedule, a1Samples, subquestions, temperature, topP, topK, referenceParity);
    private final BooleanBinding changed = Bindings.createBooleanBinding(
            () -> !AdvancedSearch.DEFAULTS.equals(value.get()), value);

    /** At the command line's defaults ({@link AdvancedSearch#DEFAULTS}). */
    public AdvancedSearchSettings() {
        set(AdvancedSearch.DEFAULTS);
    }

    /** Sets every field from {@code settings}. */
    public void set(AdvancedSearch settings) {
        Objects.requireNonNull(settings, "settings");
        weightSchedule.set(settings.weightSchedule());
        a1Samples.set(settings.a1Samples());
        subquestions.set(settings.subquestions());
        temperature.set(settings.temperature());
        topP.set(settings.topP());
        topK.set(settings.topK());
        referenceParity.set(settings.referenceParity());
    }

    /** Sets every field from a stored run's search settings, so that the same search can run again. */
    public void fill(SearchConfig config) {
        set(AdvancedSearch.of(config));
    }

    /** What the fields hold now, not checked; changes with every field. */
    public ObjectBinding<AdvancedSearch> value() {
        return value;
    }

    /** Whether any field differs from the defaults, so that the collapsed part can say so. */
    public BooleanBinding changedFromDefaults() {
        return changed;
    }

    /** What is wrong that {@link SearchConfig#problems()} cannot see, each starting with the field's name. */
    public List<String> problems() {
        return value.get().problems();
    }

    public ObservableList<WeightSchedule> schedules() {
        return schedules;
    }

    public ObjectProperty<WeightSchedule> weightScheduleProperty() {
        return weightSchedule;
    }

    public IntegerProperty a1SamplesProperty() {
        return a1Samples;
    }

    public IntegerProperty subquestionsProperty() {
        return subquestions;
    }

    public DoubleProperty temperatureProperty() {
        return temperature;
    }

    public DoubleProperty topPProperty() {
        return topP;
    }

    public IntegerProperty topKProperty() {
        return topK;
    }

    public BooleanProperty referenceParityProperty() {
        return referenceParity;
    }
}
