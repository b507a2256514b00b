package org.reactivehss.api;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import org.reactivehss.events.SubscriberChanged;
import org.reactivehss.store.Subscriber;
import org.reactivehss.store.SubscriberRepository;

/**
 * POST /api/v1/subscribers/import: one PUT body per line (NDJSON, "imsi" required). All lines are
 * parsed and validated first on a worker (a large file is seconds of CPU the event loop must not
 * spend); then the valid ones are written in order, up to {@link #BATCH} per transaction. A bad line
 * is reported and does not stop the others.
 */
final class BulkImport {
  static final String PATH = SubscriberHandlers.BASE + "/import";
  /** Subscribers written per transaction: one commit per 100 instead of per line. */
  static final int BATCH = 100;

  /** One non-blank input line: a subscriber to write, or why not. */
  private record Line(int number, String imsi, Subscriber subscriber, Throwable rejected) {
  }

  private final SubscriberRepository subscribers;

  BulkImport(SubscriberRepository subscribers) {
    this.subscribers = subscribers;
  }

  void handle(RoutingContext ctx) {
    String text = ctx.body().buffer() == null ? "" : ctx.body().asString();
    ctx.vertx().executeBlocking(() -> parse(text), false).onComplete(parsed -> {
      JsonObject summary = new JsonObject().put("created", 0).put("replaced", 0).put("failed", 0);
      JsonArray results = new JsonArray();
      Promise<Void> written = Promise.promise();
      writeFrom(ctx, parsed.result(), 0, summary, results, written);
      written.future().onComplete(done -> Responses.json(ctx, 200, summary.put("results", results)));
    });
  }

  private static List<Line> parse(String text) {
    String[] raw = text.split("\r?\n");
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < raw.length; i++) {
      if (!raw[i].isBlank()) {
        lines.add(parseLine(i + 1, raw[i].trim()));
      }
    }
    return lines;
  }

  private static Line parseLine(int number, String text) {
    JsonObject body;
    try {
      body = new JsonObject(text);
    } catch (DecodeException notJson) {
      return new Line(number, null, null,
          new ValidationFailure(List.of(new FieldError("line", "is not a JSON object"))));
    }
    if (!(body.getValue("imsi") instanceof String imsi)) {
      return new Line(number, null, null, new ValidationFailure(List.of(new FieldError("imsi", "is required"))));
    }
    try {
      return new Line(number, imsi, SubscriberValidator.validate(body, imsi), null);
    } catch (ValidationFailure invalid) {
      return new Line(number, imsi, null, invalid);
    }
  }

  /**
   * Rejected lines are recorded in a loop; runs of valid lines are written {@link #BATCH} at a time in
   * one transaction ({@link SubscriberRepository#putAll}); a batch that fails is written again line
   * by line, each in its own transaction, so that a bad line is reported alone and stops nothing.
   * Results stay in line order. A replaced subscriber is published like a PUT (its serving nodes may
   * need the new profile); a created one has no serving node yet, so a bulk load publishes nothing for it.
   *
   * <p>Each batch continues from its own completion into {@code written}, instead of returning a future
   * composed on the next batch's: a chain of one nested future per batch completes recursively at the
   * end, and for a large file that recursion overflows the stack and the response never leaves.
   */
  private void writeFrom(RoutingContext ctx, List<Line> lines, int index, JsonObject summary, JsonArray results,
      Promise<Void> written) {
    int next = index;
    while (next < lines.size() && lines.get(next).rejected() != null) {
      record(lines.get(next), lines.get(next).rejected(), false, summary, results);
      next++;
    }
    if (next == lines.size()) {
      written.complete();
      return;
    }
    int end = next;
    while (end < lines.size() && end - next < BATCH && lines.get(end).rejected() == null) {
      end++;
    }
    List<Line> batch = lines.subList(next, end);
    int after = end;
    subscribers.putAll(batch.stream().map(Line::subscriber).toList()).transform(done -> {
      if (done.failed()) {
        return writeOneByOne(ctx, batch, 0, summary, results);
      }
      for (int i = 0; i < batch.size(); i++) {
        written(ctx, batch.get(i), done.result().get(i), summary, results);
      }
      return Future.<Void>succeededFuture();
    }).onComplete(v -> writeFrom(ctx, lines, after, summary, results, written));
  }

  private Future<Void> writeOneByOne(RoutingContext ctx, List<Line> batch, int index, JsonObject summary,
      JsonArray results) {
    if (index == batch.size()) {
      return Future.succeededFuture();
    }
    Line line = batch.get(index);
    return subscribers.put(line.subscriber()).transform(done -> {
      if (done.succeeded()) {
        written(ctx, line, done.result(), summary, results);
      } else {
        record(line, done.cause(), false, summary, results);
      }
      return writeOneByOne(ctx, batch, index + 1, summary, results);
    });
  }

  private static void written(RoutingContext ctx, Line line, SubscriberChanged change, JsonObject summary,
      JsonArray results) {
    if (change.change() == SubscriberChanged.Change.UPDATED) {
      SubscriberHandlers.publish(ctx, change);
    }
    record(line, null, change.change() == SubscriberChanged.Change.CREATED, summary, results);
  }

  private static void record(Line line, Throwable failure, boolean created, JsonObject summary, JsonArray results) {
    JsonObject result = new JsonObject().put("line", line.number());
    if (line.imsi() != null) {
      result.put("imsi", line.imsi());
    }
    if (failure == null) {
      result.put("status", created ? 201 : 200);
      count(summary, created ? "created" : "replaced");
    } else {
      result.put("status", Responses.statusOf(failure))
          .put("errors", Responses.bodyOf(failure).getJsonArray("errors"));
      count(summary, "failed");
    }
    results.add(result);
  }

  private static void count(JsonObject summary, String field) {
    summary.put(field, summary.getInteger(field) + 1);
  }
}
