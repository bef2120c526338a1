package org.rstarworkbench.app.gui.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.rstarworkbench.app.gui.ManualFxThread;
import org.rstarworkbench.app.gui.SettingsException;
import org.rstarworkbench.app.gui.TaskExecutor;
import org.rstarworkbench.app.gui.UserError;
import org.rstarworkbench.core.model.Sampling;
import org.rstarworkbench.core.search.SearchConfig;
import org.rstarworkbench.core.search.SearchConfig.WeightSchedule;
import org.rstarworkbench.core.tree.Problem;

/** The run panel's search settings, the Advanced part above all, without JavaFX. */
class SettingsViewModelTest {

    static final Problem PROBLEM = new Problem("p", "What is 3 + 4?", "7");

    final ManualFxThread fx = new ManualFxThread();
    final TaskExecutor tasks = new TaskExecutor(fx);
    final List<UserError> errors = new ArrayList<>();
    SettingsViewModel settings;
    AdvancedSearchSettings advanced;

    @BeforeEach
    void start() {
        settings = new SettingsViewModel(tasks, ModelCatalog.standard(), errors::add);
        settings.questionProperty().set(PROBLEM.question());
        settings.modelProperty().set(ModelChoice.demo());
        advanced = settings.advanced();
    }

    @AfterEach
    void stop() {
        tasks.close();
    }

    @Test
    void theAdvancedPartStartsAtTheCommandLinesDefaults() throws Exception {
        assertThat(settings.config()).isEqualTo(SearchConfig.defaults());
        assertThat(advanced.changedFromDefaults().get()).isFalse();
        assertThat(settings.settings().config()).isEqualTo(SearchConfig.defaults());
    }

    @Test
    void theConfigCarriesEachAdvancedValue() throws Exception {
        advanced.weightScheduleProperty().set(WeightSchedule.EXPONENTIAL);
        advanced.a1SamplesProperty().set(5);
        advanced.subquestionsProperty().set(2);
        advanced.temperatureProperty().set(0.3);
        advanced.topPProperty().set(0.5);
        advanced.topKProperty().set(0);
        advanced.referenceParityProperty().set(true);
        settings.votesProperty().set(7);
        SearchConfig config = settings.settings().config();
        assertThat(config.weightSchedule()).isEqualTo(WeightSchedule.EXPONENTIAL);
        assertThat(config.a1Samples()).isEqualTo(5);
        assertThat(config.subquestions()).isEqualTo(2);
        assertThat(config.sampling()).isEqualTo(new Sampling(0.3, 0.5, 0, null));
        assertThat(config.referenceParity()).isTrue();
        assertThat(config.votes()).as("the everyday settings are kept").isEqualTo(7);
        assertThat(config.lastVotes()).isEqualTo(32);
        assertThat(advanced.changedFromDefaults().get()).isTrue();
        advanced.set(AdvancedSearch.DEFAULTS);
        assertThat(advanced.changedFromDefaults().get()).isFalse();
    }

    @Test
    void eachBadAdvancedValueIsNamedAsThePanelLabelsIt() {
        advanced.weightScheduleProperty().set(null);
        advanced.a1SamplesProperty().set(0);
        advanced.subquestionsProperty().set(-2);
        advanced.temperatureProperty().set(-1);
        advanced.topPProperty().set(0);
        assertThatThrownBy(settings::settings).isInstanceOf(SettingsException.class).hasMessage(String.join("\n",
                "A1 samples must be at least 1, was 0",
                "Sub-questions per A3 must be at least 1, was -2",
                "Weight schedule must be one of CONSTANT, LINEAR, EXPONENTIAL",
                "Temperature must be a finite number >= 0 (0 for greedy decoding), was -1.0",
                "Top-p must be above 0 and at most 1 (1 for no limit), was 0.0"));
        assertThat(SettingsViewModel.fieldName("a1Samples")).isEqualTo("A1 samples");
        assertThat(SettingsViewModel.fieldName("topP")).isEqualTo("Top-p");
    }

    @Test
    void unusableSamplingLeavesTheDefaultSamplingInTheUncheckedConfig() {
        advanced.topKProperty().set(5);
        advanced.topPProperty().set(1.5);
        assertThat(settings.config().sampling()).as("a Sampling cannot hold top-p 1.5").isEqualTo(Sampling.REFERENCE);
        advanced.topPProperty().set(1.0);
        assertThat(settings.config().sampling()).isEqualTo(new Sampling(0.8, 1.0, 5, null));
    }

    @Test
    void aStoredRunsSettingsFillThePanelSoTheSameSearchRunsAgain() throws Exception {
        SearchConfig stored = new SearchConfig(9, 4, 1.25, WeightSchedule.LINEAR, false, true, 6, 2, 4, 12,
                new Sampling(0.55, 0.7, 13, null), 77, true);
        settings.fillFrom(PROBLEM, "gsm8k", stored);
        assertThat(settings.config()).isEqualTo(stored);
        assertThat(settings.settings().config()).isEqualTo(stored);
        assertThat(advanced.value().get()).isEqualTo(new AdvancedSearch(WeightSchedule.LINEAR, 6, 2, 0.55, 0.7, 13,
                true));
        settings.fillFrom(PROBLEM, "gsm8k", SearchConfig.defaults());
        assertThat(advanced.changedFromDefaults().get()).as("a default run resets the advanced part").isFalse();
    }

    @Test
    void everyLabelIsKnownAndOtherMessagesPassUnchanged() {
        for (String field : List.of("rollouts", "maxDepth", "explorationWeight", "votes", "lastVotes", "seed",
                "weightSchedule", "a1Samples", "subquestions", "temperature", "topP", "topK")) {
            assertThat(SettingsViewModel.withFieldName(field + " must be x")).as(field)
                    .isEqualTo(SettingsViewModel.fieldName(field) + " must be x");
        }
        assertThat(SettingsViewModel.withFieldName("sampling must be given")).isEqualTo("sampling must be given");
        assertThatThrownBy(() -> SettingsViewModel.fieldName("nothing")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nothing");
    }
}
