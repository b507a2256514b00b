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

/** {@code slh.*} and SLh grants as conf/hss.yaml and the environment give them (docs/slh.md). */
class SlhConfigTest {
  @TempDir Path dir;

  @Test
  void allowedGmlcs_defaultToEmpty_everyGrantedPeerMayAsk() {
    assertThat(ConfigLoader.defaults().slh().allowedGmlcs()).isEmpty();
  }

  @Test
  void allowedGmlcs_areReadFromTheFileAndTheEnvironment() throws IOException {
    Path f = write("slh:\n  allowed-gmlcs: [gmlc1.localdomain, GMLC2.partner.example]\n");
    assertThat(ConfigLoader.loadFile(f).slh().allowedGmlcs())
        .containsExactly("gmlc1.localdomain", "GMLC2.partner.example");
    assertThat(
            ConfigLoader.load(
                    new String[0], Map.of("HSS_SLH_ALLOWED_GMLCS", "a.localdomain,b.localdomain"))
                .slh()
                .allowedGmlcs())
        .containsExactly("a.localdomain", "b.localdomain");
  }

  @Test
  void allowedGmlcThatIsNoDiameterIdentity_stopsTheStartNamingTheKey() throws IOException {
    Path f = write("slh:\n  allowed-gmlcs: [\"gmlc 1\"]\n");
    assertThatThrownBy(() -> ConfigLoader.loadFile(f))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("slh.allowed-gmlcs")
        .hasMessageContaining("gmlc 1");
  }

  @Test
  void peerHeldToImsiPrefixes_mayBeGrantedSlh() throws IOException {
    Path f =
        write(
            "diameter:\n  peers:\n    - host: gmlc1.localdomain\n      applications: [slh]\n"
                + "      imsi-prefixes: [\"00101\"]\n");
    assertThat(ConfigLoader.loadFile(f).diameter().peers().get(0).applications())
        .isEqualTo(List.of("slh"));
  }

  private Path write(String yaml) throws IOException {
    Path f = dir.resolve("hss.yaml");
    Files.writeString(f, yaml);
    return f;
  }
}
