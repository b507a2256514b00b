package org.reactivehss.api;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.json.schema.OutputUnit;
import io.vertx.json.schema.SchemaRepository;
import io.vertx.openapi.contract.OpenAPIVersion;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The document served at /api/v1/openapi.yaml is a valid OpenAPI 3.0 document, checked against the
 * OpenAPI Initiative's own JSON schema (through Vert.x's OpenAPI support), so Swagger UI and client
 * generators can read it. A YAML slip such as {@code description: a, b} inside a flow mapping
 * (which YAML reads as a second key "b") fails here: three did until 2026-12-02.
 */
class OpenApiContractTest {
  private Vertx vertx;

  @BeforeEach
  void start() {
    vertx = Vertx.vertx();
  }

  @AfterEach
  void stop() throws Exception {
    vertx.close().await(10, SECONDS);
  }

  @Test
  void servedDocument_isValidOpenApi3_withTheSubscriberPaths() throws Exception {
    @SuppressWarnings("unchecked")
    Map<String, Object> yaml =
        new ObjectMapper(new YAMLFactory())
            .readValue(Path.of("src/main/resources/api/openapi.yaml").toFile(), Map.class);
    JsonObject document = new JsonObject(yaml);
    OpenAPIVersion version = OpenAPIVersion.fromContract(document);
    SchemaRepository repository =
        version.getRepository(vertx, "https://reactivehss.org").await(30, SECONDS);

    OutputUnit result = version.validateContract(vertx, repository, document).await(30, SECONDS);

    assertThat(version).isEqualTo(OpenAPIVersion.V3_0);
    assertThat(result.getValid()).as("errors: %s", result.getErrors()).isTrue();
    assertThat(document.getJsonObject("paths").fieldNames())
        .contains(
            "/api/v1/subscribers", "/api/v1/subscribers/{imsi}", "/api/v1/subscribers/import");
  }
}
