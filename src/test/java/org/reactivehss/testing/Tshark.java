package org.reactivehss.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.opentest4j.TestAbortedException;

/**
 * Wireshark as an independent decoder for tests: Diameter messages are wrapped in a pcap by
 * text2pcap (TCP port 3868) and dissected by tshark with its own Diameter/3GPP dictionary, as
 * diameter.codec.TsharkDecodeTest does for the byte fixtures. Skipped when the tools are absent,
 * unless the environment variable CI is set.
 */
public final class Tshark {
  private static final long TIMEOUT_SECONDS = 60;

  private Tshark() {}

  /** One JSON packet per message, in order ({@code _source/layers/diameter} holds the fields). */
  public static List<JsonNode> dissect(Path dir, List<byte[]> messages) throws Exception {
    requireTools();
    StringBuilder dump = new StringBuilder();
    HexFormat hex = HexFormat.ofDelimiter(" ");
    for (byte[] bytes : messages) {
      for (int offset = 0; offset < bytes.length; offset += 16) {
        int end = Math.min(bytes.length, offset + 16);
        dump.append(String.format("%06x ", offset))
            .append(hex.formatHex(bytes, offset, end))
            .append('\n');
      }
      dump.append('\n');
    }
    Path text = dir.resolve("messages.txt");
    Path pcap = dir.resolve("messages.pcap");
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
    List<JsonNode> packets = new ArrayList<>();
    new ObjectMapper().readTree(json.toFile()).forEach(packets::add);
    return packets;
  }

  /** Every expert note and malformed-packet mark in {@code node}, as tshark words them. */
  public static List<String> notes(JsonNode node) {
    List<String> notes = new ArrayList<>();
    collectNotes(node, notes);
    return notes;
  }

  /** Every value of the field {@code name} anywhere under {@code node}. */
  public static List<String> values(JsonNode node, String name) {
    List<String> found = new ArrayList<>();
    for (JsonNode v : node.findValues(name)) {
      for (JsonNode element : v.isArray() ? v : List.of(v)) {
        if (element.isValueNode()) {
          found.add(element.asText());
        }
      }
    }
    return found;
  }

  private static void collectNotes(JsonNode node, List<String> notes) {
    node.fields()
        .forEachRemaining(
            entry -> {
              if (entry.getKey().equals("_ws.malformed")) {
                notes.add("malformed packet: " + entry.getValue());
              } else if (entry.getKey().equals("_ws.expert")) {
                JsonNode expert = entry.getValue();
                for (JsonNode e : expert.isArray() ? expert : List.of(expert)) {
                  notes.add(e.path("_ws.expert.message").asText(e.toString()));
                }
              }
              JsonNode value = entry.getValue();
              if (value.isContainerNode()) {
                for (JsonNode child : value.isArray() ? value : List.of(value)) {
                  collectNotes(child, notes);
                }
              }
            });
  }

  private static void requireTools() {
    for (String tool : List.of("tshark", "text2pcap")) {
      if (!onPath(tool)) {
        String message = tool + " is not installed (Debian: apt-get install -y tshark)";
        if (System.getenv("CI") != null) {
          fail(message + ", and CI is set: the independent decoder check must run");
        }
        throw new TestAbortedException(message + "; skipping the independent decoder check");
      }
    }
  }

  private static boolean onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }

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
