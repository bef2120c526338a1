package org.rstarworkbench.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;

import org.rstarworkbench.app.store.StoreException;
import org.rstarworkbench.core.model.ModelException;
import org.rstarworkbench.core.prompt.PromptPackException;
import org.rstarworkbench.samples.data.DatasetException;

class UserErrorsTest {

    @Test
    void aModelFailureSaysToCheckTheServer() {
        UserError e = UserErrors.of("Running the search",
                new CompletionException(new ModelException("cannot reach http://localhost:8000/v1: refused")));
        assertThat(e.title()).isEqualTo("The model did not answer");
        assertThat(e.detail()).contains("cannot reach http://localhost:8000/v1");
        assertThat(e.action()).contains("server is running").contains("demo model");
    }

    @Test
    void storeProblemsPacksAndSettingsEachGetTheirOwnAdvice() {
        assertThat(UserErrors.of("Opening run 3", new StoreException("the store x.db is locked")).title())
                .isEqualTo("The run store could not be used");
        assertThat(UserErrors.of("x", new PromptPackException("no pack")).title())
                .isEqualTo("The prompt pack could not be loaded");
        UserError dataset = UserErrors.of("Opening the dataset d.jsonl",
                new DatasetException("d.jsonl:4: malformed JSON: unexpected end"));
        assertThat(dataset.title()).isEqualTo("The dataset could not be read");
        assertThat(dataset.detail()).isEqualTo("d.jsonl:4: malformed JSON: unexpected end");
        assertThat(dataset.action()).contains("\"question\"");
        UserError settings = UserErrors.of("x", new SettingsException(List.of("Rollouts must be at least 1, was 0",
                "Model name is empty")));
        assertThat(settings.title()).isEqualTo("The settings are not valid");
        assertThat(settings.detail()).contains("Rollouts must be at least 1, was 0").contains("Model name is empty");
    }

    @Test
    void anUnexpectedFailureShowsItsMessageButNoStackTrace() {
        UserError e = UserErrors.of("Reading node #3", new IllegalStateException("boom"));
        assertThat(e.title()).isEqualTo("Reading node #3 failed unexpectedly");
        assertThat(e.detail()).isEqualTo("boom");
        assertThat(e.detail() + e.action()).doesNotContain("at org.").doesNotContain("Exception");
        assertThat(UserErrors.of("Loading", new NullPointerException()).detail()).isEqualTo("NullPointerException");
    }
}
