package org.reactivehss.metrics;

import java.util.HashMap;
import java.util.Map;

/** One Prometheus text exposition, parsed just enough to sum series by name and labels. */
public final class Scrape {
  private final Map<String, Map<Map<String, String>, Double>> series = new HashMap<>();

  public Scrape(String text) {
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int space = line.lastIndexOf(' ');
      String key = line.substring(0, space);
      double value = Double.parseDouble(line.substring(space + 1));
      int brace = key.indexOf('{');
      String name = brace < 0 ? key : key.substring(0, brace);
      Map<String, String> labels = new HashMap<>();
      if (brace >= 0) {
        for (String pair : key.substring(brace + 1, key.length() - 1).split(",")) {
          int eq = pair.indexOf('=');
          labels.put(pair.substring(0, eq), pair.substring(eq + 2, pair.length() - 1));
        }
      }
      series.computeIfAbsent(name, n -> new HashMap<>()).put(labels, value);
    }
  }

  /**
   * Sum of every series of {@code name} whose labels include {@code labels} (pairs: name, value
   * ...).
   */
  public double sum(String name, String... labels) {
    double total = 0;
    for (Map.Entry<Map<String, String>, Double> e :
        series.getOrDefault(name, Map.of()).entrySet()) {
      boolean match = true;
      for (int i = 0; i < labels.length; i += 2) {
        match &= labels[i + 1].equals(e.getKey().get(labels[i]));
      }
      total += match ? e.getValue() : 0;
    }
    return total;
  }

  /** How much the matching series moved from {@code before} to this scrape. */
  public double since(Scrape before, String name, String... labels) {
    return sum(name, labels) - before.sum(name, labels);
  }

  public boolean has(String name) {
    return series.containsKey(name);
  }
}
