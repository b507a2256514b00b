package org.reactivehss.diameter.codec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * One byte fixture: src/test/resources/fixtures/NAME.hex. Hex octets with a comment per field after
 * '#'; lines starting '@' state what a decoder must find ("@command 318", "@avp Group/Inner =
 * value").
 */
record Fixture(String name, byte[] bytes, List<String> expectations) {

    static Stream<Fixture> all() {
        try (Stream<Path> files = Files.list(directory())) {
            return files
                    .filter(p -> p.toString().endsWith(".hex"))
                    .sorted()
                    .map(Fixture::load)
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Fixture named(String name) {
        return load(directory().resolve(name + ".hex"));
    }

    private static Path directory() {
        try {
            return Path.of(Fixture.class.getResource("/fixtures").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Fixture load(Path file) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            List<String> expectations = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("@")) {
                    expectations.add(line.substring(1));
                    continue;
                }
                String hex = line.replaceAll("#.*", "").replaceAll("\\s+", "");
                bytes.writeBytes(HexFormat.of().parseHex(hex));
            }
            String name = file.getFileName().toString().replace(".hex", "");
            return new Fixture(name, bytes.toByteArray(), List.copyOf(expectations));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
