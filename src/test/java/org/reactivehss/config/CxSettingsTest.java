package org.reactivehss.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reactivehss.app.cx.CxOptions;

class CxSettingsTest {

  @Test
  void environment_setsServerCapabilitiesAndTemplate() {
    CxOptions cx =
        ConfigLoader.load(
                new String[0],
                Map.of(
                    "HSS_CX_SERVER_CAPABILITIES_MANDATORY", "1,2",
                    "HSS_CX_SERVER_CAPABILITIES_OPTIONAL", "7",
                    "HSS_CX_SERVER_CAPABILITIES_SERVER_NAMES",
                        "sip:scscf1.localdomain,sip:scscf2.localdomain",
                    "HSS_CX_IFC_TEMPLATE", "conf/ifc.xml"))
            .cx();
    assertThat(cx)
        .isEqualTo(
            new CxOptions(
                List.of(1L, 2L),
                List.of(7L),
                List.of("sip:scscf1.localdomain", "sip:scscf2.localdomain"),
                "conf/ifc.xml"));
  }

  @Test
  void capabilityNotANumber_namesTheKey() {
    assertThatThrownBy(
            () ->
                ConfigLoader.load(
                    new String[0], Map.of("HSS_CX_SERVER_CAPABILITIES_MANDATORY", "x")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("cx.server-capabilities.mandatory");
  }
}
