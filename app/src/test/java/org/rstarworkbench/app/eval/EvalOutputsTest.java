package org.rstarworkbench.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.rstarworkbench.core.search.SearchConfig;

class EvalOutputsTest {

    @TempDir
    Path dir;

    @Test
    void theSetupReadsBackAsWritten() throws Exception {
        EvalSetup setup = new EvalSetup("gsm-mini", "tiny-generator@djl", "tiny-peer@djl", "tiny",
                SearchConfig.defaults().withMaxDepth(3).withActions(false, true).withReferenceParity(true));
        try (EvalOutputs out = new EvalOutputs(dir)) {
            out.writeSetup(setup);
        }
        assertThat(EvalOutputs.readSetup(dir)).contains(setup);
    }

    @Test
    void aFolderWithoutASetupOrWithABrokenOneHasNone() throws Exception {
        assertThat(EvalOutputs.readSetup(dir)).isEmpty();
        Files.writeString(dir.resolve(EvalOutputs.SETUP), "{\"dataset\": \"gsm-mini\"");
        assertThat(EvalOutputs.readSetup(dir)).isEmpty();
        Files.writeString(dir.resolve(EvalOutputs.SETUP), "{\"dataset\": \"gsm-mini\"}");
        assertThat(EvalOutputs.readSetup(dir)).as("a setup without its generator").isEmpty();
    }
}
