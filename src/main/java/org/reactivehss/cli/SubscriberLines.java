package org.reactivehss.cli;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.reactivehss.provisioning.SubscriberFields;

/**
 * Turns the lines of an import file, one at a time, into the NDJSON lines the bulk import takes
 * (docs/cli.md "Accepted files"). NDJSON passes through; CSV has a header of API field names; the
 * SIM vendor format holds IMSI, Ki and OPc per line, separated by whitespace, commas or semicolons,
 * with an optional header naming those columns among others (ICCID, PIN1, ...). Every line gets the
 * {@code defaults} it does not set itself.
 */
final class SubscriberLines {
  enum Format {
    AUTO,
    NDJSON,
    CSV,
    VENDOR
  }

  /**
   * A converted line: its NDJSON text, or why it was not sent (its number in the file either way).
   */
  record Converted(int line, String json, String refusal) {}

  /**
   * The API's spelling of each field a CSV column may name, by its lower case (columns compare
   * case-insensitively): the scalar ones, no APNs or IMS identities.
   */
  private static final Map<String, String> CSV_FIELDS =
      SubscriberFields.SCALAR.stream()
          .collect(Collectors.toUnmodifiableMap(f -> f.toLowerCase(Locale.ROOT), f -> f));

  private static final String SEPARATORS = "[\\s,;]+";

  private Format format;
  private final JsonObject defaults;
  private List<String> columns;
  private int imsiColumn = 0;
  private int kColumn = 1;
  private int opcColumn = 2;

  SubscriberLines(Format format, JsonObject defaults) {
    this.format = format;
    this.defaults = defaults;
  }

  Format format() {
    return format;
  }

  /**
   * The line's conversion, or null for a line that holds no subscriber (blank, comment, header).
   */
  Converted convert(int number, String text) {
    String line = text.strip();
    if (line.isEmpty() || line.startsWith("#")) {
      return null;
    }
    if (format == Format.AUTO) {
      format = detect(line);
    }
    return switch (format) {
      case NDJSON -> ndjson(number, line);
      case CSV -> csv(number, line);
      default -> vendor(number, line);
    };
  }

  /** From the first line that holds anything: JSON, a header of API fields, or vendor columns. */
  static Format detect(String first) {
    if (first.startsWith("{")) {
      return Format.NDJSON;
    }
    String[] tokens = first.split(",");
    boolean header = !tokens[0].strip().matches("[0-9]+");
    if (header && first.contains(",")) {
      for (String token : tokens) {
        if (!CSV_FIELDS.containsKey(unquote(token).toLowerCase(Locale.ROOT))
            && !unquote(token).equalsIgnoreCase("ki")) {
          return Format.VENDOR;
        }
      }
      return Format.CSV;
    }
    return Format.VENDOR;
  }

  private Converted ndjson(int number, String line) {
    if (defaults.isEmpty()) {
      return new Converted(number, line, null);
    }
    try {
      return new Converted(number, withDefaults(new JsonObject(line)), null);
    } catch (DecodeException notJson) {
      return new Converted(number, line, null); // the HSS reports it with the line's number
    }
  }

  private Converted csv(int number, String line) {
    List<String> cells = new ArrayList<>();
    for (String cell : line.split(",", -1)) {
      cells.add(unquote(cell));
    }
    if (columns == null) {
      columns = new ArrayList<>();
      for (String name : cells) {
        String field = canonical(name);
        columns.add(field);
      }
      return null;
    }
    if (cells.size() != columns.size()) {
      return refused(number, "has " + cells.size() + " columns, the header " + columns.size());
    }
    JsonObject subscriber = new JsonObject();
    for (int i = 0; i < cells.size(); i++) {
      if (!cells.get(i).isEmpty()) {
        subscriber.put(columns.get(i), typed(columns.get(i), cells.get(i)));
      }
    }
    return new Converted(number, withDefaults(subscriber), null);
  }

  private Converted vendor(int number, String line) {
    String[] tokens = line.split(SEPARATORS);
    if (columns == null && !tokens[0].matches("[0-9]+")) {
      return header(number, tokens);
    }
    int needed = Math.max(imsiColumn, Math.max(kColumn, opcColumn)) + 1;
    if (tokens.length < needed) {
      return refused(number, "expected IMSI, Ki and OPc, found " + tokens.length + " values");
    }
    JsonObject subscriber =
        new JsonObject()
            .put("imsi", tokens[imsiColumn])
            .put("k", tokens[kColumn])
            .put("opc", tokens[opcColumn]);
    return new Converted(number, withDefaults(subscriber), null);
  }

  /** A header line: where IMSI, KI and OPC are; any other column is ignored. */
  private Converted header(int number, String[] tokens) {
    columns = new ArrayList<>();
    int imsi = -1;
    int k = -1;
    int opc = -1;
    for (int i = 0; i < tokens.length; i++) {
      String name = unquote(tokens[i]).toLowerCase(Locale.ROOT);
      columns.add(name);
      imsi = name.equals("imsi") ? i : imsi;
      k = name.equals("ki") || name.equals("k") ? i : k;
      opc = name.equals("opc") ? i : opc;
    }
    if (imsi < 0 || k < 0 || opc < 0) {
      throw new IllegalArgumentException(
          "line " + number + ": a header must name the IMSI, KI and OPC columns");
    }
    imsiColumn = imsi;
    kColumn = k;
    opcColumn = opc;
    return null;
  }

  private String withDefaults(JsonObject subscriber) {
    defaults.forEach(
        d -> {
          if (!subscriber.containsKey(d.getKey())) {
            subscriber.put(d.getKey(), d.getValue());
          }
        });
    return subscriber.encode();
  }

  /** The API's spelling of a CSV column (ki is K; fields compare case-insensitively). */
  private static String canonical(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.equals("ki") ? "k" : CSV_FIELDS.getOrDefault(lower, lower);
  }

  private static Object typed(String field, String value) {
    return switch (field) {
      case "sqn", "accessRestriction" -> value.matches("[0-9]{1,18}") ? Long.valueOf(value) : value;
      case "roamingAllowed", "non3gppAccess" ->
          value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")
              ? Boolean.valueOf(value)
              : value;
      default -> value;
    };
  }

  private static String unquote(String cell) {
    String s = cell.strip();
    return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")
        ? s.substring(1, s.length() - 1)
        : s;
  }

  private static Converted refused(int number, String reason) {
    return new Converted(number, null, reason);
  }
}
