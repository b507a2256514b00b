package org.reactivehss.api;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.core.parsetools.RecordParser;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.reactivehss.events.SubscriberChanged;
import org.reactivehss.metrics.HssMetrics;
import org.reactivehss.metrics.ProvisioningWrite;
import org.reactivehss.store.SqnOverride;
import org.reactivehss.store.Subscriber;
import org.reactivehss.store.SubscriberRepository;

/**
 * POST /api/v1/subscribers/import: one PUT body per line (NDJSON, "imsi" required), read as a
 * stream. Lines are taken {@link #BATCH} at a time: the request is paused, the batch is parsed and
 * validated on a worker (JSON and key decoding are CPU the event loop must not spend), its valid
 * lines are written in one transaction, and the request resumes. A bad line is reported and stops
 * no other.
 *
 * <p>Why a stream and not the buffered body: holding a whole file (its text, then every parsed
 * line) until the last line is written kept tens of MB alive for as long as the import ran; the
 * collector promoted part of it, and after the import the young collections kept copying what that
 * dead part still referenced for about a minute (20-40 ms pauses under AIR load,
 * benchmarks/RESULTS.md). Now at most one batch of lines is alive, the per-line report grows as
 * JSON text in one buffer, and the size of a file is bounded by nothing but time ({@code
 * http.max-body-bytes} bounds each line).
 *
 * <p>Time is bounded per line, not per file: each line must arrive within {@code
 * http.request-body-timeout-ms} of the previous one (the time spent writing a batch, while the
 * request is paused, does not count), else the connection is closed. A large file may take as long
 * as it needs; a client that stalls mid-line holds its connection no longer than that.
 */
final class BulkImport {
  static final String PATH = SubscriberHandlers.BASE + "/import";

  /** Subscribers written per transaction: one commit per 100 instead of per line. */
  static final int BATCH = 100;

  private final SubscriberRepository subscribers;
  private final long maxLineBytes;
  private final long lineTimeoutMs;
  private final HssMetrics metrics;

  BulkImport(
      SubscriberRepository subscribers, long maxLineBytes, long lineTimeoutMs, HssMetrics metrics) {
    this.subscribers = subscribers;
    this.maxLineBytes = maxLineBytes;
    this.lineTimeoutMs = lineTimeoutMs;
    this.metrics = metrics;
  }

  static boolean isImport(RoutingContext ctx) {
    String path = ctx.normalizedPath();
    return path.equals(PATH) || path.equals(PATH + "/");
  }

  /**
   * The SQN rule applies per line: a line lowering SQN_HE is 409 unless the import asks for the
   * override.
   */
  void handle(RoutingContext ctx) {
    SqnOverride override;
    try {
      override = SqnOverrideAudit.of(ctx, ProvisioningWrite.IMPORT, metrics);
    } catch (ValidationFailure invalid) {
      // the body is read and dropped, so that the answer is not cut short by an unread request
      ctx.request()
          .handler(ignored -> {})
          .endHandler(end -> Responses.failure(ctx, invalid))
          .resume();
      return;
    }
    new Run(ctx, override).start();
  }

  /** One non-blank input line: a subscriber to write, or why not. */
  private record Line(int number, String imsi, Subscriber subscriber, Throwable rejected) {}

  private record RawLine(int number, String text) {}

  /**
   * The state of one import request, on the API verticle's event loop. The parser splits each chunk
   * of the body into lines as it arrives; lines wait in {@code queued} and leave {@link #BATCH} at
   * a time; while a batch is being written the request is paused, so at most one batch and one
   * chunk's lines are held.
   */
  private final class Run {
    private final RoutingContext ctx;
    private final RecordParser parser = RecordParser.newDelimited("\n");
    private final ArrayDeque<RawLine> queued = new ArrayDeque<>();
    private final ImportReport report = new ImportReport();
    private int lineNumber;
    private boolean writing;
    private boolean ended;

    /** Set by the first line that fails the whole request: the error to answer with. */
    private JsonObject failure;

    private int failureStatus;
    private final SqnOverride override;
    private long lineDeadline = -1;

    Run(RoutingContext ctx, SqnOverride override) {
      this.ctx = ctx;
      this.override = override;
    }

    void start() {
      // without a stream the parser hands over every line of a chunk at once, and what it keeps
      // between chunks is only the line not yet ended: its bound applies to exactly that
      parser.maxRecordSize((int) Math.min(Integer.MAX_VALUE, maxLineBytes));
      parser.exceptionHandler(tooLong -> fail(lineNumber + 1, tooLong));
      parser.handler(this::line);
      HttpServerRequest request = ctx.request();
      request.exceptionHandler(unreadable -> fail(lineNumber + 1, unreadable));
      request.handler(
          chunk -> {
            if (failure
                == null) { // after a failure the rest is discarded, not gathered into a line
              parser.handle(chunk);
            }
            pump();
          });
      request.endHandler(
          end -> {
            cancelLineDeadline();
            if (failure == null) {
              parser.handle(
                  Buffer.buffer("\n")); // a last line without a newline; a blank line otherwise
            }
            ended = true;
            pump();
          });
      armLineDeadline();
      request.resume();
    }

    /** The next line is due within the timeout; a stalled client loses its connection. */
    private void armLineDeadline() {
      cancelLineDeadline();
      if (!ended) {
        lineDeadline =
            ctx.vertx()
                .setTimer(
                    lineTimeoutMs,
                    fired -> {
                      lineDeadline = -1;
                      ctx.request().connection().close();
                    });
      }
    }

    private void cancelLineDeadline() {
      if (lineDeadline >= 0) {
        ctx.vertx().cancelTimer(lineDeadline);
        lineDeadline = -1;
      }
    }

