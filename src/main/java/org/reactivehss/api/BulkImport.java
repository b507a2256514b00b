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
import org.reactivehss.store.SealedSubscriber;
import org.reactivehss.store.SqnOverride;
import org.reactivehss.store.SubscriberOutcome;
import org.reactivehss.store.SubscriberStore;

/**
 * POST /api/v1/subscribers/import: one PUT body per line (NDJSON, "imsi" required), read as a
 * stream. Lines are taken {@link ImportBatches#size} at a time; each batch is parsed, validated and
 * its keys sealed on a worker thread (JSON, key decoding and AES-GCM are CPU the event loop must
 * not spend), then its valid lines are written in one transaction with one statement per table
 * ({@link SubscriberRepository#putSealed}). Several batches are prepared at once while the previous
 * ones are written, but they are written one after another in line order, so a later line for the
 * same IMSI replaces an earlier one as it would line by line. A bad line is reported and stops no
 * other.
 *
 * <p>Why a stream and not the buffered body: holding a whole file (its text, then every parsed
 * line) until the last line is written kept tens of MB alive for as long as the import ran; the
 * collector promoted part of it, and after the import the young collections kept copying what that
 * dead part still referenced for about a minute (20-40 ms pauses under AIR load,
 * benchmarks/RESULTS.md). Now at most {@link ImportBatches#inFlight} batches of lines are alive:
 * while that many are held the request is paused (backpressure on the client), the per-line report
 * grows as JSON text in one buffer and stays bounded ({@link ImportReport}), and the size of a file
 * is bounded by nothing but time ({@code http.max-body-bytes} bounds each line).
 *
 * <p>Time is bounded per line, not per file: each line must arrive within {@code
 * http.request-body-timeout-ms} of the previous one (the time the request is paused for batches in
 * flight does not count), else the connection is closed. A large file may take as long as it needs;
 * a client that stalls mid-line holds its connection no longer than that.
 */
final class BulkImport {
  static final String PATH = SubscriberHandlers.BASE + "/import";

  private final SubscriberStore subscribers;
  private final long maxLineBytes;
  private final long lineTimeoutMs;
  private final HssMetrics metrics;
  private final ImportBatches batches;

  BulkImport(
      SubscriberStore subscribers, long maxLineBytes, long lineTimeoutMs, HssMetrics metrics) {
    this(subscribers, maxLineBytes, lineTimeoutMs, metrics, ImportBatches.DEFAULTS);
  }

