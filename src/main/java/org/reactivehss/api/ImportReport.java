package org.reactivehss.api;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.reactivehss.identity.Identities;

/**
 * What a bulk import did: counts of every line, and a detailed result for the first {@link
 * #MAX_DETAILED_SUCCESSES} written lines and the first {@link #MAX_DETAILED_FAILURES} failed ones,
 * in line order; the others are only counted ({@code omittedResults}). Each detailed result echoes
 * little of its line: the IMSI only when it is one, at most {@link #MAX_ERRORS_PER_LINE} errors
 * with their field paths and reasons cut short ({@link FieldError#toJson}). So the report of a file
 * of any size stays under {@link #MAX_BYTES} (a million one-character lines once gave 89 MB). The
 * results are kept as JSON text in one buffer rather than an object per line, which the collector
 * would have to trace for as long as the import runs.
 */
final class ImportReport {
  static final int MAX_DETAILED_FAILURES = 1_000;
  static final int MAX_DETAILED_SUCCESSES = 10_000;
  static final int MAX_ERRORS_PER_LINE = 5;

  /**
   * The largest detailed failure: line, IMSI and status in 64 octets, each error its field and
   * reason (3 UTF-8 octets per character at most, the control characters that JSON would escape are
   * never echoed) and its numbers in 128, "moreErrors" in 32.
   */
  static final int MAX_FAILURE_BYTES =
      64
          + MAX_ERRORS_PER_LINE
              * (128 + 3 * (FieldError.MAX_FIELD_CHARS + FieldError.MAX_REASON_CHARS))
          + 32;

  /** {"line":2147483647,"imsi":"001010000000001","status":201} and a comma. */
  static final int MAX_SUCCESS_BYTES = 64;

  /** The whole report, counts and an error of the request itself included. */
  static final int MAX_BYTES =
      MAX_DETAILED_FAILURES * MAX_FAILURE_BYTES + MAX_DETAILED_SUCCESSES * MAX_SUCCESS_BYTES + 1024;

  private final Buffer results = Buffer.buffer();
  private int created;
  private int replaced;
  private int failed;
  private int detailedFailures;
  private int detailedSuccesses;

  /** {@code failure} null: written ({@code created} or replaced); else the line's failure. */
  void add(int line, String imsi, Throwable failure, boolean wasCreated) {
    if (failure == null) {
      created += wasCreated ? 1 : 0;
      replaced += wasCreated ? 0 : 1;
      if (detailedSuccesses < MAX_DETAILED_SUCCESSES) {
        detailedSuccesses++;
        append(entry(line, imsi).put("status", wasCreated ? 201 : 200));
      }
      return;
    }
    failed++;
    if (detailedFailures < MAX_DETAILED_FAILURES) {
      detailedFailures++;
      JsonObject entry = entry(line, imsi).put("status", Responses.statusOf(failure));
      JsonArray errors = Responses.bodyOf(failure).getJsonArray("errors");
      entry.put(
          "errors",
          new JsonArray(errors.getList().subList(0, Math.min(errors.size(), MAX_ERRORS_PER_LINE))));
      if (errors.size() > MAX_ERRORS_PER_LINE) {
        entry.put("moreErrors", errors.size() - MAX_ERRORS_PER_LINE);
      }
      append(entry);
    }
  }

  /** The line and its IMSI when it is one: anything else the line held is not echoed. */
  private static JsonObject entry(int line, String imsi) {
    JsonObject entry = new JsonObject().put("line", line);
    return Identities.isImsi(imsi) ? entry.put("imsi", imsi) : entry;
  }

  private void append(JsonObject entry) {
    if (results.length() > 0) {
      results.appendByte((byte) ',');
    }
    results.appendBuffer(entry.toBuffer());
  }

  /** Lines written, created or replaced. */
  int written() {
    return created + replaced;
  }

  /** What the audit log keeps of an import: its counts, no line. */
  JsonObject counts() {
    return new JsonObject().put("created", created).put("replaced", replaced).put("failed", failed);
  }

  /**
   * {"created":..,"replaced":..,"failed":..,"omittedResults":..,(the fields of {@code extra}),
   * "results":[...]}, as bytes.
   */
  Buffer toBuffer(JsonObject extra) {
    int omitted = created + replaced - detailedSuccesses + failed - detailedFailures;
    String head =
        new JsonObject()
            .put("created", created)
            .put("replaced", replaced)
            .put("failed", failed)
            .put("omittedResults", omitted)
            .mergeIn(extra)
            .encode();
    return Buffer.buffer(head.length() + results.length() + 16)
        .appendString(head.substring(0, head.length() - 1))
        .appendString(",\"results\":[")
        .appendBuffer(results)
        .appendString("]}");
  }
}
