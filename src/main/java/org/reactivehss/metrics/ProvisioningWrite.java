package org.reactivehss.metrics;

import java.util.Locale;

/** The provisioning API's writes, as a tag: which kind of request lowered SQN_HE by override. */
public enum ProvisioningWrite {
  PUT,
  PATCH,
  IMPORT;

  String tag() {
    return name().toLowerCase(Locale.ROOT);
  }
}
