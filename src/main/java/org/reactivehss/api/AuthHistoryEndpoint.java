package org.reactivehss.api;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.reactivehss.auth.Sqn;
import org.reactivehss.failure.FailureKind;
import org.reactivehss.failure.HssFailure;
import org.reactivehss.identity.Identities;
import org.reactivehss.store.AuthEvent;
import org.reactivehss.store.AuthEventLog;

/**
 * GET /api/v1/subscribers/{imsi}/auth-events?limit=n: the subscriber's newest resyncs and refused
 * AUTS (docs/sqn.md "Auth history"), newest first, SQN_HE before and after as SQN, SEQ and IND, the
 * interface and the peer that asked. What an operator reads when a handset loops on 401. Mounted
 * with the protected routes.
 */
public final class AuthHistoryEndpoint {
  public static final String PATH = "/api/v1/subscribers/:imsi/auth-events";
  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 1_000;

  private final AuthEventLog history;

  public AuthHistoryEndpoint(AuthEventLog history) {
    this.history = history;
  }

  public void mount(Router router) {
    router.get(PATH).handler(this::list);
  }

  private void list(RoutingContext ctx) {
    String imsi = ctx.pathParam("imsi");
    if (!Identities.isImsi(imsi)) {
      Responses.error(ctx, 400, "imsi", "must be an IMSI: 14 or 15 digits (TS 23.003 §2.2)");
      return;
    }
    int limit;
    try {
      String raw = ctx.queryParams().get("limit");
      limit = raw == null ? DEFAULT_LIMIT : Integer.parseInt(raw);
    } catch (NumberFormatException e) {
      limit = -1;
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      Responses.error(ctx, 400, "limit", "must be a whole number from 1 to " + MAX_LIMIT);
      return;
    }
    history
        .newest(imsi, limit)
        .onSuccess(
            events -> {
              JsonArray list = new JsonArray();
              events.forEach(e -> list.add(json(e)));
              Responses.json(ctx, 200, new JsonObject().put("imsi", imsi).put("events", list));
            })
        .onFailure(
            failure -> {
              if (failure instanceof HssFailure f && f.kind() == FailureKind.UNKNOWN_SUBSCRIBER) {
                Responses.error(ctx, 404, "imsi", "no such subscriber");
              } else {
                Responses.failure(ctx, failure);
              }
            });
  }

  private static JsonObject json(AuthEvent e) {
    return new JsonObject()
        .put("at", e.at().toString())
        .put("kind", e.kind().sql())
        .put("interface", e.iface().sql())
        .put("peer", e.peer())
        .put("sqnBefore", sqn(e.sqnBefore()))
        .put("sqnAfter", sqn(e.sqnAfter()));
  }

  private static JsonObject sqn(long value) {
    Sqn sqn = Sqn.of(value);
    return new JsonObject().put("sqn", value).put("seq", sqn.seq()).put("ind", sqn.ind());
  }
}
