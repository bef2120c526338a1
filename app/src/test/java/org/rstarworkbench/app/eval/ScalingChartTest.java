package org.rstarworkbench.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScalingChartTest {

    @TempDir
    Path dir;

    final List<ScalingPoint> points = List.of(
            new ScalingPoint("mcts-majority", 1, 50, 20, 100_000), new ScalingPoint("mcts-majority", 4, 50, 27, 380_000),
            new ScalingPoint("mcts-majority", 16, 50, 31, 1_500_000), new ScalingPoint("rstar", 1, 50, 22, 120_000),
            new ScalingPoint("rstar", 4, 50, 30, 420_000), new ScalingPoint("rstar", 16, 50, 36, 1_600_000));

    @Test
    void writesCsvRows() throws Exception {
        Path csv = dir.resolve("scaling.csv");
        ScalingChart.writeCsv(csv, points);
        assertThat(Files.readAllLines(csv)).hasSize(7)
                .startsWith("method,rollouts,problems,correct,accuracy,tokens,tokens_per_problem")
                .contains("rstar,16,50,36,0.7200,1600000,32000.0");
    }

    @Test
    void drawsAPngHeadless() throws Exception {
        Path png = dir.resolve("scaling.png");
        ScalingChart.writePng(png, "GSM-mini, 50 problems", points);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(520);
    }
}
