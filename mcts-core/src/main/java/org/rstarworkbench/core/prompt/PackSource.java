package org.rstarworkbench.core.prompt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where the files of a pack come from: a folder on disk or a folder of classpath resources. */
sealed interface PackSource {

    /** The file's name as the user should see it in messages. */
    String label(String name);

    /** The folder as the user should see it in messages. */
    String where();

    /** The file's bytes, or empty when there is no such file. */
    Optional<byte[]> bytes(String name) throws IOException;

    /**
     * The file as text, read the way Python's {@code open(path, encoding="utf-8").read()} does: strict UTF-8, and
     * {@code \r\n} and {@code \r} turned into {@code \n}.
     *
     * @return the text, or empty when there is no such file
     */
    default Optional<String> text(String name) throws PromptPackException {
        Optional<byte[]> bytes;
        try {
            bytes = bytes(name);
        } catch (IOException e) {
            throw new PromptPackException(label(name) + ": cannot be read (" + e.getMessage()
                    + "). Check that the file is readable.", e);
        }
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.get()))
                    .toString();
            return Optional.of(text.replace("\r\n", "\n").replace('\r', '\n'));
        } catch (CharacterCodingException e) {
            throw new PromptPackException(label(name) + ": is not valid UTF-8 text. Save it with the UTF-8 encoding.",
                    e);
        }
    }

    /** Files in a folder on disk. */
    record Folder(Path dir) implements PackSource {

        @Override
        public String label(String name) {
            return dir.resolve(name).toString();
        }

        @Override
        public String where() {
            return dir.toString();
        }

        @Override
        public Optional<byte[]> bytes(String name) throws IOException {
            Path file = dir.resolve(name);
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        }
    }

    /** Resources under {@code root}, an absolute resource folder ending in {@code /}. */
    record Classpath(String root) implements PackSource {

        @Override
        public String label(String name) {
            return "classpath:" + root + name;
        }

        @Override
        public String where() {
            return "classpath:" + root;
        }

        @Override
        public Optional<byte[]> bytes(String name) throws IOException {
            try (InputStream in = PackSource.class.getResourceAsStream(root + name)) {
                return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
            }
        }
    }
}
