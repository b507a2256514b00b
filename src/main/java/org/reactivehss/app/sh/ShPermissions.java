package org.reactivehss.app.sh;

import io.vertx.core.Future;
import java.util.List;
import java.util.Set;
import org.reactivehss.bus.Deadline;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.dict.ResultCode;
import org.reactivehss.diameter.dict.ResultCodes;
import org.reactivehss.store.ShDataReference;
import org.reactivehss.store.ShPermission;

/**
 * The AS permission list check of TS 29.328 §6.2, first of every Sh request (§6.1.1.1, §6.1.2.1,
 * §6.1.3.1). An AS is known by its Origin-Host. An AS without a list may do nothing (deny by
 * default, docs/sh.md): a new AS gets access only when an operator provisions it. Each operation
 * has the refusal its clause names: UDR 5102 USER_DATA_CANNOT_BE_READ, PUR 5103
 * USER_DATA_CANNOT_BE_MODIFIED, SNR 5104 USER_DATA_CANNOT_BE_NOTIFIED.
 */
final class ShPermissions {
  enum Operation {
    READ(ResultCodes.Sh.DIAMETER_ERROR_USER_DATA_CANNOT_BE_READ),
    UPDATE(ResultCodes.Sh.DIAMETER_ERROR_USER_DATA_CANNOT_BE_MODIFIED),
    SUBSCRIBE(ResultCodes.Sh.DIAMETER_ERROR_USER_DATA_CANNOT_BE_NOTIFIED);

    final ResultCode refusal;

    Operation(ResultCode refusal) {
      this.refusal = refusal;
    }

    Set<ShDataReference> allowed(ShPermission p) {
      return switch (this) {
        case READ -> p.read();
        case UPDATE -> p.update();
        case SUBSCRIBE -> p.subscribe();
      };
    }
  }

  private ShPermissions() {}

  /** Null when the asking AS may do {@code operation} on every one of {@code references}. */
  static Future<ResultCode> check(
      ShContext sh,
      DiameterMessage request,
      Operation operation,
      List<ShDataReference> references,
      Deadline deadline) {
    return sh.store()
        .permission(UdrHandler.originHost(request), deadline)
        .map(
            permission ->
                permission != null && operation.allowed(permission).containsAll(references)
                    ? null
                    : operation.refusal);
  }
}
