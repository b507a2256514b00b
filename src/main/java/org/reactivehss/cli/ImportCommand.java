package org.reactivehss.cli;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code import FILE}: streams an NDJSON, CSV or SIM vendor file to a running HSS's bulk import, in
 * chunks of {@code --chunk} subscribers (one POST each), so a file of any size never sits in memory
 * (docs/cli.md). Exit 0 when every line was imported, 1 when some were refused (listed with their
 * line numbers in the file), 2 when the import could not run.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = "Import subscribers from an NDJSON, CSV or SIM vendor file into a running HSS.")
final class ImportCommand implements Callable<Integer> {
  /** Refused lines listed one by one; beyond this only counted. */
  static final int MAX_LISTED = 1_000;

  @Parameters(index = "0", paramLabel = "FILE", description = "the file to import")
  Path file;

  @Option(names = "--url", description = "the HSS's HTTP address (HSS_URL; http://127.0.0.1:8080)")
  String url;

  @Option(
      names = "--format",
      defaultValue = "AUTO",
      description = "AUTO (default), NDJSON, CSV or VENDOR (IMSI Ki OPc per line)")
  SubscriberLines.Format format;

  @Option(names = "--amf", description = "AMF (4 hex digits) for lines without one")
  String amf;

  @Option(
      names = "--set",
      paramLabel = "FIELD=JSON",
      description = "a field for lines without it, e.g. --set 'apns=[{\"apn\":\"internet\"}]'")
  Map<String, String> set = Map.of();

  @Option(names = "--chunk", defaultValue = "10000", description = "subscribers per request")
  int chunk;

  private final CliContext context;
  private long created;
  private long replaced;
  private long refusedCount;
  private final List<String> refusals = new ArrayList<>();

  ImportCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (chunk < 1 || chunk > 100_000) {
      context.err().println("import: --chunk must be 1..100000");
      return 2;
    }
    ApiClient api = new ApiClient(context.baseUrl(url), context.token());
    SubscriberLines lines;
    try {
      lines = new SubscriberLines(format, defaults());
    } catch (DecodeException e) {
      context.err().println("import: --set needs FIELD=JSON (" + e.getMessage() + ")");
      return 2;
    }
    try (Counting in = new Counting(Files.newInputStream(file));
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      ImportProgress progress =
          new ImportProgress(context.err(), context.terminal(), Files.size(file));
      Chunk pending = new Chunk();
      long sent = 0;
      String text;
      int number = 0;
      while ((text = reader.readLine()) != null) {
        SubscriberLines.Converted line = lines.convert(++number, text);
        if (line == null) {
          continue;
        }
        if (line.refusal() != null) {
          refuse(line.line(), null, line.refusal());
          continue;
        }
        pending.add(line);
        if (pending.size() == chunk) {
          send(api, pending);
          sent += pending.size();
          pending = new Chunk();
          progress.update(in.count, sent);
        }
      }
      if (pending.size() > 0) {
        send(api, pending);
        sent += pending.size();
      }
      progress.done();
      summary(progress, sent, lines.format());
      return refusedCount == 0 ? 0 : 1;
    } catch (NoSuchFileException e) {
      context.err().println("import: no such file " + file);
    } catch (IOException | IllegalArgumentException e) {
      context.err().println("import: " + e.getMessage());
    } catch (ApiClient.Unreachable e) {
      context.err().println("import: " + e.getMessage());
      context
          .err()
          .println(
              String.format(
                  Locale.ROOT, "import: stopped; %,d imported before", created + replaced));
    }
    return 2;
  }

  private JsonObject defaults() {
    JsonObject defaults = new JsonObject();
    if (amf != null) {
      defaults.put("amf", amf);
    }
    set.forEach((field, json) -> defaults.put(field, new JsonArray("[" + json + "]").getValue(0)));
    return defaults;
  }

  /** One POST; the HSS's per-line report is mapped back to line numbers in the file. */
  private void send(ApiClient api, Chunk chunk) throws ApiClient.Unreachable {
    ApiClient.Reply reply = api.importChunk(chunk.body.toByteArray());
    JsonObject report;
    try {
      report = new JsonObject(reply.body());
    } catch (DecodeException e) {
      throw new ApiClient.Unreachable("the HSS answered " + reply.status() + " without a report");
    }
    created += report.getLong("created", 0L);
    replaced += report.getLong("replaced", 0L);
    JsonArray results = report.getJsonArray("results", new JsonArray());
    for (int i = 0; i < results.size(); i++) {
      JsonObject result = results.getJsonObject(i);
      JsonArray errors = result.getJsonArray("errors");
      if (errors != null) {
        refuse(
            chunk.fileLine(result.getInteger("line")), result.getString("imsi"), reasons(errors));
      }
    }
    long unlisted = report.getLong("failed", 0L) - countErrors(results);
    refusedCount += Math.max(0, unlisted);
    if (reply.status() != 200) {
      // a line too long or a request cut short: the HSS wrote the lines before it and no others
      throw new ApiClient.Unreachable(
          "the HSS refused the request (" + reply.status() + "): " + report.getJsonArray("errors"));
    }
  }

  private static long countErrors(JsonArray results) {
    long n = 0;
    for (int i = 0; i < results.size(); i++) {
      n += results.getJsonObject(i).containsKey("errors") ? 1 : 0;
    }
    return n;
  }

  private static String reasons(JsonArray errors) {
    List<String> reasons = new ArrayList<>();
    for (int i = 0; i < errors.size(); i++) {
      JsonObject e = errors.getJsonObject(i);
      reasons.add(
          e.getString("field") == null
              ? e.getString("reason")
              : e.getString("field") + ": " + e.getString("reason"));
    }
    return String.join("; ", reasons);
  }

  private void refuse(int line, String imsi, String reason) {
    refusedCount++;
    if (refusals.size() < MAX_LISTED) {
      refusals.add("line " + line + (imsi == null ? "" : " (IMSI " + imsi + ")") + ": " + reason);
    }
  }

  private void summary(ImportProgress progress, long sent, SubscriberLines.Format seen) {
    context
        .out()
        .println(
            String.format(
                Locale.ROOT,
                "imported %,d (created %,d, replaced %,d), refused %,d; %s, %,d lines sent in %.1f s"
                    + " (%,.0f lines/s)",
                created + replaced,
                created,
                replaced,
                refusedCount,
                seen == SubscriberLines.Format.AUTO ? "empty file" : seen.name(),
                sent,
                progress.seconds(),
                progress.rate(sent)));
    refusals.forEach(r -> context.out().println("refused " + r));
    if (refusedCount > refusals.size()) {
      context.out().println("... and " + (refusedCount - refusals.size()) + " more refused");
    }
  }

  /** The NDJSON of one POST and, for each of its lines, the line's number in the file. */
  private static final class Chunk {
    final ByteArrayOutputStream body = new ByteArrayOutputStream();
    final List<Integer> fileLines = new ArrayList<>();

    void add(SubscriberLines.Converted line) {
      body.writeBytes(line.json().getBytes(StandardCharsets.UTF_8));
      body.write('\n');
      fileLines.add(line.line());
    }

    int size() {
      return fileLines.size();
    }

    /** The HSS numbers the lines of each request from 1. */
    int fileLine(Integer requestLine) {
      return requestLine == null || requestLine < 1 || requestLine > fileLines.size()
          ? -1
          : fileLines.get(requestLine - 1);
    }
  }

  /** Counts the bytes read, for the progress bar. */
  private static final class Counting extends FilterInputStream {
    long count;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count += b < 0 ? 0 : 1;
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count += Math.max(0, n);
      return n;
    }
  }
}
