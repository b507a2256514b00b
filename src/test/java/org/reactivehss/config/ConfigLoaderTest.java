package org.reactivehss.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reactivehss.diameter.transport.PeerOptions;
import org.reactivehss.diameter.transport.TlsOptions;

class ConfigLoaderTest {

  @TempDir Path dir;

  @Test
  void shippedConfFile_equalsBuiltInDefaults() {
    assertThat(ConfigLoader.loadFile(Path.of("conf", "hss.yaml")))
        .isEqualTo(ConfigLoader.defaults());
  }

  @Test
  void defaults_areTheDocumentedOnes() {
    HssConfig c = ConfigLoader.defaults();
    assertThat(c.originHost()).isEqualTo("hss.localdomain");
    assertThat(c.realm()).isEqualTo("localdomain");
    assertThat(c.diameter().port()).isEqualTo(3868);
    assertThat(c.http().port()).isEqualTo(8080);
    assertThat(c.diameter().allowedPeers()).containsExactly("*.localdomain");
  }

  @Test
  void environment_overridesFileValues() throws IOException {
    Path f = write("diameter:\n  port: 3999\n");
    HssConfig c =
        ConfigLoader.load(
            new String[] {"--config", f.toString()},
            Map.of(
                "HSS_DIAMETER_PORT",
                "4000",
                "HSS_HTTP_PORT",
                "9090",
                "HSS_ORIGIN_HOST",
                "hss1.example.org",
                "HSS_REALM",
                "example.org",
                "HSS_DIAMETER_ALLOWED_PEERS",
                "mme1.example.org, *.ims.example.org"));
    assertThat(c.diameter().port()).isEqualTo(4000);
    assertThat(c.http().port()).isEqualTo(9090);
    assertThat(c.originHost()).isEqualTo("hss1.example.org");
    assertThat(c.realm()).isEqualTo("example.org");
    assertThat(c.diameter().allowedPeers())
        .containsExactly("mme1.example.org", "*.ims.example.org");
  }

  @Test
  void hssConfigEnv_namesTheFile() throws IOException {
    Path f = write("origin-host: other.localdomain\n");
    assertThat(ConfigLoader.load(new String[0], Map.of("HSS_CONFIG", f.toString())).originHost())
        .isEqualTo("other.localdomain");
  }

