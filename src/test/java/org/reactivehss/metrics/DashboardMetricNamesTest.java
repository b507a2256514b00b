package org.reactivehss.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Grafana dashboard queries only meters the HSS registers, under the names Prometheus gives
 * them ({@link Meters} with dots as underscores, {@code _total} on counters, {@code _seconds_*} on
 * timers), and only tags those meters carry. Renaming a meter without the dashboard fails here.
 */
class DashboardMetricNamesTest {
  private static final Pattern HSS_SERIES = Pattern.compile("\\b(hss_[a-z_]+)(\\{([^}]*)})?");
  private static final Pattern LABEL = Pattern.compile("([a-z_]+)\\s*(=~|!=|!~|=)");

  @Test
  void everyHssSeriesInTheDashboard_isARegisteredMeterWithItsTags() throws Exception {
    Set<String> series = new HashSet<>();
    for (Field f : Meters.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && !f.getName().startsWith("TAG_")) {
        String base = ((String) f.get(null)).replace('.', '_');
        series.addAll(
            List.of(
                base + "_total",
                base,
                base + "_seconds_bucket",
                base + "_seconds_count",
                base + "_seconds_sum",
                base + "_seconds_max"));
      }
    }
    Set<String> tags = new HashSet<>(Set.of("pod", "le"));
    for (Field f : Meters.class.getFields()) {
      if (f.getName().startsWith("TAG_")) {
        tags.add((String) f.get(null));
      }
    }

    List<String> used = new ArrayList<>();
    for (String expr : expressions()) {
      Matcher m = HSS_SERIES.matcher(expr);
      while (m.find()) {
        used.add(m.group(1));
        if (m.group(3) != null) {
          Matcher label = LABEL.matcher(m.group(3));
          while (label.find()) {
            assertThat(tags).as(expr).contains(label.group(1));
          }
        }
      }
    }
    assertThat(used).isNotEmpty();
    assertThat(series).containsAll(used);
    assertThat(used)
        .contains(
            "hss_diameter_requests_total",
            "hss_diameter_answers_total",
            "hss_diameter_request_duration_seconds_bucket",
            "hss_auth_vectors_total",
            "hss_auth_resyncs_total",
            "hss_diameter_peers",
            "hss_storage_duration_seconds_bucket",
            "hss_bus_timeouts_total");
  }

  private static List<String> expressions() throws IOException {
    JsonNode dashboard =
        new ObjectMapper()
            .readTree(Path.of("k8s", "grafana", "reactive-hss-dashboard.json").toFile());
    List<String> exprs = new ArrayList<>();
    dashboard
        .path("panels")
        .forEach(p -> p.path("targets").forEach(t -> exprs.add(t.path("expr").asText())));
    return exprs;
  }
}
