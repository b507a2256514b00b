package org.reactivehss.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The startup line "effective configuration: ..." prints {@link HssConfig#toString()}: every
 * setting an operator needs to check, and none of the secrets that came in through the environment.
 */
class EffectiveConfigurationTest {
  private static final String TOKEN = "api-token-Zq81";
  private static final String PASSWORD = "db-password-Xy77";
  private static final String URL_PASSWORD = "url-password-Kp55";
  private static final String KEK =
      "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0";
  private static final String RETIRED =
      "ab1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1ab";

  @Test
  void printout_namesTheSettings_butNoSecret() {
    HssConfig withUrl =
        ConfigLoader.load(
            new String[0],
            Map.of(
                "HSS_API_TOKEN",
                TOKEN,
                "HSS_DB_URL",
                "postgresql://hss:" + URL_PASSWORD + "@db:5432/hss",
                "HSS_DB_PASSWORD",
                PASSWORD,
                "HSS_KEY_ENCRYPTION_KEY",
                KEK,
                "HSS_SECURITY_RETIRED_KEYS",
                "1:" + RETIRED,
                "HSS_SECURITY_KEY_ID",
                "2",
                "HSS_METRICS_ENABLED",
                "false"));
    HssConfig pieceByPiece =
        ConfigLoader.load(
            new String[0],
            Map.of(
                "HSS_DB_EMBEDDED", "false",
                "HSS_DB_PASSWORD", PASSWORD,
                "HSS_KEY_ENCRYPTION_KEY", KEK));

    for (HssConfig config : new HssConfig[] {withUrl, pieceByPiece}) {
      String printed = config.toString();
      assertThat(printed)
          .contains("originHost=hss.localdomain")
          .contains("port=3868")
          .contains("poolSize=8");
      assertThat(printed)
          .doesNotContain(TOKEN, PASSWORD, URL_PASSWORD, KEK, RETIRED)
          .doesNotContain(KEK.substring(0, 16))
          .doesNotContain(RETIRED.substring(0, 16));
    }
    assertThat(withUrl.toString()).contains("token=<set>").contains("enabled=false");
  }
}
