package org.reactivehss.tools.loadgen;

import java.util.Locale;

/**
 * The commands a mixed profile ({@code --mix}) or a flow ({@code --flow}) sends, each counted and
 * timed on its own: S6a AIR, ULR, PUR (TS 29.272 §7.2) and Cx UAR, MAR, SAR (TS 29.229 §6.1).
 */
enum Command {
  AIR,
  ULR,
  PUR,
  UAR,
  MAR,
  SAR;

  /** The name in {@code --mix} ("air"). */
  String option() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The command named {@code name} in {@code --mix}, or null. */
  static Command byOption(String name) {
    for (Command c : values()) {
      if (c.option().equals(name)) {
        return c;
      }
    }
    return null;
  }
}