    private void line(Buffer record) {
      lineNumber++;
      if (!writing) {
        armLineDeadline();
      }
      if (failure != null) {
        return;
      }
      if (record.length() > maxLineBytes) {
        fail(lineNumber, new IllegalStateException("line too long"));
        return;
      }
      String text = record.toString(StandardCharsets.UTF_8).strip();
      if (!text.isEmpty()) {
        queued.add(new RawLine(lineNumber, text));
      }
    }

    /**
     * Starts the next batch when one is full (or no more lines will come), pausing the request
     * meanwhile; answers once the last batch is written. An ended request refuses pause and resume.
     */
    private void pump() {
      if (writing) {
        return;
      }
      boolean noMoreLines = ended || failure != null;
      if (queued.size() >= BATCH || (noMoreLines && !queued.isEmpty())) {
        writing = true;
        if (!noMoreLines) {
          ctx.request().pause();
          cancelLineDeadline();
        }
        List<RawLine> batch = new ArrayList<>(BATCH);
        while (batch.size() < BATCH && !queued.isEmpty()) {
          batch.add(queued.poll());
        }
        writeBatch(batch)
            .onComplete(
                done -> {
                  writing = false;
                  armLineDeadline();
                  pump();
                });
        return;
      }
      if (failure != null) {
        respond(failureStatus, failure);
      } else if (ended) {
        respond(200, new JsonObject());
      }
      if (!ended) {
        ctx.request().resume(); // reading on; after a failure, only to discard the rest of the body
      }
    }

    /**
     * A line longer than the limit (413) or a request that could not be read (400): the lines
     * before it are still written, then the answer is their report plus an error naming the line;
     * the lines after it are read and ignored.
     */
    private void fail(int line, Throwable cause) {
      if (failure != null) {
        return;
      }
      boolean tooLong = cause instanceof IllegalStateException;
      failureStatus = tooLong ? 413 : 400;
      failure =
          Responses.errorBody(
              "line " + line,
              tooLong
                  ? "is longer than "
                      + maxLineBytes
                      + " bytes (http.max-body-bytes); the lines before it were imported"
                  : "could not be read (" + cause.getMessage() + ")");
    }

    private void respond(int status, JsonObject extra) {
      AuditTrail.beforeAnswer(ctx, report.written() > 0, null, report.counts())
          .onComplete(
              audited -> {
                if (!ctx.response().ended() && !ctx.response().closed()) {
                  ctx.response()
                      .setStatusCode(status)
                      .putHeader("Content-Type", "application/json")
                      .end(report.toBuffer(extra));
                }
              });
    }

    private Future<Void> writeBatch(List<RawLine> raw) {
      return ctx.vertx()
          .executeBlocking(
              () -> raw.stream().map(l -> parseLine(l.number(), l.text())).toList(), false)
          .compose(this::write);
    }

    /**
     * Rejected lines are reported; the valid ones are written in one transaction ({@link
     * SubscriberRepository#putAll}); if that transaction fails they are written again line by line,
     * each in its own transaction, so that a bad line is reported alone and stops nothing. Results
     * stay in line order. A replaced subscriber is published like a PUT (its serving nodes may need
     * the new profile); a created one has no serving node yet, so a bulk load publishes nothing.
     */
    private Future<Void> write(List<Line> lines) {
      List<Line> valid = lines.stream().filter(l -> l.rejected() == null).toList();
      if (valid.isEmpty()) {
        lines.forEach(l -> report.add(l.number(), l.imsi(), l.rejected(), false));
        return Future.succeededFuture();
      }
      return subscribers
          .putAll(valid.stream().map(Line::subscriber).toList(), override)
          .transform(
              done -> {
                if (done.failed()) {
                  return writeOneByOne(lines, 0);
                }
                int written = 0;
                for (Line line : lines) {
                  if (line.rejected() != null) {
                    report.add(line.number(), line.imsi(), line.rejected(), false);
                  } else {
                    written(line, done.result().get(written++));
                  }
                }
                return Future.succeededFuture();
              });
    }

    private Future<Void> writeOneByOne(List<Line> lines, int index) {
      if (index == lines.size()) {
        return Future.succeededFuture();
      }
      Line line = lines.get(index);
      if (line.rejected() != null) {
        report.add(line.number(), line.imsi(), line.rejected(), false);
        return writeOneByOne(lines, index + 1);
      }
      return subscribers
          .put(line.subscriber(), override)
          .transform(
              done -> {
                if (done.succeeded()) {
                  written(line, done.result());
                } else {
                  report.add(line.number(), line.imsi(), done.cause(), false);
                }
                return writeOneByOne(lines, index + 1);
              });
    }

    private void written(Line line, SubscriberChanged change) {
      if (change.change() == SubscriberChanged.Change.UPDATED) {
        SubscriberHandlers.publish(ctx, change);
      }
      report.add(
          line.number(), line.imsi(), null, change.change() == SubscriberChanged.Change.CREATED);
    }
  }

  private static Line parseLine(int number, String text) {
    JsonObject body;
    try {
      body = new JsonObject(text);
    } catch (DecodeException notJson) {
      return new Line(
          number,
          null,
          null,
          new ValidationFailure(List.of(new FieldError("line", "is not a JSON object"))));
    }
    if (!(body.getValue("imsi") instanceof String imsi)) {
      return new Line(
          number,
          null,
          null,
          new ValidationFailure(List.of(new FieldError("imsi", "is required"))));
    }
    try {
      return new Line(number, imsi, SubscriberValidator.validate(body, imsi), null);
    } catch (ValidationFailure invalid) {
      return new Line(number, imsi, null, invalid);
    } catch (RuntimeException unexpected) {
      // reported for this line alone (Responses logs its class), instead of losing the batch
      return new Line(number, imsi, null, unexpected);
    }
  }
}
