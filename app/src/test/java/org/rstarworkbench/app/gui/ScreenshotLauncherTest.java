package org.rstarworkbench.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.rstarworkbench.visualizer.style.FillMode;

/**
 * The launcher in a fresh JVM (JavaFX starts once per process), as on a CI machine without a display: it sets up
 * Monocle itself, renders the demo run and exits.
 */
class ScreenshotLauncherTest {

    @TempDir
    Path dir;

    /** Renders a screenshot: args are the store file and the PNG file. */
    public static void main(String[] args) throws Exception {
        WorkbenchLauncher.screenshot(new WorkbenchOptions(Path.of(args[0]), null, true, Path.of(args[1]), 1024, 700,
                FillMode.MEAN_REWARD, null));
        System.exit(0);
    }

    @Test
    void rendersTheDemoRunWithoutADisplayInAFreshProcess() throws Exception {
        Path png = dir.resolve("demo.png");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                ScreenshotLauncherTest.class.getName(), dir.resolve("runs.db").toString(), png.toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();
        p.getOutputStream().close();
        boolean ended = p.waitFor(90, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        String output = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
        assertThat(ended).as(output).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        BufferedImage image = ImageIO.read(new File(png.toString()));
        assertThat(image.getWidth()).isEqualTo(1024);
        assertThat(image.getHeight()).isEqualTo(700);
        assertThat(Files.exists(dir.resolve("runs.db"))).as("the demo run is not saved").isFalse();
    }
}
