package org.reactivehss.diameter.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/**
 * An independent decoder reads what we encode: every fixture (each equal to the encoder's output,
 * see {@link FixtureEncodeDecodeTest}) is wrapped in a pcap by text2pcap and dissected by tshark
 * with Wireshark's own Diameter/3GPP dictionary. No packet may be malformed or raise an expert note
 * (apart from the deliberately unknown AVP 999 inside Failed-AVP), and the values tshark prints
 * must be the ones the fixture states. Skipped when tshark is absent, unless the environment
 * variable CI is set.
 */
class TsharkDecodeTest {
    private static final long TIMEOUT_SECONDS = 60;

    /** Our dictionary names that Wireshark spells differently (TS 29.229 names vs Wireshark's). */
    private static final Map<String, String> WIRESHARK_NAMES =
            Map.of(
                    "SIP-Number-Auth-Items", "3GPP-SIP-Number-Auth-Items",
                    "SIP-Authentication-Scheme", "3GPP-SIP-Authentication-Scheme",
                    "SIP-Authenticate", "3GPP-SIP-Authenticate",
                    "SIP-Authorization", "3GPP-SIP-Authorization",
                    "SIP-Item-Number", "3GPP-SIP-Item-Number",
                    "Host-IP-Address", "Host-IP-Address.IPv4");

    private static List<Fixture> fixtures;
    private static List<JsonNode> packets;

    @BeforeAll
    static void dissectEveryFixture(@TempDir Path dir) throws Exception {
        requireTools();
        fixtures = Fixture.all().toList();
        StringBuilder dump = new StringBuilder();
        for (Fixture fixture : fixtures) {
            appendHexDump(dump, fixture.bytes());
        }
        Path text = dir.resolve("fixtures.txt");
        Path pcap = dir.resolve("fixtures.pcap");
        Files.writeString(text, dump.toString(), StandardCharsets.US_ASCII);
        run(dir, "text2pcap", "-q", "-T", "3868,3868", text.toString(), pcap.toString());
        Path json =
                run(
                        dir,
                        "tshark",
                        "-r",
                        pcap.toString(),
                        "-T",
                        "json",
                        "--no-duplicate-keys",
                        "-d",
                        "tcp.port==3868,diameter");
        packets = new ArrayList<>();
        new ObjectMapper().readTree(json.toFile()).forEach(packets::add);
    }

    @Test
    void tsharkSeesOneDiameterMessagePerFixture() {
        assertThat(packets).hasSameSizeAs(fixtures);
        for (int i = 0; i < fixtures.size(); i++) {
            JsonNode diameter = packets.get(i).at("/_source/layers/diameter");
            assertThat(diameter.isMissingNode()).as(fixtures.get(i).name()).isFalse();
            assertThat(diameter.path("diameter.length").asInt())
                    .as(fixtures.get(i).name())
                    .isEqualTo(fixtures.get(i).bytes().length);
        }
    }

    @Test
    void noFixtureIsMalformedOrRaisesExpertNotes() {
        for (int i = 0; i < fixtures.size(); i++) {
            List<String> notes = new ArrayList<>();
            collectNotes(packets.get(i).at("/_source/layers"), notes);
            assertThat(notes)
                    .as(fixtures.get(i).name())
                    .allMatch(note -> note.startsWith("Unknown AVP 999 "));
        }
    }

    @Test
    void tsharkReadsTheValuesTheFixturesState() {
        for (int i = 0; i < fixtures.size(); i++) {
            Fixture fixture = fixtures.get(i);
            Map<String, List<String>> fields = new HashMap<>();
            collectFields(packets.get(i).at("/_source/layers/diameter"), fields);
            for (String expectation : fixture.expectations()) {
                String[] keyValue = expectation.split(" ", 2);
                switch (keyValue[0]) {
                    case "command" ->
                            assertField(fixture, fields, "diameter.cmd.code", keyValue[1]);
                    case "application" ->
                            assertField(fixture, fields, "diameter.applicationId", keyValue[1]);
                    case "hop-by-hop" ->
                            assertField(fixture, fields, "diameter.hopbyhopid", keyValue[1]);
                    case "end-to-end" ->
                            assertField(fixture, fields, "diameter.endtoendid", keyValue[1]);
                    case "flags" -> assertField(fixture, fields, "diameter.flags", keyValue[1]);
                    case "avp" -> assertAvp(fixture, fields, keyValue[1]);
                    default -> fail("unknown expectation " + expectation);
                }
            }
        }
    }

