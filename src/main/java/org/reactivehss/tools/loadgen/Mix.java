package org.reactivehss.tools.loadgen;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A mixed profile ({@code --mix "air=40,ulr=25,pur=5,uar=10,mar=10,sar=10"}): the percentage of
 * requests each command gets; every request draws its command at random with these weights, so a
 * lab can replay the share of procedures its network sees at one total rate.
 */
record Mix(Map<Command, Integer> percent) {
  static final String KNOWN =
      Arrays.stream(Command.values()).map(Command::option).collect(Collectors.joining(", "));

  /**
   * @throws IllegalArgumentException naming the unknown command, the malformed entry, or the sum
   *     when it is not 100
   */
  static Mix parse(String text) {
    Map<Command, Integer> percent = new EnumMap<>(Command.class);
    int sum = 0;
    for (String entry : text.split(",")) {
      String[] kv = entry.trim().split("=", -1);
      if (kv.length != 2 || !kv[1].trim().matches("[0-9]{1,3}")) {
        throw new IllegalArgumentException(
            "--mix entries are command=percent (e.g. air=40), got '" + entry.trim() + "'");
      }
      Command c = Command.byOption(kv[0].trim().toLowerCase(java.util.Locale.ROOT));
      if (c == null) {
        throw new IllegalArgumentException(
            "--mix: unknown command '" + kv[0].trim() + "'; known: " + KNOWN);
      }
      if (percent.containsKey(c)) {
        throw new IllegalArgumentException("--mix names " + c.option() + " twice");
      }
      int p = Integer.parseInt(kv[1].trim());
      percent.put(c, p);
      sum += p;
    }
    if (sum != 100) {
      throw new IllegalArgumentException("--mix percentages must add up to 100, got " + sum);
    }
    return new Mix(percent);
  }

  /** The command for a draw in [0, 100): the one whose cumulative share covers it. */
  Command pick(int draw) {
    int upTo = 0;
    for (Map.Entry<Command, Integer> e : percent.entrySet()) {
      upTo += e.getValue();
      if (draw < upTo) {
        return e.getKey();
      }
    }
    throw new IllegalArgumentException("draw must be in [0, 100), was " + draw);
  }
}
