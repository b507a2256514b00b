package org.reactivehss.api;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Reads typed fields out of one JSON object, collecting a {@link FieldError} per problem instead of
 * stopping at the first, so a client learns everything wrong with its request at once.
 */
final class JsonFields {
  /**
   * The callers' patterns, compiled once: String.matches compiles on every call, which a bulk
   * import of a million lines paid several times per line.
   */
  private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

  private final JsonObject json;
  private final String prefix;
  private final List<FieldError> errors;

  JsonFields(JsonObject json, String prefix, List<FieldError> errors) {
    this.json = json;
    this.prefix = prefix;
    this.errors = errors;
  }

  String path(String field) {
    return prefix + field;
  }

  void reject(String field, String reason) {
    errors.add(new FieldError(path(field), reason));
  }

  boolean has(String field) {
    return json.getValue(field) != null;
  }

  void onlyKnown(Set<String> known) {
    json.fieldNames().stream()
        .filter(name -> !known.contains(name))
        .sorted()
        .forEach(name -> reject(name, "unknown field"));
  }

  String string(String field, String pattern, String reason, String fallback) {
    Object value = json.getValue(field);
    if (value == null) {
      return fallback;
    }
    if (!(value instanceof String text)
        || !PATTERNS.computeIfAbsent(pattern, Pattern::compile).matcher(text).matches()) {
      reject(field, reason);
      return fallback;
    }
    return text;
  }

  /**
   * A string of any content (the caller checks it), or null when absent or not a string (then an
   * error).
   */
  String text(String field) {
    Object value = json.getValue(field);
    if (value == null) {
      return null;
    }
    if (!(value instanceof String text)) {
      reject(field, "must be a string");
      return null;
    }
    return text;
  }

  /**
   * Hex of exactly {@code digits} digits, or null when absent; the value never enters a message.
   */
  byte[] hex(String field, int digits) {
    String text =
        string(field, "[0-9a-fA-F]{" + digits + "}", "must be " + digits + " hex digits", null);
    return text == null ? null : HexFormat.of().parseHex(text);
  }

  Long integer(String field, long min, long max, Long fallback) {
    Object value = json.getValue(field);
    if (value == null) {
      return fallback;
    }
    boolean integral =
        value instanceof Integer
            || value instanceof Long
            || value instanceof Short
            || value instanceof BigInteger;
    if (!integral
        || new BigInteger(value.toString()).compareTo(BigInteger.valueOf(min)) < 0
        || new BigInteger(value.toString()).compareTo(BigInteger.valueOf(max)) > 0) {
      reject(field, "must be an integer in " + min + ".." + max);
      return fallback;
    }
    return ((Number) value).longValue();
  }

  boolean bool(String field, boolean fallback) {
    Object value = json.getValue(field);
    if (value == null) {
      return fallback;
    }
    if (!(value instanceof Boolean b)) {
      reject(field, "must be true or false");
      return fallback;
    }
    return b;
  }

  /** A nested object, or null when absent or not an object (then an error is recorded). */
  JsonFields object(String field) {
    Object value = json.getValue(field);
    if (value == null) {
      return null;
    }
    if (!(value instanceof JsonObject nested)) {
      reject(field, "must be an object");
      return null;
    }
    return new JsonFields(nested, path(field) + ".", errors);
  }

  JsonArray array(String field) {
    Object value = json.getValue(field);
    if (value == null) {
      return null;
    }
    if (!(value instanceof JsonArray list)) {
      reject(field, "must be an array");
      return null;
    }
    return list;
  }

  List<FieldError> errors() {
    return errors;
  }
}
