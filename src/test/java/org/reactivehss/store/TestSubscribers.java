package org.reactivehss.store;

import java.util.HexFormat;
import java.util.List;

/** Subscribers for tests, with TS 35.208 test set 1 keys (K, OPc). */
public final class TestSubscribers {
  public static final String K_HEX = "465b5ce8b199b49faa5f0a2ee238a6bc";
  public static final String OPC_HEX = "cd63cb71954a9f4e48a5994e37a02baf";

  private TestSubscribers() {}

  public static Subscriber withSqn(String imsi, Long sqn) {
    HexFormat hex = HexFormat.of();
    return new Subscriber(
        imsi,
        null,
        "milenage",
        hex.parseHex(K_HEX),
        null,
        hex.parseHex(OPC_HEX),
        hex.parseHex("8000"),
        sqn,
        "active",
        null,
        null,
        0,
        true,
        false,
        List.of(),
        null);
  }

  public static String imsi(int i) {
    return String.format("00101%010d", i);
  }
}
