package org.reactivehss.api;

import io.vertx.core.MultiMap;
import java.util.ArrayList;
import java.util.List;
import org.reactivehss.store.SubscriberSearch;
import org.reactivehss.store.SubscriberSearch.Field;

/**
 * The prefix filters of GET /api/v1/subscribers (docs/api.md): {@code imsiPrefix} and {@code
 * msisdnPrefix} are 1 to 15 digits (TS 23.003 §2.2, §3.3), {@code impuPrefix} 1 to 255 printable
 * ASCII characters (a SIP or tel URI, TS 23.003 §13.4); one at a time.
 */
final class PrefixSearch {
  static final String IMSI = "imsiPrefix";
  static final String MSISDN = "msisdnPrefix";
  static final String IMPU = "impuPrefix";

  private PrefixSearch() {}

  /** Null when no prefix is given. */
  static SubscriberSearch of(MultiMap query) throws ValidationFailure {
    List<FieldError> errors = new ArrayList<>();
    List<SubscriberSearch> given = new ArrayList<>();
    digits(query.get(IMSI), IMSI, Field.IMSI, errors, given);
    digits(query.get(MSISDN), MSISDN, Field.MSISDN, errors, given);
    String impu = query.get(IMPU);
    if (impu != null) {
      if (impu.isEmpty()
          || impu.length() > 255
          || !impu.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
        errors.add(new FieldError(IMPU, "must be 1 to 255 printable ASCII characters"));
      } else {
        given.add(new SubscriberSearch(Field.IMPU, impu));
      }
    }
    if (errors.isEmpty() && given.size() > 1) {
      errors.add(new FieldError(IMSI, "give one of imsiPrefix, msisdnPrefix, impuPrefix"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationFailure(errors);
    }
    return given.isEmpty() ? null : given.get(0);
  }

  private static void digits(
      String value,
      String name,
      Field field,
      List<FieldError> errors,
      List<SubscriberSearch> given) {
    if (value == null) {
      return;
    }
    if (!value.matches("[0-9]{1,15}")) {
      errors.add(new FieldError(name, "must be 1 to 15 digits"));
    } else {
      given.add(new SubscriberSearch(field, value));
    }
  }
}
