package org.reactivehss.cli;

import io.vertx.core.json.JsonObject;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code subscriber show IMSI}: the subscriber as the API returns it (never a key). */
@Command(
    name = "subscriber",
    mixinStandardHelpOptions = true,
    description = "Read subscribers of a running HSS.")
final class SubscriberCommand {

  @Command(name = "show", mixinStandardHelpOptions = true, description = "Print one subscriber.")
  static final class Show implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "IMSI")
    String imsi;

    @Option(
        names = "--url",
        description = "the HSS's HTTP address (HSS_URL; http://127.0.0.1:8080)")
    String url;

    private final CliContext context;

    Show(CliContext context) {
      this.context = context;
    }

    /** Exit 0 with the document on stdout, 1 for an unknown IMSI, 2 when it could not ask. */
    @Override
    public Integer call() {
      if (!imsi.matches("[0-9]{14,15}")) {
        context.err().println("subscriber show: " + imsi + " is not an IMSI (14 or 15 digits)");
        return 2;
      }
      try {
        ApiClient.Reply reply =
            new ApiClient(context.baseUrl(url), context.token()).get("/api/v1/subscribers/" + imsi);
        if (reply.status() == 200) {
          context.out().println(new JsonObject(reply.body()).encodePrettily());
          return 0;
        }
        if (reply.status() == 404) {
          context.err().println("subscriber show: no subscriber with IMSI " + imsi);
          return 1;
        }
        context
            .err()
            .println("subscriber show: the HSS answered " + reply.status() + ": " + reply.body());
      } catch (ApiClient.Unreachable e) {
        context.err().println("subscriber show: " + e.getMessage());
      }
      return 2;
    }
  }
}
