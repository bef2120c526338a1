package org.rstarworkbench.core.model.djl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import ai.djl.util.Utils;
import org.junit.jupiter.api.Test;

/** The engine starts from the jars alone and nothing contacts the network: DJL's offline mode, no call home. */
class OfflineTest {

    @Test
    void theEngineRunsOfflineAndFromTheJar() {
        TorchRuntime.start();
        assertThat(System.getProperty("ai.djl.offline")).isEqualTo("true");
        assertThat(Utils.isOfflineMode()).isTrue();
        assertThat(TorchRuntime.describe()).contains("PyTorch 2.7.1").contains("intra-op thread");
    }

    @Test
    void startingAndSamplingContactNothing() throws Exception {
        Probe control = probe("control");
        assertThat(control.exit).as("the probe sees a connection when there is one:\n%s", control.output)
                .isEqualTo(2);
        Probe probe = probe();
        assertThat(probe.exit).as("probe output:\n%s", probe.output).isZero();
    }

    private record Probe(int exit, String output) {
    }

    private static Probe probe(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OfflineProbe.class.getName()));
        command.addAll(List.of(args));
        File log = File.createTempFile("offline-probe", ".log");
        log.deleteOnExit();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the offline probe did not finish within 60 s");
        }
        return new Probe(process.exitValue(), Files.readString(log.toPath(), StandardCharsets.UTF_8));
    }
}
