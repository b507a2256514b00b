package org.reactivehss.api;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad-input case of the provisioning API, from api/validation-cases.json: 400 naming the
 * field, nothing written.
 */
@Timeout(value = 60, unit = SECONDS)
class ApiValidationTest {
  private static ApiFixture api;

  @BeforeAll
  static void start() throws Exception {
    api = new ApiFixture(null);
  }

  @AfterAll
  static void stop() throws Exception {
    api.close();
  }

  static Stream<Arguments> cases() throws IOException {
    try (InputStream in =
        ApiValidationTest.class.getResourceAsStream("/api/validation-cases.json")) {
      JsonArray cases = new JsonArray(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      return cases.stream()
          .map(JsonObject.class::cast)
          .map(c -> Arguments.of(c.getString("name"), c));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void badInputIsRejectedNamingTheFieldAndNothingIsWritten(String name, JsonObject c)
      throws Exception {
    String imsi = c.getString("imsi");
    Object body = c.getValue("body");
    String text = body instanceof String raw ? raw : ((JsonObject) body).encode();

    ApiFixture.Reply reply = api.send("PUT", "/api/v1/subscribers/" + imsi, text);

    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    JsonArray errors = reply.json().getJsonArray("errors");
    assertThat(errors.stream().map(JsonObject.class::cast))
        .as(reply.body())
        .anySatisfy(
            e -> {
              assertThat(e.getString("field")).isEqualTo(c.getString("field"));
              assertThat(e.getString("reason")).contains(c.getString("reason"));
            });
    assertThat(api.send("GET", "/api/v1/subscribers/" + imsi, null).status()).isIn(404, 400);
    assertThat(api.send("GET", "/api/v1/subscribers?limit=1000", null).json().getJsonArray("items"))
        .isEmpty();
  }
}
