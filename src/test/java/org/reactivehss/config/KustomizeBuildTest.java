package org.reactivehss.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Client-side validation: {@code kubectl kustomize k8s} (what {@code kubectl apply -k} renders
 * first, needing no cluster) builds, and the output holds every kind with the generated ConfigMap
 * wired in. Skipped, with a message, where kubectl is not installed: it is not in Debian's archive,
 * so CI cannot install it (.ci/run prints whether the machine has it); ManifestConsistencyTest runs
 * everywhere.
 */
class KustomizeBuildTest {

  @Test
  void kubectlKustomize_rendersTheWholeBase() throws Exception {
    boolean installed = kubectlInstalled();
    if (!installed) {
      System.out.println(
          "[SKIPPED] kubectl is not installed; the client-side kustomize build of k8s/ did not run");
    }
    assumeTrue(installed, "kubectl not installed; skipping the client-side kustomize build");
    Path out = Files.createTempFile("kustomize", ".yaml");
    Process p =
        new ProcessBuilder("kubectl", "kustomize", "k8s")
            .redirectErrorStream(true)
            .redirectOutput(out.toFile())
            .start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String rendered = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(rendered).isZero();

    List<String> kinds = new ArrayList<>();
    String configMapName = null;
    String mountedName = null;
    for (JsonNode doc : ManifestConsistencyTest.documents(out)) {
      kinds.add(doc.path("kind").asText());
      if (doc.path("kind").asText().equals("ConfigMap")) {
        configMapName = doc.path("metadata").path("name").asText();
        assertThat(doc.path("data").path("hss.yaml").asText())
            .isEqualTo(Files.readString(Path.of("conf", "hss.yaml")));
      }
      if (doc.path("kind").asText().equals("Deployment")) {
        for (JsonNode v : doc.path("spec").path("template").path("spec").path("volumes")) {
          if (v.has("configMap")) {
            mountedName = v.path("configMap").path("name").asText();
          }
        }
      }
    }
    Files.delete(out);
    assertThat(kinds)
        .containsExactlyInAnyOrder(
            "ConfigMap",
            "Secret",
            "Service",
            "Service",
            "Deployment",
            "PodDisruptionBudget",
            "HorizontalPodAutoscaler",
            "ServiceMonitor",
            "NetworkPolicy",
            "Cluster");
    assertThat(configMapName).startsWith("hss-config-").isEqualTo(mountedName);
  }

  @Test
  void kubectlKustomize_rendersTheStatefulSetOverlay_withoutTheDeployment() throws Exception {
    boolean installed = kubectlInstalled();
    if (!installed) {
      System.out.println(
          "[SKIPPED] kubectl is not installed; the kustomize build of k8s/statefulset did not run");
    }
    assumeTrue(installed, "kubectl not installed; skipping the client-side kustomize build");
    Path out = Files.createTempFile("kustomize", ".yaml");
    Process p =
        new ProcessBuilder("kubectl", "kustomize", "k8s/statefulset")
            .redirectErrorStream(true)
            .redirectOutput(out.toFile())
            .start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String rendered = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(rendered).isZero();
    List<String> kinds = new ArrayList<>();
    String configMapName = null;
    String mountedName = null;
    String scaled = null;
    for (JsonNode doc : ManifestConsistencyTest.documents(out)) {
      String kind = doc.path("kind").asText();
      kinds.add(kind);
      if (kind.equals("ConfigMap")) {
        configMapName = doc.path("metadata").path("name").asText();
      }
      if (kind.equals("StatefulSet")) {
        for (JsonNode v : doc.path("spec").path("template").path("spec").path("volumes")) {
          if (v.has("configMap")) {
            mountedName = v.path("configMap").path("name").asText();
          }
        }
        assertThat(doc.path("metadata").path("labels").path("app.kubernetes.io/part-of").asText())
            .isEqualTo("reactive-hss");
      }
      if (kind.equals("HorizontalPodAutoscaler")) {
        scaled = doc.path("spec").path("scaleTargetRef").path("kind").asText();
      }
    }
    Files.delete(out);
    assertThat(kinds).contains("StatefulSet").doesNotContain("Deployment");
    assertThat(kinds.stream().filter("Service"::equals)).hasSize(3);
    assertThat(configMapName).startsWith("hss-config-").isEqualTo(mountedName);
    assertThat(scaled).isEqualTo("StatefulSet");
  }

  private static boolean kubectlInstalled() {
    try {
      Process p =
          new ProcessBuilder("kubectl", "version", "--client").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
