package org.reactivehss.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The overlay k8s/statefulset/ (peers that connect to every pod): its StatefulSet is the base's
 * Deployment but for the lines that make each pod a stable peer, so the two cannot drift apart;
 * each pod's Origin-Host is its own DNS name under the headless Service; replicas never share a
 * node; the base's Deployment is deleted and the autoscaler follows the StatefulSet.
 */
class StatefulSetOverlayTest {
  private static final Path OVERLAY = Path.of("k8s", "statefulset");

  private static JsonNode only(String file) throws IOException {
    return ManifestConsistencyTest.documents(OVERLAY.resolve(file)).get(0);
  }

  private static JsonNode deployment() throws IOException {
    return ManifestConsistencyTest.documents(Path.of("k8s", "base", "deployment.yaml")).get(0);
  }

  @Test
  void overlayListsItsFiles_andBuildsOnTheBase() throws IOException {
    JsonNode kustomization = only("kustomization.yaml");
    List<String> resources = new ArrayList<>();
    kustomization.path("resources").forEach(r -> resources.add(r.asText()));
    List<String> files;
    try (Stream<Path> list = Files.list(OVERLAY)) {
      files =
          list.map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".yaml") && !n.equals("kustomization.yaml"))
              .toList();
    }
    assertThat(resources).first().isEqualTo("../base");
    assertThat(resources.subList(1, resources.size())).containsExactlyInAnyOrderElementsOf(files);
    String patches = kustomization.path("patches").toString();
    assertThat(patches).contains("$patch: delete").contains("kind: Deployment");
    assertThat(patches).contains("/spec/scaleTargetRef/kind").contains("StatefulSet");
    assertThat(kustomization.path("images").get(0).path("name").asText())
        .isEqualTo(container(only("statefulset.yaml")).path("image").asText());
  }

  @Test
  void statefulSet_isTheDeployment_butForItsIdentityAndPlacement() throws IOException {
    JsonNode statefulSet = only("statefulset.yaml");
    ObjectNode sts = statefulSet.deepCopy();
    ObjectNode dep = deployment().deepCopy();
    // what the StatefulSet adds or replaces, each for a reason the manifest states
    ObjectNode stsSpec = (ObjectNode) sts.path("spec");
    ObjectNode depSpec = (ObjectNode) dep.path("spec");
    stsSpec.remove(List.of("serviceName", "podManagementPolicy", "updateStrategy"));
    depSpec.remove("strategy");
    ((ObjectNode) stsSpec.path("template").path("spec")).remove("affinity");
    ((ObjectNode) depSpec.path("template").path("spec")).remove("topologySpreadConstraints");
    removeEnv(container(sts), "HSS_ORIGIN_HOST");
    removeEnv(container(dep), "HSS_ORIGIN_HOST");
    sts.remove("kind");
    dep.remove("kind");
    assertThat(sts).isEqualTo(dep);
  }

  @Test
  void eachPodsOriginHost_isItsNameUnderTheHeadlessService() throws IOException {
    JsonNode statefulSet = only("statefulset.yaml");
    JsonNode service = only("service-peers.yaml");
    String serviceName = statefulSet.path("spec").path("serviceName").asText();
    assertThat(service.path("metadata").path("name").asText()).isEqualTo(serviceName);
    assertThat(service.path("spec").path("clusterIP").asText()).isEqualTo("None");
    assertThat(env(container(statefulSet), "HSS_ORIGIN_HOST"))
        .isEqualTo("$(POD_NAME)." + serviceName + ".$(POD_NAMESPACE).svc.cluster.local");
    JsonNode podLabels = statefulSet.path("spec").path("template").path("metadata").path("labels");
    service
        .path("spec")
        .path("selector")
        .fields()
        .forEachRemaining(
            e -> assertThat(podLabels.path(e.getKey()).asText()).isEqualTo(e.getValue().asText()));
    List<String> namedPorts = new ArrayList<>();
    container(statefulSet).path("ports").forEach(p -> namedPorts.add(p.path("name").asText()));
    service
        .path("spec")
        .path("ports")
        .forEach(p -> assertThat(namedPorts).contains(p.path("targetPort").asText()));
  }

  @Test
  void twoReplicas_neverOnOneNode() throws IOException {
    JsonNode spec = only("statefulset.yaml").path("spec");
    assertThat(spec.path("replicas").asInt()).isGreaterThanOrEqualTo(2);
    JsonNode rule =
        spec.path("template")
            .path("spec")
            .path("affinity")
            .path("podAntiAffinity")
            .path("requiredDuringSchedulingIgnoredDuringExecution")
            .get(0);
    assertThat(rule.path("topologyKey").asText()).isEqualTo("kubernetes.io/hostname");
    assertThat(rule.path("labelSelector").path("matchLabels"))
        .isEqualTo(spec.path("selector").path("matchLabels"));
  }

  private static JsonNode container(JsonNode workload) {
    return workload.path("spec").path("template").path("spec").path("containers").get(0);
  }

  private static String env(JsonNode container, String name) {
    for (JsonNode e : container.path("env")) {
      if (e.path("name").asText().equals(name)) {
        return e.path("value").asText();
      }
    }
    throw new AssertionError("no env " + name);
  }

  private static void removeEnv(JsonNode container, String name) {
    var env = (com.fasterxml.jackson.databind.node.ArrayNode) container.path("env");
    for (int i = 0; i < env.size(); i++) {
      if (env.get(i).path("name").asText().equals(name)) {
        env.remove(i);
        return;
      }
    }
    throw new AssertionError("no env " + name);
  }
}
