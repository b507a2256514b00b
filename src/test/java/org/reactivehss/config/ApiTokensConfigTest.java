package org.reactivehss.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reactivehss.api.ApiToken;

/** http.api-tokens: named tokens with roles; HSS_API_TOKEN stays the read-write "default". */
class ApiTokensConfigTest {
  @TempDir Path dir;

  private HssConfig load(String yaml, Map<String, String> env) throws IOException {
    Path f = dir.resolve("hss.yaml");
    Files.writeString(f, yaml);
    return ConfigLoader.load(new String[] {"--config", f.toString()}, env);
  }

  @Test
  void tokensFromAnEnvironmentVariableAndAHash_areReadWithTheirRoles() throws Exception {
    String hash = HexFormat.of().formatHex(new byte[32]);
    HssConfig c =
        load(
            "http:\n  api-tokens:\n"
                + "    - {name: ops, role: read-write, token-env: OPS_TOKEN}\n"
                + "    - {name: monitor, role: read-only, token-sha256: \""
                + hash
                + "\"}\n",
            Map.of("OPS_TOKEN", "ops-secret"));

    assertThat(c.http().tokens())
        .containsExactly(
            ApiToken.ofSecret("ops", "ops-secret", ApiToken.Role.READ_WRITE),
            ApiToken.ofSha256("monitor", hash, ApiToken.Role.READ_ONLY));
  }

  @Test
  void aTokenNamedDefaultBesideHssApiToken_isRefusedNamingTheKey() {
    assertThatThrownBy(
            () ->
                load(
                    "http:\n  api-tokens:\n    - {name: default, role: read-only, token: x}\n",
                    Map.of("HSS_API_TOKEN", "y")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("http.api-tokens");
  }

  @Test
  void anUnsetEnvironmentVariable_orAMissingRole_isRefusedNamingTheEntry() {
    assertThatThrownBy(
            () ->
                load(
                    "http:\n  api-tokens:\n    - {name: a, role: read-only, token-env: NOPE}\n",
                    Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("http.api-tokens[0]")
        .hasMessageContaining("NOPE");
    assertThatThrownBy(() -> load("http:\n  api-tokens:\n    - {name: a, token: x}\n", Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("role");
  }
}
