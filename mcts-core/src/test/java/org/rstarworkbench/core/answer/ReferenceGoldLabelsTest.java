package org.rstarworkbench.core.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reads every gold label of the reference rStar data sets, when the folder named by the system property
 * {@code rstar.reference.dir} exists; skipped otherwise (a fresh clone has no reference data).
 */
class ReferenceGoldLabelsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({"GSM8K, numeric", "GSM8KHARD, numeric", "MULTIARITH, numeric", "SVAMP, numeric", "MATH, math",
        "STG, yesno"})
    void readsNearlyEveryGoldLabel(String dataset, String formatName) throws IOException {
        AnswerFormat format = AnswerFormat.named(formatName);
        List<String> labels = goldLabels(items(dataset));
        List<String> unread = new ArrayList<>();
        for (String label : labels) {
            Optional<String> answer = format.extractGold(label);
            if (answer.isEmpty() || !format.equivalent(answer.get(), answer.get())) {
                unread.add(label);
            }
        }

        assertThat(labels).isNotEmpty();
        assertThat(labels.size() - unread.size())
                .as("%s labels read; unread: %s", dataset, unread.subList(0, Math.min(5, unread.size())))
                .isGreaterThanOrEqualTo((int) Math.ceil(0.99 * labels.size()));
    }

    @Test
    void readsGsm8kLabelsAsTheReferenceDoes() throws IOException {
        for (JsonNode item : items("GSM8K")) {
            String solution = item.get("solution").asText();
            // the reference: solution.split("#### ")[-1], commas removed, then float()
            String[] parts = solution.split("#### ", -1);
            BigDecimal expected = new BigDecimal(parts[parts.length - 1].strip().replace(",", ""));

            assertThat(AnswerFormat.NUMERIC.extractGold(solution)).as(solution)
                    .hasValueSatisfying(a -> assertThat(new BigDecimal(a)).isEqualByComparingTo(expected));
        }
    }

    @Test
    void agreesWithTheBareMathAnswers() throws IOException {
        int agreeing = 0;
        List<JsonNode> items = items("MATH");
        for (JsonNode item : items) {
            Optional<String> fromSolution = AnswerFormat.MATH.extractGold(item.get("solution").asText());
            Optional<String> bare = AnswerFormat.MATH.extractGold(item.path("extra_info").path("answer").asText());
            if (fromSolution.isPresent() && bare.isPresent()
                    && AnswerFormat.MATH.equivalent(fromSolution.get(), bare.get())) {
                agreeing++;
            }
        }

        assertThat(agreeing).isGreaterThanOrEqualTo((int) Math.ceil(0.99 * items.size()));
    }

    private static List<JsonNode> items(String dataset) throws IOException {
        String dir = System.getProperty("rstar.reference.dir");
        assumeTrue(dir != null && !dir.isBlank(), "no reference folder configured (rstar.reference.dir)");
        Path file = Path.of(dir, "data", dataset, "test_all.json");
        assumeTrue(Files.isRegularFile(file), () -> "no reference data at " + file);
        JsonNode root = JSON.readTree(file.toFile());
        List<JsonNode> items = new ArrayList<>();
        root.forEach(items::add);
        return items;
    }

    /** The gold field: "answer" where a file has one, else "solution"; JSON numbers as their text. */
    private static List<String> goldLabels(List<JsonNode> items) {
        List<String> labels = new ArrayList<>();
        for (JsonNode item : items) {
            JsonNode gold = item.has("answer") ? item.get("answer") : item.get("solution");
            labels.add(gold == null || gold.isNull() ? null : gold.asText());
        }
        return labels;
    }
}
