package org.reactivehss.api;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.reactivehss.identity.Identities;
import org.reactivehss.store.AuditEntry;
import org.reactivehss.store.AuditLog;

/**
 * GET /api/v1/audit: the provisioning audit log, newest first, in pages (docs/api.md "Audit log").
 * {@code cursor} is the nextCursor of the previous page, {@code limit} 1..1000, {@code imsi} keeps
 * one subscriber's rows, {@code since} (an ISO-8601 instant) those written at or after it.
 */
final class AuditEndpoint {
  static final String PATH = "/api/v1/audit";
  private static final int DEFAULT_PAGE = 100;
  private static final int MAX_PAGE = 1000;

  private final AuditLog log;

  AuditEndpoint(AuditLog log) {
    this.log = log;
  }

  void mount(Router router) {
    router.get(PATH).handler(this::list);
  }

  private void list(RoutingContext ctx) {
    String cursor = ctx.queryParams().get("cursor");
    if (cursor != null && !cursor.isEmpty() && !cursor.matches("[0-9]{1,18}")) {
      Responses.error(ctx, 400, "cursor", "must be the nextCursor of a previous page");
      return;
    }
    String limitText = ctx.queryParams().get("limit");
    if (limitText != null
        && (!limitText.matches("[0-9]{1,4}")
            || Integer.parseInt(limitText) < 1
            || Integer.parseInt(limitText) > MAX_PAGE)) {
      Responses.error(ctx, 400, "limit", "must be an integer in 1.." + MAX_PAGE);
      return;
    }
    String imsi = ctx.queryParams().get("imsi");
    if (imsi != null && !Identities.isImsi(imsi)) {
      Responses.error(ctx, 400, "imsi", "must be 14 or 15 digits");
      return;
    }
    Instant since;
    try {
      String text = ctx.queryParams().get("since");
      since = text == null ? null : Instant.parse(text);
    } catch (DateTimeParseException e) {
      Responses.error(ctx, 400, "since", "must be an ISO-8601 instant (2026-12-02T11:45:00Z)");
      return;
    }
    int limit = limitText == null ? DEFAULT_PAGE : Integer.parseInt(limitText);
    Long before = cursor == null || cursor.isEmpty() ? null : Long.valueOf(cursor);
    log.page(before, imsi, since, limit)
        .onSuccess(
            entries -> {
              JsonArray items = new JsonArray();
              entries.forEach(e -> items.add(json(e)));
              String next =
                  entries.size() == limit ? Long.toString(entries.get(limit - 1).id()) : null;
              Responses.json(
                  ctx, 200, new JsonObject().put("items", items).put("nextCursor", next));
            })
        .onFailure(failure -> Responses.failure(ctx, failure));
  }

  private static JsonObject json(AuditEntry e) {
    return new JsonObject()
        .put("id", Long.toString(e.id()))
        .put("at", e.at().toString())
        .put("client", e.client())
        .put("token", e.tokenName())
        .put("action", e.action())
        .put("subject", e.subject())
        .put("fields", new JsonArray(e.fields()))
        .put("detail", e.detail());
  }
}
