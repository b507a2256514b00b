package org.reactivehss.store;

/**
 * Whether PostgreSQL takes a Java string as {@code text}: it refuses the NUL character (an error,
 * 22021), which is valid UTF-8 and so may arrive in a Diameter text AVP. A batch sends such a value
 * in a statement of its own, so that only its request fails.
 */
final class PgText {
  private PgText() {}

  /** Null (SQL NULL) is storable. */
  static boolean storable(String value) {
    return value == null || value.indexOf('\u0000') < 0;
  }
}
