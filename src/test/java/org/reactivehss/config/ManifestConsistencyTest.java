package org.reactivehss.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.reactivehss.api.HealthEndpoints;
import org.reactivehss.api.MetricsEndpoint;

/**
 * The Kustomize base in k8s/base/ agrees with the code: probe paths, ports, names that refer to
 * each other, and every HSS_ variable is one the configuration reads (HSS_ + key, upper case, dots
 * and dashes as underscores) or an alias, so a typo in a manifest cannot silently fall back to a
 * default.
 */
class ManifestConsistencyTest {
  private static final Path K8S = Path.of("k8s", "base");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** Read outside HssConfig: the file location and logback.xml's two variables. */
  private static final Set<String> OTHER_HSS_VARIABLES =
      Set.of("HSS_CONFIG", "HSS_LOG_FORMAT", "HSS_LOG_LEVEL");

  static List<JsonNode> documents(Path file) throws IOException {
    List<JsonNode> docs = new ArrayList<>();
    try (var parser = YAML.getFactory().createParser(file.toFile())) {
      Iterator<JsonNode> it = YAML.readValues(parser, JsonNode.class);
      it.forEachRemaining(
          d -> {
            if (d != null && !d.isEmpty()) {
              docs.add(d);
            }
          });
    }
    return docs;
  }

  private static Map<String, JsonNode> byKind() throws IOException {
    Map<String, JsonNode> kinds = new HashMap<>();
    for (String resource : resources()) {
      for (JsonNode doc : documents(K8S.resolve(resource))) {
        kinds.put(
            doc.path("kind").asText() + "/" + doc.path("metadata").path("name").asText(), doc);
      }
    }
    return kinds;
  }

  private static List<String> resources() throws IOException {
    List<String> list = new ArrayList<>();
    documents(K8S.resolve("kustomization.yaml"))
        .get(0)
        .path("resources")
        .forEach(r -> list.add(r.asText()));
    return list;
  }

  private static JsonNode container() throws IOException {
    return byKind()
        .get("Deployment/reactive-hss")
        .path("spec")
        .path("template")
        .path("spec")
        .path("containers")
        .get(0);
  }

  private static int containerPort(String name) throws IOException {
    for (JsonNode port : container().path("ports")) {
      if (port.path("name").asText().equals(name)) {
        return port.path("containerPort").asInt();
      }
    }
    throw new AssertionError("no container port named " + name);
  }

