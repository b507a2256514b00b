package org.reactivehss.app.cx;

import java.util.List;

/**
 * Cx settings ({@code cx.*} in conf/hss.yaml); {@link #defaults()} holds every default.
 *
 * @param mandatoryCapabilities Server-Capabilities / Mandatory-Capability values (TS 29.229 §6.3.5)
 *     sent when no S-CSCF is assigned, so that the I-CSCF can select one (TS 29.228 §6.1.1.1)
 * @param optionalCapabilities Server-Capabilities / Optional-Capability values
 * @param serverNames Server-Capabilities / Server-Name values: S-CSCFs the I-CSCF may pick directly
 * @param ifcTemplate path of an XML fragment with the InitialFilterCriteria of the generated IMS
 *     subscription, in which {@code ${impu}} is replaced by the (XML-escaped) public identity;
 *     empty for none. Read once at start.
 */
public record CxOptions(
    List<Long> mandatoryCapabilities,
    List<Long> optionalCapabilities,
    List<String> serverNames,
    String ifcTemplate) {

  public CxOptions {
    mandatoryCapabilities = List.copyOf(mandatoryCapabilities);
    optionalCapabilities = List.copyOf(optionalCapabilities);
    serverNames = List.copyOf(serverNames);
  }

  public static CxOptions defaults() {
    return new CxOptions(List.of(), List.of(), List.of(), "");
  }
}
