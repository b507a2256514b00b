package org.reactivehss.api;

import io.vertx.core.Future;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import org.reactivehss.store.SubscriberRepository;

/**
 * POST /api/v1/subscribers/import: one PUT body per line (NDJSON, "imsi" required). Lines are applied
 * in order, each in its own transaction; a bad line is reported and does not stop the others.
 */
final class BulkImport {
  static final String PATH = SubscriberHandlers.BASE + "/import";

  private final SubscriberRepository subscribers;

  BulkImport(SubscriberRepository subscribers) {
    this.subscribers = subscribers;
  }

  void handle(RoutingContext ctx) {
    String text = ctx.body().buffer() == null ? "" : ctx.body().asString();
    String[] lines = text.split("\r?\n");
    JsonObject summary = new JsonObject().put("created", 0).put("replaced", 0).put("failed", 0);
    JsonArray results = new JsonArray();
    importFrom(lines, 0, summary, results).onComplete(done ->
        Responses.json(ctx, 200, summary.put("results", results)));
  }

  private Future<Void> importFrom(String[] lines, int index, JsonObject summary, JsonArray results) {
    if (index == lines.length) {
      return Future.succeededFuture();
    }
    String line = lines[index].trim();
    if (line.isEmpty()) {
      return importFrom(lines, index + 1, summary, results);
    }
    int lineNumber = index + 1;
    return importLine(line).transform(done -> {
      JsonObject result = new JsonObject().put("line", lineNumber);
      if (done.succeeded()) {
        String imsi = done.result()[0];
        boolean created = done.result()[1] != null;
        result.put("imsi", imsi).put("status", created ? 201 : 200);
        count(summary, created ? "created" : "replaced");
      } else {
        result.put("status", Responses.statusOf(done.cause()))
            .put("errors", Responses.bodyOf(done.cause()).getJsonArray("errors"));
        count(summary, "failed");
      }
      results.add(result);
      return importFrom(lines, index + 1, summary, results);
    });
  }

  /** Completes with {imsi, "created" or null}. */
  private Future<String[]> importLine(String line) {
    JsonObject body;
    try {
      body = new JsonObject(line);
    } catch (DecodeException notJson) {
      return Future.failedFuture(new ValidationFailure(List.of(new FieldError("line", "is not a JSON object"))));
    }
    if (!(body.getValue("imsi") instanceof String imsi)) {
      return Future.failedFuture(new ValidationFailure(List.of(new FieldError("imsi", "is required"))));
    }
    try {
      return subscribers.put(SubscriberValidator.validate(body, imsi))
          .map(created -> new String[] {imsi, created ? "created" : null});
    } catch (ValidationFailure invalid) {
      return Future.failedFuture(invalid);
    }
  }

  private static void count(JsonObject summary, String field) {
    summary.put(field, summary.getInteger(field) + 1);
  }
}
