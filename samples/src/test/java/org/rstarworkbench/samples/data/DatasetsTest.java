package org.rstarworkbench.samples.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rstarworkbench.core.tree.Problem;

class DatasetsTest {

    @TempDir
    Path dir;

    @Test
    void readsAJsonArrayInTheReferenceLayout() throws Exception {
        Path f = Files.writeString(dir.resolve("test_all.json"),
                "[{\"id\": \"0\", \"problem\": \"Ann has 2. How many?\", \"solution\": \"2\"},"
                        + " {\"problem\": \"Bob has 3. How many?\", \"solution\": 3.0}]");
        List<Problem> problems = Datasets.load(f);
        assertThat(problems).containsExactly(new Problem("0", "Ann has 2. How many?", "2"),
                new Problem("test_all.json/1", "Bob has 3. How many?", "3.0"));
    }

    @Test
    void readsJsonLinesAndSkipsBlankLines() throws Exception {
        Path f = Files.writeString(dir.resolve("g.jsonl"),
                "{\"question\": \"Q1?\", \"answer\": \"so #### 4\"}\n\n{\"question\": \"Q2?\", \"answer\": \"5\"}\n");
        assertThat(Datasets.load(f)).extracting(Problem::question).containsExactly("Q1?", "Q2?");
    }

    @Test
    void svampBodyAndQuestionAreJoined() throws Exception {
        Path f = Files.writeString(dir.resolve("svamp.json"),
                "[{\"Body\": \"Ann has 2 pens.\", \"Question\": \"How many pens?\", \"Answer\": 2}]");
        assertThat(Datasets.load(f).get(0).question()).isEqualTo("Ann has 2 pens. How many pens?");
    }

    @Test
    void aMalformedLineIsNamedByFileAndLine() throws Exception {
        Path f = Files.writeString(dir.resolve("bad.jsonl"), "{\"question\": \"Q1?\"}\n{\"question\": \n");
        assertThatThrownBy(() -> Datasets.load(f)).isInstanceOf(DatasetException.class)
                .hasMessageStartingWith(f + ":2: malformed JSON");
    }

    @Test
    void aLenientLoadSkipsAndNamesBadLinesAndKeepsTheRest() throws Exception {
        Path f = Files.writeString(dir.resolve("mixed.jsonl"),
                "{\"question\": \"Q1?\", \"answer\": \"1\"}\n{oops\n{\"text\": \"no question\"}\n"
                        + "{\"question\": \"Q4?\", \"answer\": \"4\"}\n");
        Datasets.Loaded loaded = Datasets.loadLenient(f);
        assertThat(loaded.problems()).extracting(Problem::question).containsExactly("Q1?", "Q4?");
        assertThat(loaded.skipped()).hasSize(2);
        assertThat(loaded.skipped().get(0)).startsWith(f + ":2: malformed JSON");
        assertThat(loaded.skipped().get(1)).startsWith(f + ":3: no question");
    }

    @Test
    void anItemWithoutQuestionIsNamed() throws Exception {
        Path f = Files.writeString(dir.resolve("q.json"), "[{\"problem\": \"ok?\"}, {\"text\": \"x\"}]");
        assertThatThrownBy(() -> Datasets.load(f)).hasMessage(f + ": item 1: no question: expected a non-empty "
                + "\"problem\" or \"question\" field");
    }

    @Test
    void itemOutOfRangeSaysTheRange() throws Exception {
        Path f = Files.writeString(dir.resolve("q.json"), "[{\"problem\": \"ok?\"}]");
        assertThatThrownBy(() -> Datasets.item(f, 3)).hasMessage(f + ": item 3 is out of range; the file has 1 "
                + "problems, numbered 0 to 0");
        assertThatThrownBy(() -> Datasets.load(dir.resolve("missing.json"))).hasMessageContaining("no such file");
    }

    @Test
    void readsEveryReferenceDataset() throws Exception {
        Path ref = Path.of(System.getProperty("rstar.reference.dir", "../../shared/reference/rstar"), "data");
        assumeTrue(Files.isDirectory(ref), "reference data not present");
        try (var dirs = Files.list(ref)) {
            for (Path d : dirs.toList()) {
                Path f = d.resolve("test_all.json");
                if (Files.exists(f)) {
                    assertThat(Datasets.load(f)).as(f.toString()).isNotEmpty().allSatisfy(p -> {
                        assertThat(p.question()).isNotBlank();
                        assertThat(p.gold()).isNotNull();
                    });
                }
            }
        }
    }
}