    private static void assertAvp(
            Fixture fixture, Map<String, List<String>> fields, String pathAndValue) {
        String[] parts = pathAndValue.split(" = ", 2);
        String leaf = parts[0].substring(parts[0].lastIndexOf('/') + 1);
        String value = parts[1].startsWith("hex:") ? colonHex(parts[1].substring(4)) : parts[1];
        assertField(fixture, fields, "diameter." + WIRESHARK_NAMES.getOrDefault(leaf, leaf), value);
    }

    private static void assertField(
            Fixture fixture, Map<String, List<String>> fields, String field, String value) {
        assertThat(fields.getOrDefault(field, List.of()))
                .as(fixture.name() + " " + field)
                .contains(value);
    }

    private static String colonHex(String hex) {
        return String.join(":", hex.split("(?<=\\G..)"));
    }

    private static void collectFields(JsonNode node, Map<String, List<String>> fields) {
        node.fields()
                .forEachRemaining(
                        entry -> {
                            JsonNode value = entry.getValue();
                            if (value.isValueNode()) {
                                fields.computeIfAbsent(entry.getKey(), k -> new ArrayList<>())
                                        .add(value.asText());
                            } else {
                                for (JsonNode element : value.isArray() ? value : List.of(value)) {
                                    if (element.isValueNode()) {
                                        fields.computeIfAbsent(
                                                        entry.getKey(), k -> new ArrayList<>())
                                                .add(element.asText());
                                    } else {
                                        collectFields(element, fields);
                                    }
                                }
                            }
                        });
    }

    private static void collectNotes(JsonNode node, List<String> notes) {
        node.fields()
                .forEachRemaining(
                        entry -> {
                            if (entry.getKey().equals("_ws.malformed")) {
                                notes.add("malformed packet: " + entry.getValue());
                            } else if (entry.getKey().equals("_ws.expert")) {
                                for (JsonNode expert :
                                        entry.getValue().isArray()
                                                ? entry.getValue()
                                                : List.of(entry.getValue())) {
                                    notes.add(
                                            expert.path("_ws.expert.message")
                                                    .asText(expert.toString()));
                                }
                            }
                            if (entry.getValue().isContainerNode()) {
                                for (JsonNode child :
                                        entry.getValue().isArray()
                                                ? entry.getValue()
                                                : List.of(entry.getValue())) {
                                    collectNotes(child, notes);
                                }
                            }
                        });
    }

    /**
     * text2pcap's input: one packet per block of "offset hex..." lines, blocks apart by a blank
     * line.
     */
    private static void appendHexDump(StringBuilder dump, byte[] bytes) {
        HexFormat hex = HexFormat.ofDelimiter(" ");
        for (int offset = 0; offset < bytes.length; offset += 16) {
            int end = Math.min(bytes.length, offset + 16);
            dump.append(String.format("%06x ", offset))
                    .append(hex.formatHex(bytes, offset, end))
                    .append('\n');
        }
        dump.append('\n');
    }

    private static void requireTools() {
        for (String tool : List.of("tshark", "text2pcap")) {
            if (!onPath(tool)) {
                String message = tool + " is not installed (Debian: apt-get install -y tshark)";
                if (System.getenv("CI") != null) {
                    fail(message + ", and CI is set: the independent decoder check must run");
                }
                throw new TestAbortedException(
                        message + "; skipping the independent decoder check");
            }
        }
    }

    private static boolean onPath(String tool) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /** Runs a tool with a timeout; its standard output goes to a file, returned. */
    private static Path run(Path dir, String... command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, command[0], ".out");
        Path err = Files.createTempFile(dir, command[0], ".err");
        Process process =
                new ProcessBuilder(command)
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile())
                        .start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(command[0] + " did not finish within " + TIMEOUT_SECONDS + " s");
        }
        assertThat(process.exitValue())
                .as(command[0] + " exit status; stderr: " + Files.readString(err))
                .isZero();
        return out;
    }
}
