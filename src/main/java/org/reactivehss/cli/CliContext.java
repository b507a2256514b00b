package org.reactivehss.cli;

import java.io.PrintStream;
import java.net.URI;
import java.util.Map;

/**
 * What a command reads from outside its arguments: the environment (HSS_URL, HSS_API_TOKEN), where
 * it writes, and whether stderr is a terminal (a progress bar there, plain lines otherwise). Passed
 * in so tests run the commands in-process.
 */
record CliContext(Map<String, String> env, PrintStream out, PrintStream err, boolean terminal) {
  static final String DEFAULT_URL = "http://127.0.0.1:8080";

  /** {@code --url}, else HSS_URL, else the HSS's default port on loopback. */
  URI baseUrl(String option) {
    String url = option != null ? option : env.getOrDefault("HSS_URL", DEFAULT_URL);
    return URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
  }

  /** HSS_API_TOKEN; never an option, so that it stays out of shell history and `ps`. */
  String token() {
    String token = env.get("HSS_API_TOKEN");
    return token == null || token.isBlank() ? null : token;
  }
}
