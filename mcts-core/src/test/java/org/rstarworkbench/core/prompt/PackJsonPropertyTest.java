package org.rstarworkbench.core.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Whatever {@code pack.json} holds, loading either gives a pack or fails with a {@link PromptPackException}. */
class PackJsonPropertyTest {

    private static final List<String> KEYS = List.of("format", "name", "description", "answerFormat", "cot", "ost",
            "decompose", "rephrase", "template", "examples", "examplesRephrased", "stop", "maxTokens",
            "questionIndex", "subquestionMaxTokens", "subanswerMaxTokens", "prefix", "x");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static Path dir;

    @BeforeContainer
    static void createFolder() throws IOException {
        dir = Files.createTempDirectory("pack-property");
        PackFolders.writeExampleFiles(dir);
    }

    @AfterContainer
    static void deleteFolder() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static void assertLoadsOrFailsCleanly(byte[] packJson) throws IOException {
        Files.write(dir.resolve("pack.json"), packJson);
        try {
            PromptPack pack = PromptPacks.load(dir);
            assertThat(pack.name()).isNotBlank();
        } catch (PromptPackException e) {
            assertThat(e.getMessage()).startsWith(dir.toString()).doesNotContain("\n\tat ");
        }
    }

    @Property(tries = 300)
    void arbitraryText(@ForAll String text) throws IOException {
        assertLoadsOrFailsCleanly(text.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 200)
    void arbitraryBytes(@ForAll byte[] bytes) throws IOException {
        assertLoadsOrFailsCleanly(bytes);
    }

    @Property(tries = 500)
    void garbledValidPack(@ForAll("garbled") String json) throws IOException {
        assertLoadsOrFailsCleanly(json.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 500)
    void validPackWithArbitraryValues(@ForAll("scrambled") JsonNode root) throws IOException {
        assertLoadsOrFailsCleanly(root.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The valid pack's text with a few random cuts, insertions and swaps of JSON punctuation. */
    @Provide
    Arbitrary<String> garbled() {
        String valid = PackFolders.validPackJson().toPrettyString();
        Arbitrary<Integer> position = Arbitraries.integers().between(0, valid.length());
        Arbitrary<String> insert = Arbitraries.of("{", "}", "[", "]", "\"", ",", ":", "-", "0", "1e999", "null",
                "\\", "\\u12", "\n", "\u0000", "\uD800", "{examples}", "{{", "..", "/");
        return Combinators.combine(position, position, insert, Arbitraries.integers().between(0, 2))
                .as((from, to, text, kind) -> {
                    int a = Math.min(from, to);
                    int b = Math.max(from, to);
                    return switch (kind) {
                        case 0 -> valid.substring(0, a) + valid.substring(b);
                        case 1 -> valid.substring(0, a) + text + valid.substring(a);
                        default -> valid.substring(0, a) + text + valid.substring(Math.min(valid.length(), a + 1));
                    };
                });
    }

    /**
     * The valid pack with a few fields set to random JSON values: mostly fields the section has (so that loading
     * gets past the check for unknown names), sometimes any name.
     */
    @Provide
    Arbitrary<JsonNode> scrambled() {
        Arbitrary<String> section = Arbitraries.of("", "cot", "ost", "decompose", "rephrase");
        Arbitrary<Edit> edit = section.flatMap(s -> {
            List<String> own = new ArrayList<>();
            PackFolders.validPackJson().path(s).fieldNames().forEachRemaining(own::add);
            if (s.isEmpty()) {
                PackFolders.validPackJson().fieldNames().forEachRemaining(own::add);
            }
            Arbitrary<String> key = Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.of(own)),
                    Tuple.of(1, Arbitraries.of(KEYS)));
            return Combinators.combine(key, values(2)).as((k, v) -> new Edit(s, k, v));
        });
        return edit.list().ofMinSize(1).ofMaxSize(3).map(edits -> {
            ObjectNode root = PackFolders.validPackJson();
            for (Edit e : edits) {
                if ((e.section().isEmpty() ? root : root.get(e.section())) instanceof ObjectNode target) {
                    target.set(e.key(), e.value());
                }
            }
            return root;
        });
    }

    /** Sets {@code key} of the object {@code section} ("" for the top level) to {@code value}. */
    record Edit(String section, String key, JsonNode value) {
    }

    private static Arbitrary<JsonNode> values(int depth) {
        Arbitrary<JsonNode> leaf = Arbitraries.oneOf(
                Arbitraries.integers().map(NODES::numberNode),
                Arbitraries.longs().map(NODES::numberNode),
                Arbitraries.doubles().map(NODES::numberNode),
                Arbitraries.of(true, false).map(NODES::booleanNode),
                Arbitraries.just(NODES.nullNode()),
                Arbitraries.strings().ofMaxLength(20).map(NODES::textNode),
                Arbitraries.of("cot.txt", "ost.txt", "../cot.txt", "/etc/passwd", "a\u0000b", "C:\\x", "", " ",
                        "{examples}{instruction}", "{examples}", "{", "numeric", "yesno").map(NODES::textNode));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<JsonNode> array = values(depth - 1).list().ofMaxSize(3).map(items -> {
            ArrayNode node = NODES.arrayNode();
            items.forEach(node::add);
            return node;
        });
        Arbitrary<JsonNode> object = Combinators.combine(Arbitraries.of(KEYS), values(depth - 1))
                .as((k, v) -> NODES.objectNode().set(k, v));
        return Arbitraries.frequencyOf(
                Tuple.of(6, leaf), Tuple.of(2, array), Tuple.of(1, object));
    }
}
