package org.reactivehss.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.StreamSupport;

/** Reads the 3GPP and public test vectors kept in src/test/resources/testvectors/. */
final class TestVectors {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HexFormat HEX = HexFormat.of();

  private TestVectors() {}

  static JsonNode file(String name) {
    try (InputStream in = TestVectors.class.getResourceAsStream("/testvectors/" + name)) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<JsonNode> list(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).toList();
  }

  static byte[] hex(JsonNode node, String field) {
    return HEX.parseHex(node.get(field).asText());
  }

  static byte[] hex(String text) {
    return HEX.parseHex(text);
  }

  static String hex(byte[] octets) {
    return HEX.formatHex(octets);
  }
}
