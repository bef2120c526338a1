package org.rstarworkbench.core.prompt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

/** Test fixture: writes small, valid pack folders that a test can then break in one place. */
final class PackFolders {

    static final ObjectMapper JSON = new ObjectMapper();

    static final Map<String, String> EXAMPLE_FILES = Map.of(
            "cot.txt", "### Instruction:\nWhat is 2 + 3?\n\n### Response:\nLet's think step by step. 2 + 3 = 5. "
                    + "The answer is: 5.\n",
            "ost.txt", "### Instruction:\nWhat is 2 + 3?\n\n### Response:\nLet's think step by step.\n"
                    + "Step 1: 2 + 3 = 5.\nStep 2: The answer is 5.\n",
            "decompose.txt", "Question 1: What is 2 + 3?\nQuestion 1.1: Now we can answer the question: What is "
                    + "2 + 3?\nAnswer 1.1: 2 + 3 = 5. The answer is 5.\n",
            "rephrase.txt", "Rewrite the question as conditions.\n\nOriginal Question: What is 2 + 3?\n"
                    + "Rephrased Question: Given a list of conditions, please answer the question. Condition 1: "
                    + "There are the numbers 2 and 3. Question: What is their sum?\n");

    private PackFolders() {
    }

    /** A valid {@code pack.json} tree naming the files of {@link #EXAMPLE_FILES}. */
    static ObjectNode validPackJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", 1).put("name", "tiny").put("description", "A small test pack.")
                .put("answerFormat", "numeric");
        ObjectNode cot = root.putObject("cot");
        cot.put("template", "Solve it.\n\n{examples}\n\n### Instruction:\n{instruction}\n\n### Response:\n")
                .put("examples", "cot.txt");
        cot.putArray("stop").add("### ").add("\n\n\n");
        cot.put("maxTokens", 1024);
        ObjectNode ost = root.putObject("ost");
        ost.put("template", "Step by step.\n\n{examples}\n\n### Instruction:\n{instruction}\n\n### Response:\n"
                + "Let's think step by step.\n").put("examples", "ost.txt");
        ost.putArray("stop").add("\n").add("\n\n");
        ost.put("maxTokens", 256);
        root.putObject("decompose").put("examples", "decompose.txt").put("questionIndex", 2)
                .put("subquestionMaxTokens", 128).put("subanswerMaxTokens", 512);
        root.putObject("rephrase").put("examples", "rephrase.txt")
                .put("prefix", "Given a list of conditions, please answer the question. Condition 1: ")
                .put("maxTokens", 512);
        return root;
    }

    /** Writes a valid pack into {@code dir}, after letting {@code change} edit its {@code pack.json} tree. */
    static Path write(Path dir, Consumer<ObjectNode> change) {
        ObjectNode root = validPackJson();
        change.accept(root);
        writeExampleFiles(dir);
        return writeText(dir.resolve("pack.json"), root.toPrettyString());
    }

    static void writeExampleFiles(Path dir) {
        EXAMPLE_FILES.forEach((name, text) -> writeText(dir.resolve(name), text));
    }

    static Path writeText(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
