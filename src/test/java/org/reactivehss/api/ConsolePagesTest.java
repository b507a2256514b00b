package org.reactivehss.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The console's files at /console: served without the token under a strict policy (no inline script
 * or style, calls to this server only), uPlot from its webjar; its data calls still need the token.
 */
class ConsolePagesTest {
  private static ApiFixture api;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    api = new ApiFixture("console-token");
  }

  @AfterAll
  static void stop() throws Exception {
    api.close();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port + path))
            .timeout(Duration.ofSeconds(10))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void consolePage_isServedWithoutTheToken_underAStrictPolicy() throws Exception {
    HttpResponse<String> page = get("/console/");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("js/app.js").doesNotContain("<style").doesNotContain("style=");
    String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertThat(policy)
        .isEqualTo(ConsolePages.CONTENT_SECURITY_POLICY)
        .contains("default-src 'self'", "script-src 'self';", "style-src 'self';")
        .contains("connect-src 'self'", "frame-ancestors 'none'")
        .doesNotContain("unsafe-inline")
        .doesNotContain("unsafe-eval");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }

  @Test
  void modulesAndUplot_areServed_asJavaScript_underThePolicy() throws Exception {
    for (String path : new String[] {"/console/js/app.js", "/console/vendor/uplot/uPlot.esm.js"}) {
      HttpResponse<String> script = get(path);
      assertThat(script.statusCode()).as(path).isEqualTo(200);
      assertThat(script.headers().firstValue("Content-Type").orElse(""))
          .as(path)
          .contains("javascript");
      assertThat(script.headers().firstValue("Content-Security-Policy"))
          .hasValue(ConsolePages.CONTENT_SECURITY_POLICY);
    }
  }

  @Test
  void withoutTheSlash_redirectsToIt() throws Exception {
    HttpResponse<String> bare = get("/console");
    assertThat(bare.statusCode()).isEqualTo(302);
    assertThat(bare.headers().firstValue("Location")).hasValue("/console/");
  }

  @Test
  void theDataTheConsoleReads_stillNeedsTheToken() throws Exception {
    assertThat(get("/api/v1/subscribers?limit=1").statusCode()).isEqualTo(401);
  }
}