  @Test
  void portOutOfRange_namesTheKey() {
    assertThatThrownBy(() -> ConfigLoader.load(new String[0], Map.of("HSS_DIAMETER_PORT", "70000")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("diameter.port");
  }

  @Test
  void notANumber_namesTheKey() {
    assertThatThrownBy(() -> ConfigLoader.load(new String[0], Map.of("HSS_HTTP_PORT", "eighty")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("http.port")
        .hasMessageContaining("eighty");
  }

  @Test
  void unknownKey_namesTheKey() throws IOException {
    Path f = write("diameter:\n  prot: 3868\n");
    assertThatThrownBy(() -> ConfigLoader.loadFile(f))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("diameter.prot");
  }

  @Test
  void emptyOriginHost_namesTheKey() {
    assertThatThrownBy(() -> ConfigLoader.load(new String[0], Map.of("HSS_ORIGIN_HOST", " ")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("origin-host");
  }

  @Test
  void missingConfigFile_namesTheOption() {
    assertThatThrownBy(
            () ->
                ConfigLoader.load(
                    new String[] {"--config", dir.resolve("nope.yaml").toString()}, Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("--config");
  }

  @Test
  void peerToDialWithoutAddress_namesThePeerEntry() throws IOException {
    Path f = write("diameter:\n  peers:\n    - host: mme1.localdomain\n      connect: true\n");
    assertThatThrownBy(() -> ConfigLoader.loadFile(f))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("diameter.peers[0]")
        .hasMessageContaining("address");
  }

  @Test
  void peers_areRead() throws IOException {
    Path f =
        write(
            "diameter:\n  peers:\n    - host: mme1.localdomain\n      connect: true\n"
                + "      address: 127.0.0.1\n      port: 3870\n");
    assertThat(ConfigLoader.loadFile(f).diameter().peers())
        .isEqualTo(List.of(new PeerOptions("mme1.localdomain", "", true, "127.0.0.1", 3870)));
  }

  @Test
  void imsiPrefixes_areReadAndMustBeDigits() throws IOException {
    Path f =
        write(
            "diameter:\n  peers:\n    - host: mme1.localdomain\n      imsi-prefixes: [\"00101\"]\n");
    assertThat(ConfigLoader.loadFile(f).diameter().peers().get(0).imsiPrefixes())
        .containsExactly("00101");
    Path bad =
        write(
            "diameter:\n  peers:\n    - host: mme1.localdomain\n      imsi-prefixes: [\"001-01\"]\n");
    assertThatThrownBy(() -> ConfigLoader.loadFile(bad))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("diameter.peers[0]")
        .hasMessageContaining("imsi-prefixes");
  }

  @Test
  void imsiPrefixes_withApplicationsThatHoldThem_orWithAllServedOnes_areAccepted()
      throws IOException {
    Path listed =
        write(
            "diameter:\n  peers:\n    - host: cscf1.localdomain\n      applications: [s6a, cx]\n"
                + "      imsi-prefixes: [\"00101\"]\n");
    assertThat(ConfigLoader.loadFile(listed).diameter().peers().get(0).applications())
        .containsExactly("s6a", "cx");
    Path all =
        write(
            "diameter:\n  peers:\n    - host: cscf1.localdomain\n      imsi-prefixes: [\"00101\"]\n");
    assertThat(ConfigLoader.loadFile(all).diameter().peers().get(0).applications()).isEmpty();
    Path plannedWithoutPrefixes =
        write(
            "diameter:\n  peers:\n    - host: as1.localdomain\n"
                + "      applications: [sh, swx, s13, slh]\n");
    assertThat(
            ConfigLoader.loadFile(plannedWithoutPrefixes).diameter().peers().get(0).applications())
        .hasSize(4);
  }

  @Test
  void inbandTls_isOffWithoutACertificate_andRequiringItNeedsOne() {
    assertThat(ConfigLoader.defaults().diameter().tls().inband()).isEqualTo(TlsOptions.Inband.OFF);
    assertThatThrownBy(
            () -> ConfigLoader.load(new String[0], Map.of("HSS_DIAMETER_TLS_INBAND", "require")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("diameter.tls.certificate");
    assertThatThrownBy(
            () -> ConfigLoader.load(new String[0], Map.of("HSS_DIAMETER_TLS_INBAND", "sometimes")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("diameter.tls.inband");
  }

  @Test
  void https_needsACertificateAndKey() {
    assertThat(ConfigLoader.defaults().http().https().enabled()).isFalse();
    assertThatThrownBy(
            () -> ConfigLoader.load(new String[0], Map.of("HSS_HTTP_TLS_ENABLED", "true")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("http.tls.certificate");
  }

  @Test
  void homeMncLength_isReadAndChecked() {
    assertThat(
            ConfigLoader.load(new String[0], Map.of("HSS_S6A_HOME_MNC_LENGTH", "3"))
                .s6a()
                .homeMncLength())
        .isEqualTo(3);
    assertThatThrownBy(
            () -> ConfigLoader.load(new String[0], Map.of("HSS_S6A_HOME_MNC_LENGTH", "4")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("s6a.home-mnc-length");
  }

  @Test
  void apiToken_isNeverPrinted() {
    HssConfig c = ConfigLoader.load(new String[0], Map.of("HSS_API_TOKEN", "s3cr3t-token"));
    assertThat(c.http().token()).isEqualTo("s3cr3t-token");
    assertThat(c.toString()).doesNotContain("s3cr3t-token");
  }

  private Path write(String yaml) throws IOException {
    Path f = dir.resolve("hss.yaml");
    Files.writeString(f, yaml);
    return f;
  }
}
