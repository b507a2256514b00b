package org.reactivehss.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The client commands of the jar (docs/cli.md): {@code import FILE} and {@code subscriber show
 * IMSI}, both against a running HSS through its REST API. Serving stays the jar's default and the
 * operator commands (reseal-keys, loadgen, failover-report) keep their own dispatch in HssMain.
 */
@Command(
    name = "hss",
    mixinStandardHelpOptions = true,
    description = "Client commands for a running Reactive HSS (its URL from --url or HSS_URL).")
public final class HssCli {
  /** The first arguments that name a client command. */
  public static final Set<String> COMMANDS = Set.of("import", "subscriber");

  private HssCli() {}

  /** Runs {@code args} (starting with the command's name) and returns the exit status. */
  public static int run(String[] args, Map<String, String> env) {
    return run(args, new CliContext(env, System.out, System.err, System.console() != null));
  }

  static int run(String[] args, CliContext context) {
    CommandLine cli =
        new CommandLine(new HssCli())
            .addSubcommand(new CommandLine(new ImportCommand(context)))
            .addSubcommand(
                new CommandLine(new SubscriberCommand())
                    .addSubcommand(new CommandLine(new SubscriberCommand.Show(context))));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOut(new PrintWriter(context.out(), true));
    cli.setErr(new PrintWriter(context.err(), true));
    return cli.execute(args);
  }
}
