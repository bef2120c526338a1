package org.rstarworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ProgressBarTest {

    final AtomicLong clock = new AtomicLong();
    final StringWriter text = new StringWriter();

    @Test
    void showsAccuracyAndTheTimeLeft() {
        ProgressBar bar = new ProgressBar(new PrintWriter(text, true), 4, true, clock::get);
        clock.addAndGet(Duration.ofSeconds(30).toNanos());
        bar.step(true);
        assertThat(bar.line()).isEqualTo("[#######.......................] 1/4  accuracy 100.0%  ETA 1m30s");
        clock.addAndGet(Duration.ofSeconds(30).toNanos());
        bar.step(false);
        bar.step(true);
        bar.step(true);
        assertThat(bar.line()).isEqualTo("[##############################] 4/4  accuracy 75.0%  took 1m00s");
        assertThat(text.toString()).startsWith("\r").endsWith("\n");
    }

    @Test
    void withoutATerminalPrintsAboutTenLines() {
        ProgressBar bar = new ProgressBar(new PrintWriter(text, true), 100, false, clock::get);
        for (int i = 0; i < 100; i++) {
            bar.step(i % 2 == 0);
        }
        assertThat(text.toString().lines()).hasSize(10).last().asString().contains("100/100  accuracy 50.0%");
    }

    @Test
    void formatsDurations() {
        assertThat(ProgressBar.format(Duration.ofSeconds(59))).isEqualTo("59s");
        assertThat(ProgressBar.format(Duration.ofSeconds(3725))).isEqualTo("1h02m");
    }
}
