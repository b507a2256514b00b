package org.reactivehss.api;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.reactivehss.identity.Identities;
import org.reactivehss.identity.Imei;
import org.reactivehss.store.EirRule;
import org.reactivehss.store.EquipmentStatus;

/**
 * An EIR rule as the API takes it (docs/api.md "EIR rules"): exactly one of {@code imei} (14-16
 * digits; its first 14, TAC + SNR, are kept: {@link Imei}) and {@code tac} (8 digits); {@code imsi}
 * only with {@code imei}; {@code status} permitted, prohibited or tracking. Every problem is named
 * by its field; nothing else is accepted.
 */
final class EirRuleValidator {
  private static final Set<String> FIELDS = Set.of("imei", "tac", "imsi", "status");

  private EirRuleValidator() {}

  /** The rule in {@code body}, or a {@link ValidationFailure} naming every bad field. */
  static EirRule rule(JsonObject body) {
    List<FieldError> errors = new ArrayList<>();
    for (String name : body.fieldNames()) {
      if (!FIELDS.contains(name)) {
        errors.add(new FieldError(name, "is not a field of an EIR rule"));
      }
    }
    String imei = text(body, "imei", errors);
    String tac = text(body, "tac", errors);
    String imsi = text(body, "imsi", errors);
    String key = Imei.key(imei);
    if (imei != null && key == null) {
      errors.add(new FieldError("imei", "must be 14 to 16 digits (TS 23.003 §6.2)"));
    }
    if (tac != null && !Imei.isTac(tac)) {
      errors.add(new FieldError("tac", "must be 8 digits (the Type Allocation Code)"));
    }
    if (imei == null && tac == null) {
      errors.add(new FieldError("imei", "give exactly one of imei and tac"));
    } else if (imei != null && tac != null) {
      errors.add(new FieldError("tac", "give exactly one of imei and tac"));
    }
    if (imsi != null && !Identities.isImsi(imsi)) {
      errors.add(new FieldError("imsi", "must be 14 or 15 digits"));
    } else if (imsi != null && imei == null) {
      errors.add(new FieldError("imsi", "binds an imei rule: give imei with it"));
    }
    EquipmentStatus status = status(body, errors);
    if (!errors.isEmpty()) {
      throw new ValidationFailure(errors);
    }
    return new EirRule(0, key, tac, imsi, status);
  }

  /** The status of {@code body}, required, or null after adding the error. */
  static EquipmentStatus status(JsonObject body, List<FieldError> errors) {
    Object raw = body.getValue("status");
    EquipmentStatus status = raw instanceof String s ? EquipmentStatus.named(s) : null;
    if (status == null) {
      errors.add(new FieldError("status", "must be permitted, prohibited or tracking"));
    }
    return status;
  }

  private static String text(JsonObject body, String field, List<FieldError> errors) {
    Object raw = body.getValue(field);
    if (raw == null || raw instanceof String) {
      return (String) raw;
    }
    errors.add(new FieldError(field, "must be a string of digits"));
    return null;
  }
}
