package org.reactivehss.api;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = SECONDS)
class ApiTokenTest {
  private static ApiFixture api;

  @BeforeAll
  static void start() throws Exception {
    api = new ApiFixture("s3cret-token");
  }

  @AfterAll
  static void stop() throws Exception {
    api.close();
  }

  @Test
  void aRequestWithoutTheTokenIs401() throws Exception {
    ApiFixture.Reply reply = api.send("GET", "/api/v1/subscribers", null, null);

    assertThat(reply.status()).isEqualTo(401);
  }

  @Test
  void aRequestWithAWrongTokenIs401AndWritesNothing() throws Exception {
    String imsi = "001010000000501";

    ApiFixture.Reply reply =
        api.send("PUT", "/api/v1/subscribers/" + imsi, ApiFixture.subscriber(imsi), "Bearer guess");

    assertThat(reply.status()).isEqualTo(401);
    assertThat(api.send("GET", "/api/v1/subscribers/" + imsi, null).status()).isEqualTo(404);
  }

  @Test
  void aRequestWithTheTokenIsServed() throws Exception {
    assertThat(
            api.send(
                    "PUT",
                    "/api/v1/subscribers/001010000000502",
                    ApiFixture.subscriber("001010000000502"))
                .status())
        .isEqualTo(201);
  }
}
