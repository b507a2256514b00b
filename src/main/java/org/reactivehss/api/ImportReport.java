package org.reactivehss.api;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;

/**
 * What a bulk import did, line by line: counts, and one result per non-blank line in line order. The
 * results are kept as JSON text in one growing buffer rather than as an object per line, so that a
 * file of a million lines holds a few tens of MB of bytes, not millions of small objects the
 * collector has to trace and copy for as long as the import runs.
 */
final class ImportReport {
  private final Buffer results = Buffer.buffer();
  private int created;
  private int replaced;
  private int failed;

  /** {@code failure} null: written ({@code created} or replaced); else the line's failure. */
  void add(int line, String imsi, Throwable failure, boolean wasCreated) {
    JsonObject result = new JsonObject().put("line", line);
    if (imsi != null) {
      result.put("imsi", imsi);
    }
    if (failure == null) {
      result.put("status", wasCreated ? 201 : 200);
      if (wasCreated) {
        created++;
      } else {
        replaced++;
      }
    } else {
      result.put("status", Responses.statusOf(failure))
          .put("errors", Responses.bodyOf(failure).getJsonArray("errors"));
      failed++;
    }
    if (results.length() > 0) {
      results.appendByte((byte) ',');
    }
    results.appendBuffer(result.toBuffer());
  }

  /** {"created":..,"replaced":..,"failed":..,(the fields of {@code extra}),"results":[...]}, as bytes. */
  Buffer toBuffer(JsonObject extra) {
    String head = new JsonObject().put("created", created).put("replaced", replaced).put("failed", failed)
        .mergeIn(extra).encode();
    return Buffer.buffer(head.length() + results.length() + 16)
        .appendString(head.substring(0, head.length() - 1))
        .appendString(",\"results\":[").appendBuffer(results).appendString("]}");
  }
}
