package org.reactivehss.api;

import io.vertx.core.json.JsonObject;

/**
 * One rejected input: the JSON path of the field ("apns[1].qci") and why, never the value itself. A
 * path can hold a client's own text (an unknown field's name), so what is answered is cut to {@link
 * #MAX_FIELD_CHARS}, and its control characters and lone surrogates become '?'.
 */
record FieldError(String field, String reason) {
  static final int MAX_FIELD_CHARS = 64;
  static final int MAX_REASON_CHARS = 200;

  JsonObject toJson() {
    return new JsonObject()
        .put("field", field == null ? null : bounded(field, MAX_FIELD_CHARS))
        .put("reason", bounded(reason, MAX_REASON_CHARS));
  }

  /**
   * At most {@code max} characters, "..." at the end when cut; nothing JSON would have to escape as
   * \\u.
   */
  static String bounded(String text, int max) {
    String cut = text.length() <= max ? text : text.substring(0, max - 3) + "...";
    StringBuilder out = new StringBuilder(cut.length());
    for (int i = 0; i < cut.length(); i++) {
      char c = cut.charAt(i);
      boolean pair =
          Character.isHighSurrogate(c)
              && i + 1 < cut.length()
              && Character.isLowSurrogate(cut.charAt(i + 1));
      if (pair) {
        out.append(c).append(cut.charAt(++i));
      } else {
        out.append(Character.isISOControl(c) || Character.isSurrogate(c) ? '?' : c);
      }
    }
    return out.toString();
  }
}