  @Test
  void everyManifestIsListedInTheKustomization_andConfigMapSourceIsTheShippedConf()
      throws IOException {
    Set<String> files = new HashSet<>();
    try (Stream<Path> list = Files.list(K8S)) {
      list.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".yaml"))
          .forEach(files::add);
    }
    files.removeAll(Set.of("kustomization.yaml", "hss.yaml"));
    assertThat(resources()).containsExactlyInAnyOrderElementsOf(files);
    assertThat(Files.readString(K8S.resolve("hss.yaml")))
        .isEqualTo(Files.readString(Path.of("conf", "hss.yaml")));
    JsonNode generator =
        documents(K8S.resolve("kustomization.yaml")).get(0).path("configMapGenerator").get(0);
    assertThat(generator.path("files").get(0).asText()).isEqualTo("hss.yaml");
  }

  @Test
  void deployment_runsTwoNonRootReadOnlyReplicas_probingTheHealthEndpoints() throws IOException {
    JsonNode deployment = byKind().get("Deployment/reactive-hss");
    JsonNode pod = deployment.path("spec").path("template").path("spec");
    JsonNode c = container();
    assertThat(deployment.path("spec").path("replicas").asInt()).isGreaterThanOrEqualTo(2);
    assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).isTrue();
    assertThat(c.path("securityContext").path("readOnlyRootFilesystem").asBoolean()).isTrue();
    assertThat(c.path("securityContext").path("allowPrivilegeEscalation").asBoolean(true))
        .isFalse();
    assertThat(c.path("livenessProbe").path("httpGet").path("path").asText())
        .isEqualTo(HealthEndpoints.LIVE);
    assertThat(c.path("startupProbe").path("httpGet").path("path").asText())
        .isEqualTo(HealthEndpoints.LIVE);
    assertThat(c.path("readinessProbe").path("httpGet").path("path").asText())
        .isEqualTo(HealthEndpoints.READY);
    for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
      assertThat(c.path(probe).path("httpGet").path("port").asText()).isEqualTo("http");
    }
    assertThat(c.path("resources").path("requests").has("cpu")).isTrue();
    assertThat(c.path("resources").path("limits").has("memory")).isTrue();
    assertThat(mountPath(c, "tmp")).isEqualTo("/tmp");
    assertThat(volume(pod, "tmp").has("emptyDir")).isTrue();
    assertThat(volume(pod, "config").path("configMap").path("name").asText())
        .isEqualTo("hss-config");
    assertThat(env(c).get("HSS_CONFIG")).isEqualTo(mountPath(c, "config") + "/hss.yaml");
    assertThat(env(c).get("HSS_DB_EMBEDDED")).isEqualTo("false");
  }

  @Test
  void containerPorts_areTheConfiguredOnes() throws IOException {
    HssConfig shipped = ConfigLoader.loadFile(K8S.resolve("hss.yaml"));
    assertThat(containerPort("diameter")).isEqualTo(shipped.diameter().port());
    assertThat(containerPort("diameter-sctp")).isEqualTo(shipped.diameter().sctpPort());
    assertThat(containerPort("http")).isEqualTo(shipped.http().port());
  }

  @Test
  void everyHssVariable_isOneTheConfigurationReads() throws IOException {
    Set<String> known = new HashSet<>(OTHER_HSS_VARIABLES);
    known.addAll(ConfigTree.ENV_ALIASES.keySet());
    collectKeys("", YAML.readTree(Path.of("conf", "hss.yaml").toFile()), known);
    Set<String> used = new HashSet<>(env(container()).keySet());
    byKind().get("Secret/hss-secrets").path("stringData").fieldNames().forEachRemaining(used::add);
    used.removeIf(name -> !name.startsWith("HSS_"));
    assertThat(used).isNotEmpty().isSubsetOf(known);
    assertThat(used).contains("HSS_KEY_ENCRYPTION_KEY", "HSS_API_TOKEN", "HSS_DB_URL");
    assertThat(container().path("envFrom").get(0).path("secretRef").path("name").asText())
        .isEqualTo("hss-secrets");
  }

  @Test
  void servicesAndPolicies_pointAtThePodsAndTheirNamedPorts() throws IOException {
    Map<String, JsonNode> k = byKind();
    JsonNode podLabels =
        k.get("Deployment/reactive-hss")
            .path("spec")
            .path("template")
            .path("metadata")
            .path("labels");
    for (String service : List.of("Service/hss-diameter", "Service/hss-http")) {
      assertThat(matches(k.get(service).path("spec").path("selector"), podLabels))
          .as(service)
          .isTrue();
      for (JsonNode port : k.get(service).path("spec").path("ports")) {
        assertThat(port.path("port").asInt())
            .isEqualTo(containerPort(port.path("targetPort").asText()));
      }
    }
    assertThat(
            k.get("Service/hss-diameter").path("spec").path("ports").findValuesAsText("protocol"))
        .containsExactlyInAnyOrder("TCP", "SCTP");
    for (String selecting :
        List.of("PodDisruptionBudget/reactive-hss", "NetworkPolicy/reactive-hss")) {
      JsonNode selector =
          k.get(selecting)
              .path("spec")
              .path(selecting.startsWith("Pod") ? "selector" : "podSelector");
      assertThat(matches(selector.path("matchLabels"), podLabels)).as(selecting).isTrue();
    }
    Set<Integer> allowed = new HashSet<>();
    k.get("NetworkPolicy/reactive-hss")
        .path("spec")
        .path("ingress")
        .forEach(rule -> rule.path("ports").forEach(p -> allowed.add(p.path("port").asInt())));
    assertThat(allowed).containsExactlyInAnyOrder(containerPort("diameter"), containerPort("http"));
    JsonNode hpa = k.get("HorizontalPodAutoscaler/reactive-hss").path("spec");
    assertThat(hpa.path("scaleTargetRef").path("name").asText()).isEqualTo("reactive-hss");
    assertThat(hpa.path("minReplicas").asInt()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void serviceMonitor_scrapesTheMetricsPath_ofTheHttpService() throws IOException {
    Map<String, JsonNode> k = byKind();
    JsonNode monitor = k.get("ServiceMonitor/reactive-hss").path("spec");
    assertThat(
            matches(
                monitor.path("selector").path("matchLabels"),
                k.get("Service/hss-http").path("metadata").path("labels")))
        .isTrue();
    assertThat(
            matches(
                monitor.path("selector").path("matchLabels"),
                k.get("Service/hss-diameter").path("metadata").path("labels")))
        .isFalse();
    assertThat(monitor.path("endpoints").get(0).path("port").asText()).isEqualTo("http");
    assertThat(monitor.path("endpoints").get(0).path("path").asText())
        .isEqualTo(MetricsEndpoint.PATH);
  }

  @Test
  void databaseUrl_comesFromTheSecretThatCloudNativePgGenerates() throws IOException {
    JsonNode cluster =
        byKind().values().stream()
            .filter(d -> d.path("kind").asText().equals("Cluster"))
            .findFirst()
            .orElseThrow();
    assertThat(cluster.path("apiVersion").asText()).startsWith("postgresql.cnpg.io/");
    JsonNode ref = null;
    for (JsonNode e : container().path("env")) {
      if (e.path("name").asText().equals("HSS_DB_URL")) {
        ref = e.path("valueFrom").path("secretKeyRef");
      }
    }
    assertThat(ref).isNotNull();
    // CloudNativePG names the application secret <cluster>-app and puts the connection URI under
    // "uri"
    assertThat(ref.path("name").asText())
        .isEqualTo(cluster.path("metadata").path("name").asText() + "-app");
    assertThat(ref.path("key").asText()).isEqualTo("uri");
  }

  @Test
  void dockerfile_runsAJre17AsNonRoot_exposingTheConfiguredPorts() throws IOException {
    String dockerfile = Files.readString(Path.of("Dockerfile"));
    assertThat(dockerfile)
        .contains("FROM eclipse-temurin:17-jre")
        .contains("USER 10001")
        .contains("EXPOSE 3868/tcp 3868/sctp 8080/tcp")
        .contains("target/hss.jar");
    JsonNode pod =
        byKind().get("Deployment/reactive-hss").path("spec").path("template").path("spec");
    assertThat(pod.path("securityContext").path("runAsUser").asInt()).isEqualTo(10001);
  }

  @Test
  void containerImageScript_runsTheJarAsTheDeploymentsUser_withItsDataOnTheVolume()
      throws IOException {
    String script = Files.readString(Path.of("container/build-image.sh"));
    assertThat(script)
        .contains("\"User\":\"10001:10001\"")
        .contains("\"Volumes\":{\"/app/data\":{}}")
        .contains("HSS_DB_DATA_DIR=/app/data")
        .contains("\"Entrypoint\":[\"/opt/java/bin/java\",\"-jar\",\"/app/hss.jar\"]")
        .contains("jar=target/hss.jar");
    JsonNode pod =
        byKind().get("Deployment/reactive-hss").path("spec").path("template").path("spec");
    assertThat(pod.path("securityContext").path("runAsUser").asInt()).isEqualTo(10001);
  }

  private static void collectKeys(String prefix, JsonNode node, Set<String> out) {
    node.fields()
        .forEachRemaining(
            f -> {
              String key = prefix.isEmpty() ? f.getKey() : prefix + "." + f.getKey();
              if (f.getValue().isObject()) {
                collectKeys(key, f.getValue(), out);
              } else {
                out.add(ConfigTree.envName(key));
              }
            });
  }

  private static Map<String, String> env(JsonNode container) {
    Map<String, String> env = new HashMap<>();
    container
        .path("env")
        .forEach(e -> env.put(e.path("name").asText(), e.path("value").asText(null)));
    return env;
  }

  private static String mountPath(JsonNode container, String volume) {
    for (JsonNode m : container.path("volumeMounts")) {
      if (m.path("name").asText().equals(volume)) {
        return m.path("mountPath").asText();
      }
    }
    throw new AssertionError("no mount of " + volume);
  }

  private static JsonNode volume(JsonNode pod, String name) {
    for (JsonNode v : pod.path("volumes")) {
      if (v.path("name").asText().equals(name)) {
        return v;
      }
    }
    throw new AssertionError("no volume " + name);
  }

  private static boolean matches(JsonNode selector, JsonNode labels) {
    if (selector.isMissingNode() || selector.isEmpty()) {
      return false;
    }
    Iterator<Map.Entry<String, JsonNode>> it = selector.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getValue().asText().equals(labels.path(e.getKey()).asText(null))) {
        return false;
      }
    }
    return true;
  }
}