  BulkImport(
      SubscriberStore subscribers,
      long maxLineBytes,
      long lineTimeoutMs,
      HssMetrics metrics,
      ImportBatches batches) {
    this.subscribers = subscribers;
    this.maxLineBytes = maxLineBytes;
    this.lineTimeoutMs = lineTimeoutMs;
    this.metrics = metrics;
    this.batches = batches;
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

  /** One non-blank input line: a subscriber to write, its keys sealed, or why not. */
  private record Line(int number, String imsi, SealedSubscriber subscriber, Throwable rejected) {}

  /** A line as read, its bytes not yet decoded (that is done on the worker). */
  private record RawLine(int number, Buffer bytes) {}

  /**
   * The state of one import request, on the API verticle's event loop. The parser splits each chunk
   * of the body into lines as it arrives; lines wait in {@code queued} and leave a batch at a time
   * for a worker; {@code inFlight} counts the batches taken and not yet written. While it is at its
   * bound the request is paused, so at most that many batches and one chunk's lines are held.
   */
  private final class Run {
    private final RoutingContext ctx;
    private final RecordParser parser = RecordParser.newDelimited("\n");
    private final ArrayDeque<RawLine> queued = new ArrayDeque<>();
    private final ImportReport report = new ImportReport();
    private int lineNumber;
    private int inFlight;
    private boolean paused;
    private boolean ended;
    private boolean answered;

    /** The last batch's write: the next batch is written after it, to keep line order. */
    private Future<Void> lastWrite = Future.succeededFuture();

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
            // ended first: the last line, parsed below, must not arm a deadline for a next line.
            // Such a timer outlived the request and closed the kept-alive connection under the
            // next request on it (the command line's next chunk), that long after this one ended.
            ended = true;
            cancelLineDeadline();
            if (failure == null) {
              parser.handle(
                  Buffer.buffer("\n")); // a last line without a newline; a blank line otherwise
            }
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
      if (!paused) {
        armLineDeadline();
      }
      if (failure != null) {
        return;
      }
      if (record.length() > maxLineBytes) {
        fail(lineNumber, new IllegalStateException("line too long"));
        return;
      }
      if (record.length() > 0) {
        queued.add(new RawLine(lineNumber, record));
      }
    }

    /**
     * Hands out every full batch (and, once no more lines will come, the rest) while fewer than
     * {@link ImportBatches#inFlight} are held; pauses the request while that bound is reached,
     * resumes it below; answers once the last batch is written. An ended request refuses pause and
     * resume.
     */
    private void pump() {
      boolean noMoreLines = ended || failure != null;
      while (inFlight < batches.inFlight()
          && (queued.size() >= batches.size() || (noMoreLines && !queued.isEmpty()))) {
        List<RawLine> batch = new ArrayList<>(Math.min(queued.size(), batches.size()));
        while (batch.size() < batches.size() && !queued.isEmpty()) {
          batch.add(queued.poll());
        }
        submit(batch);
      }
      boolean full = inFlight >= batches.inFlight() || queued.size() >= batches.size();
      if (!ended && full && !paused) {
        paused = true;
        ctx.request().pause();
        cancelLineDeadline();
      } else if (!ended && !full && paused) {
        paused = false;
        armLineDeadline();
        ctx.request().resume(); // reading on; after a failure, only to discard the rest of the body
      }
      if (noMoreLines && inFlight == 0 && queued.isEmpty() && !answered) {
        if (failure != null) {
          answered = true;
          analyzeThenRespond(failureStatus, failure);
        } else if (ended) {
          answered = true;
          analyzeThenRespond(200, new JsonObject());
        }
      }
    }

    /**
     * Parses and seals {@code batch} on a worker now, writes it once the batches before it are
     * written. A batch never fails: each line's failure goes into the report.
     */
    private void submit(List<RawLine> batch) {
      inFlight++;
      Future<List<Line>> prepared = ctx.vertx().executeBlocking(() -> prepare(batch), false);
      lastWrite =
          lastWrite
              .transform(previous -> prepared)
              .transform(
                  ready -> {
                    if (ready.succeeded()) {
                      return write(ready.result());
                    }
                    // the worker pool refused it (shutting down): every line of it fails alike
                    batch.forEach(l -> report.add(l.number(), null, ready.cause(), false));
                    return Future.<Void>succeededFuture();
                  })
              .transform(
                  written -> {
                    inFlight--;
                    pump();
                    return Future.succeededFuture();
                  });
    }

    private List<Line> prepare(List<RawLine> batch) {
      List<Line> lines = new ArrayList<>(batch.size());
      for (RawLine raw : batch) {
        String text = raw.bytes().toString(StandardCharsets.UTF_8).strip();
        if (!text.isEmpty()) {
          lines.add(parseLine(raw.number(), text, subscribers));
        }
      }
      return lines;
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

    private void analyzeThenRespond(int status, JsonObject extra) {
      ImportStatistics.refreshAfter(subscribers, report.written())
          .onComplete(refreshed -> respond(status, extra));
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

    /**
     * Rejected lines are reported; the valid ones are written together ({@link
     * SubscriberRepository#putSealed}), which reports each one's own failure, so that a bad line is
     * reported alone and stops nothing. Results stay in line order. A replaced subscriber is
     * published like a PUT (its serving nodes may need the new profile); a created one has no
     * serving node yet, so a bulk load publishes nothing.
     */
    private Future<Void> write(List<Line> lines) {
      List<SealedSubscriber> valid =
          lines.stream().filter(l -> l.rejected() == null).map(Line::subscriber).toList();
      Future<List<SubscriberOutcome>> written =
          valid.isEmpty()
              ? Future.succeededFuture(List.of())
              : subscribers.putSealed(valid, override);
      return written.transform(
          done -> {
            int next = 0;
            for (Line line : lines) {
              if (line.rejected() != null) {
                report.add(line.number(), line.imsi(), line.rejected(), false);
              } else if (done.failed()) {
                report.add(line.number(), line.imsi(), done.cause(), false);
              } else {
                SubscriberOutcome outcome = done.result().get(next++);
                if (outcome.failure() != null) {
                  report.add(line.number(), line.imsi(), outcome.failure(), false);
                } else {
                  written(line, outcome.change());
                }
              }
            }
            return Future.succeededFuture();
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

  /** On a worker: the line's JSON, its validation and its keys sealed. */
  private static Line parseLine(int number, String text, SubscriberStore subscribers) {
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
      return new Line(
          number, imsi, subscribers.seal(SubscriberValidator.validate(body, imsi)), null);
    } catch (ValidationFailure invalid) {
      return new Line(number, imsi, null, invalid);
    } catch (RuntimeException unexpected) {
      // reported for this line alone (Responses logs its class), instead of losing the batch
      return new Line(number, imsi, null, unexpected);
    }
  }
}
