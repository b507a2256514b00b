package org.reactivehss.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The import report stays bounded and well-formed whatever the lines held (docs/api.md "Limits").
 */
class ImportReportTest {

  /**
   * A line whose every field is unknown, each named by {@code nameLength} characters of control
   * text.
   */
  private static ValidationFailure manyHostileErrors(int count, int nameLength) {
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      errors.add(new FieldError(i + "\u0000\"\\\ud800".repeat(nameLength / 5), "unknown field"));
    }
    return new ValidationFailure(errors);
  }

  @Test
  void beyondTheDetailLimits_linesAreOnlyCounted_andTheReportStaysUnderItsBound() {
    ImportReport report = new ImportReport();
    int successes = 3 * ImportReport.MAX_DETAILED_SUCCESSES;
    int failures = 3 * ImportReport.MAX_DETAILED_FAILURES;
    int line = 0;
    for (int i = 0; i < successes; i++) {
      report.add(++line, String.format("00101%010d", i), null, true);
    }
    String longImsi = "9".repeat(1_000);
    ValidationFailure hostile = manyHostileErrors(10, 500);
    for (int i = 0; i < failures; i++) {
      report.add(++line, longImsi, hostile, false);
    }

    Buffer bytes = report.toBuffer(new JsonObject());

    assertThat(bytes.length()).isLessThanOrEqualTo(ImportReport.MAX_BYTES);
    JsonObject json = new JsonObject(bytes);
    assertThat(json.getInteger("created")).isEqualTo(successes);
    assertThat(json.getInteger("failed")).isEqualTo(failures);
    assertThat(json.getInteger("omittedResults"))
        .isEqualTo(
            successes
                + failures
                - ImportReport.MAX_DETAILED_SUCCESSES
                - ImportReport.MAX_DETAILED_FAILURES);
    JsonArray results = json.getJsonArray("results");
    assertThat(results)
        .hasSize(ImportReport.MAX_DETAILED_SUCCESSES + ImportReport.MAX_DETAILED_FAILURES);
    JsonObject failure = results.getJsonObject(ImportReport.MAX_DETAILED_SUCCESSES);
    assertThat(failure.getInteger("line")).isEqualTo(successes + 1);
    assertThat(failure.containsKey("imsi")).isFalse();
    assertThat(failure.getJsonArray("errors")).hasSize(ImportReport.MAX_ERRORS_PER_LINE);
    assertThat(failure.getInteger("moreErrors")).isEqualTo(10 - ImportReport.MAX_ERRORS_PER_LINE);
    assertThat(failure.getJsonArray("errors").getJsonObject(0).getString("field"))
        .hasSizeLessThanOrEqualTo(FieldError.MAX_FIELD_CHARS)
        .doesNotContain("\u0000")
        .endsWith("...");
  }

  @Test
  void oneDetailedFailure_staysUnderTheBoundOfOneEntry() {
    ImportReport report = new ImportReport();
    int empty = report.toBuffer(new JsonObject()).length();

    report.add(1, "x".repeat(100_000), manyHostileErrors(100, 2_000), false);

    assertThat(report.toBuffer(new JsonObject()).length() - empty)
        .isLessThanOrEqualTo(ImportReport.MAX_FAILURE_BYTES);
  }
}
