package org.reactivehss.api;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.reactivehss.interop.SelfSignedCertificate;
import org.reactivehss.testing.TlsClients;

/** http.tls: the HTTP port speaks TLS only, and the token is still required over it. */
@Timeout(value = 60, unit = SECONDS)
class ApiHttpsTest {
  @TempDir static Path dir;
  static ApiFixture api;

  @BeforeAll
  static void start() throws Exception {
    SelfSignedCertificate cert =
        SelfSignedCertificate.create("localhost", dir, List.of("dns:localhost", "ip:127.0.0.1"));
    HttpClient client =
        HttpClient.newBuilder().sslContext(TlsClients.context(null, cert.certificatePem)).build();
    api =
        new ApiFixture(
            "https-token",
            new HttpsOptions(true, cert.certificatePem.toString(), cert.privateKeyPem.toString()),
            client);
  }

  @AfterAll
  static void stop() throws Exception {
    api.close();
  }

  @Test
  void anHttpsRequestWithTheToken_succeeds() throws Exception {
    assertThat(api.send("GET", "/api/v1/openapi.yaml", null).status()).isEqualTo(200);
  }

  @Test
  void anHttpsRequestWithoutTheToken_isStill401() throws Exception {
    assertThat(api.send("GET", "/api/v1/subscribers", null, null).status()).isEqualTo(401);
  }

  @Test
  void plainHttpToTheHttpsPort_getsNoAnswer() {
    HttpRequest plain =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port + "/api/v1/openapi.yaml"))
            .header("Authorization", "Bearer https-token")
            .timeout(Duration.ofSeconds(10))
            .build();
    assertThatThrownBy(
            () -> HttpClient.newHttpClient().send(plain, HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(IOException.class);
  }
}
