package org.reactivehss.api;

import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Set;
import org.reactivehss.store.Subscriber;

/**
 * PATCH semantics: each top-level field given replaces the stored one (null clears an optional
 * one); fields not given keep their value, SQN_HE included. Giving "op" or "opc" replaces the
 * operator key whichever kind was stored.
 */
final class SubscriberPatch {
  /** Shown by GET, owned by the HSS itself, never written through the API. */
  static final Set<String> READ_ONLY =
      Set.of(
          "keyType",
          "servingMme",
          "purgedByMme",
          "servingSgsn",
          "purgedBySgsn",
          "imei",
          "softwareVersion",
          "aaaServerName");

  private static final Set<String> READ_ONLY_IMS = Set.of("scscfName", "registrationStates");

  private SubscriberPatch() {}

  static Subscriber apply(JsonObject current, JsonObject patch, String imsi) {
    for (String field : patch.fieldNames()) {
      if (READ_ONLY.contains(field)) {
        throw new ValidationFailure(List.of(new FieldError(field, "is read-only")));
      }
    }
    JsonObject merged = current.copy();
    READ_ONLY.forEach(merged::remove);
    merged.remove("sqn");
    if (merged.getValue("ims") instanceof JsonObject ims) {
      READ_ONLY_IMS.forEach(ims::remove);
    }
    if (patch.containsKey("op") || patch.containsKey("opc")) {
      merged.remove("op");
      merged.remove("opc");
    }
    patch.forEach(entry -> merged.put(entry.getKey(), entry.getValue()));
    stripNulls(merged);
    return SubscriberValidator.validate(merged, imsi);
  }

  /**
   * The stored document spells absent optional values as null; the validator treats null as absent.
   */
  private static void stripNulls(JsonObject json) {
    json.fieldNames().removeIf(name -> json.getValue(name) == null);
  }
}
