package org.rstarworkbench.app.gui.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.rstarworkbench.app.eval.EvalRow;
import org.rstarworkbench.app.eval.EvalSetup;
import org.rstarworkbench.app.gui.run.ModelChoice;
import org.rstarworkbench.app.gui.run.PeerChoice;
import org.rstarworkbench.core.search.SearchConfig;
import org.rstarworkbench.samples.models.TinyModels;

/** An opened results folder sets the evaluation window's form to continue it, models and settings included. */
class OpenedResultsTest {

    static final SearchConfig CONFIG = SearchConfig.defaults().withMaxDepth(3).withSeed(7);
    static final List<EvalRow> ROWS = List.of(
            new EvalRow("elsewhere/1", "greedy-cot", 1, "3", "3", true, 1, 1, 10, 1),
            new EvalRow("elsewhere/1", "rstar", 8, "3", "3", true, 30, 300, 900, 10));

    EvaluationSettings form() {
        EvaluationSettings form = new EvaluationSettings(List.of(ModelChoice.demo(), ModelChoice.endpoint(),
                ModelChoice.bundled()));
        form.selfConsistencyProperty().set(true);
        return form;
    }

    static OpenedResults opened(String generator, String peer) {
        return new OpenedResults(ROWS, List.of("gsm-mini-test/0"), Optional.of(new EvalSetup("own.jsonl",
                generator, peer, "gsm8k", CONFIG)));
    }

    @Test
    void anEndpointsEvaluationSetsTheEndpointFieldsThePeersAndTheSearch() {
        EvaluationSettings form = form();
        opened("qwen@http://gpu:8000/v1", "small@http://peer:8001/v1").fill(form);

        assertThat(form.modelProperty().get()).isEqualTo(ModelChoice.endpoint());
        assertThat(form.endpointUrlProperty().get()).isEqualTo("http://gpu:8000/v1");
        assertThat(form.endpointModelProperty().get()).isEqualTo("qwen");
        assertThat(form.peer().choiceProperty().get()).isEqualTo(PeerChoice.ENDPOINT);
        assertThat(form.peer().endpointUrlProperty().get()).isEqualTo("http://peer:8001/v1");
        assertThat(form.peer().endpointModelProperty().get()).isEqualTo("small");
        assertThat(form.searchProperty().get()).isEqualTo(CONFIG);
        assertThat(form.datasetProperty().get()).isEqualTo("own.jsonl");
        assertThat(form.selfConsistencyProperty().get()).as("the rows have no sc").isFalse();
        assertThat(form.rolloutsProperty().get()).isEqualTo("8");
    }

    @Test
    void theBundledModelsKeepTheirOwnPeerAndAnotherGeneratorGetsTheBundledPeer() {
        assumeTrue(TinyModels.available(), "the bundled tiny models are not on the class path");
        EvaluationSettings form = form();
        opened("tiny-generator@djl", "tiny-peer@djl").fill(form);
        assertThat(form.modelProperty().get()).isEqualTo(ModelChoice.bundled());
        assertThat(form.peer().choiceProperty().get()).isEqualTo(PeerChoice.SAME);

        opened("demo-scripted", "tiny-peer@djl").fill(form);
        assertThat(form.modelProperty().get()).isEqualTo(ModelChoice.demo());
        assertThat(form.peer().choiceProperty().get()).isEqualTo(PeerChoice.BUNDLED);
    }

    @Test
    void aModelTheWindowCannotOpenLeavesTheModelAsItWas() {
        EvaluationSettings form = form();
        form.modelProperty().set(ModelChoice.demo());
        opened("some-local-thing", null).fill(form);
        assertThat(form.modelProperty().get()).isEqualTo(ModelChoice.demo());
        assertThat(form.peer().choiceProperty().get()).isEqualTo(PeerChoice.SAME);
    }

    @Test
    void withoutASetupOnlyTheRowsSetTheForm() {
        EvaluationSettings form = form();
        form.modelProperty().set(ModelChoice.endpoint());
        new OpenedResults(ROWS, List.of(), Optional.empty()).fill(form);
        assertThat(form.modelProperty().get()).isEqualTo(ModelChoice.endpoint());
        assertThat(form.searchProperty().get()).isEqualTo(SearchConfig.defaults());
        assertThat(form.rstarProperty().get()).isTrue();
    }
}
