package org.reactivehss.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The provisioning API seen from the command line: blocking calls on the CLI's main thread (no
 * event loop here), the token from the environment as a bearer token.
 */
final class ApiClient {
  /** An answer: its status and body text. */
  record Reply(int status, String body) {}

  /** The HSS could not be reached, or answered in a way that ends the command. */
  static final class Unreachable extends Exception {
    Unreachable(String message) {
      super(message);
    }
  }

  private final URI base;
  private final String token;
  private final HttpClient http = newClient();

  ApiClient(URI base, String token) {
    this.base = base;
    this.token = token;
  }

  Reply get(String path) throws Unreachable {
    return send(http, request(path).GET());
  }

  /**
   * One chunk of NDJSON to the bulk import; it may take as long as the HSS needs to write it. The
   * chunks of one import share the client's kept-alive connection.
   */
  Reply importChunk(byte[] ndjson) throws Unreachable {
    return send(
        http,
        request("/api/v1/subscribers/import")
            .header("Content-Type", "application/x-ndjson")
            .POST(HttpRequest.BodyPublishers.ofByteArray(ndjson)));
  }

  private static HttpClient newClient() {
    return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return request;
  }

  private Reply send(HttpClient http, HttpRequest.Builder request) throws Unreachable {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 401) {
        throw new Unreachable(
            base + " refused the token (401): set HSS_API_TOKEN to a token of this HSS");
      }
      if (response.statusCode() == 403) {
        throw new Unreachable(base + " refused the request (403): " + response.body());
      }
      return new Reply(response.statusCode(), response.body());
    } catch (ConnectException e) {
      throw new Unreachable("no HSS answers at " + base + " (--url or HSS_URL)");
    } catch (IOException e) {
      throw new Unreachable("the request to " + base + " failed: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Unreachable("interrupted");
    }
  }
}
