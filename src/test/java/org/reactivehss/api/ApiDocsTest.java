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
 * Swagger UI at /api/v1/docs, over the HSS's own OpenAPI document: served without the token (it
 * holds nothing secret; the calls made from it still need it) and under a strict
 * Content-Security-Policy.
 */
class ApiDocsTest {
  private static ApiFixture api;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    api = new ApiFixture("docs-token");
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
  void docsPage_isSwaggerUi_withoutTheToken_underAStrictPolicy() throws Exception {
    HttpResponse<String> page = get(ApiDocs.PATH + "/");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("swagger-ui-bundle.js", "swagger-initializer.js");
    assertThat(page.headers().firstValue("Content-Security-Policy"))
        .hasValue(ApiDocs.CONTENT_SECURITY_POLICY);
    assertThat(ApiDocs.CONTENT_SECURITY_POLICY).contains("script-src 'self';");
  }

  @Test
  void initializer_pointsAtTheHssOwnDocument_notThePetstore() throws Exception {
    HttpResponse<String> initializer = get(ApiDocs.PATH + "/swagger-initializer.js");

    assertThat(initializer.statusCode()).isEqualTo(200);
    assertThat(initializer.body())
        .contains("url: \"/api/v1/openapi.yaml\"")
        .doesNotContain("petstore");
  }

  @Test
  void theDocumentAndTheBundle_areServed_butTheApiStillNeedsTheToken() throws Exception {
    assertThat(get("/api/v1/openapi.yaml").statusCode()).isEqualTo(200);
    assertThat(get(ApiDocs.PATH + "/swagger-ui-bundle.js").statusCode()).isEqualTo(200);
    assertThat(get("/api/v1/subscribers").statusCode()).isEqualTo(401);
  }

  @Test
  void docsWithoutTheSlash_redirectsToThePage() throws Exception {
    HttpResponse<String> bare = get(ApiDocs.PATH);

    assertThat(bare.statusCode()).isEqualTo(302);
    assertThat(bare.headers().firstValue("Location")).hasValue(ApiDocs.PATH + "/");
  }
}
