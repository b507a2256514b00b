package org.reactivehss.api;

import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import org.reactivehss.events.SubscriberChanged;
import org.reactivehss.identity.Identities;
import org.reactivehss.metrics.HssMetrics;
import org.reactivehss.metrics.ProvisioningWrite;
import org.reactivehss.store.SqnOverride;
import org.reactivehss.store.SubscriberSearch;
import org.reactivehss.store.SubscriberStore;

/**
 * The /api/v1/subscribers resource: PUT, GET, PATCH, DELETE one; GET pages through all. Every write
 * that committed is published as a {@link SubscriberChanged} (after the commit, never before), so
 * the Diameter applications can tell the serving MME and S-CSCF.
 */
final class SubscriberHandlers {
  static final String BASE = "/api/v1/subscribers";
  private static final int DEFAULT_PAGE = 100;
  private static final int MAX_PAGE = 1000;

  private static final DeliveryOptions PUBLISH = new DeliveryOptions().setLocalOnly(true);

  private final SubscriberStore subscribers;
  private final HssMetrics metrics;

  SubscriberHandlers(SubscriberStore subscribers, HssMetrics metrics) {
    this.subscribers = subscribers;
    this.metrics = metrics;
  }

  void mount(Router router) {
    router
        .route(BASE + "/:imsi")
        .handler(
            ctx -> {
              if (imsiInPath(ctx) != null) {
                ctx.next();
              }
            });
    router.get(BASE).handler(this::list);
    router.put(BASE + "/:imsi").handler(this::put);
    router.get(BASE + "/:imsi").handler(this::get);
    router.patch(BASE + "/:imsi").handler(this::patch);
    router.delete(BASE + "/:imsi").handler(this::delete);
  }

  private void put(RoutingContext ctx) {
    String imsi = ctx.pathParam("imsi");
    JsonObject body = bodyObject(ctx);
    if (body == null) {
      return;
    }
    try {
      SqnOverride override = SqnOverrideAudit.of(ctx, ProvisioningWrite.PUT, metrics);
      subscribers
          .put(
              SubscriberValidator.validate(body, imsi),
              override,
              AuditTrail.take(ctx, imsi, AuditTrail.requestFields(ctx)))
          .onSuccess(
              changed -> {
                publish(ctx, changed);
                boolean created = changed.change() == SubscriberChanged.Change.CREATED;
                Responses.json(ctx, created ? 201 : 200, new JsonObject().put("imsi", imsi));
              })
          .onFailure(failure -> Responses.failure(ctx, failure));
    } catch (ValidationFailure invalid) {
      Responses.failure(ctx, invalid);
    }
  }

  private void get(RoutingContext ctx) {
    String imsi = ctx.pathParam("imsi");
    subscribers
        .get(imsi)
        .onSuccess(
            document -> {
              if (document == null) {
                Responses.error(ctx, 404, "imsi", "no such subscriber");
              } else {
                Responses.json(ctx, 200, document);
              }
            })
        .onFailure(failure -> Responses.failure(ctx, failure));
  }

  private void patch(RoutingContext ctx) {
    String imsi = ctx.pathParam("imsi");
    JsonObject body = bodyObject(ctx);
    if (body == null) {
      return;
    }
    SqnOverride override;
    try {
      override = SqnOverrideAudit.of(ctx, ProvisioningWrite.PATCH, metrics);
    } catch (ValidationFailure invalid) {
      Responses.failure(ctx, invalid);
      return;
    }
    subscribers
        .patch(
            imsi,
            current -> SubscriberPatch.apply(current, body, imsi),
            override,
            AuditTrail.take(ctx, imsi, AuditTrail.requestFields(ctx)))
        .onSuccess(
            changed -> {
              if (changed != null) {
                publish(ctx, changed);
                Responses.json(ctx, 200, new JsonObject().put("imsi", imsi));
              } else {
                Responses.error(ctx, 404, "imsi", "no such subscriber");
              }
            })
        .onFailure(failure -> Responses.failure(ctx, failure));
  }

  private void delete(RoutingContext ctx) {
    String imsi = ctx.pathParam("imsi");
    subscribers
        .delete(imsi, AuditTrail.take(ctx, imsi, List.of()))
        .onSuccess(
            changed -> {
              if (changed != null) {
                publish(ctx, changed);
                ctx.response().setStatusCode(204).end();
              } else {
                Responses.error(ctx, 404, "imsi", "no such subscriber");
              }
            })
        .onFailure(failure -> Responses.failure(ctx, failure));
  }

  /**
   * Keyset paging: {@code cursor} is the nextCursor of the previous page, {@code limit} 1..1000; at
   * most one of imsiPrefix, msisdnPrefix, impuPrefix narrows the pages ({@link PrefixSearch}).
   */
  private void list(RoutingContext ctx) {
    String cursor = ctx.queryParams().get("cursor");
    if (cursor != null && !cursor.isEmpty() && !Identities.isImsi(cursor)) {
      // the cursor is the last IMSI of a page: anything else never came from us
      Responses.error(ctx, 400, "cursor", "must be the nextCursor of a previous page (an IMSI)");
      return;
    }
    String limitText = ctx.queryParams().get("limit");
    int limit = DEFAULT_PAGE;
    if (limitText != null) {
      if (!limitText.matches("[0-9]{1,4}")
          || Integer.parseInt(limitText) < 1
          || Integer.parseInt(limitText) > MAX_PAGE) {
        Responses.error(ctx, 400, "limit", "must be an integer in 1.." + MAX_PAGE);
        return;
      }
      limit = Integer.parseInt(limitText);
    }
    SubscriberSearch search;
    try {
      search = PrefixSearch.of(ctx.queryParams());
    } catch (ValidationFailure invalid) {
      Responses.failure(ctx, invalid);
      return;
    }
    int pageSize = limit;
    subscribers
        .page(cursor == null ? "" : cursor, pageSize, search)
        .onSuccess(
            items -> {
              JsonObject page = new JsonObject().put("items", items);
              page.put(
                  "nextCursor",
                  items.size() == pageSize
                      ? items.getJsonObject(items.size() - 1).getString("imsi")
                      : null);
              Responses.json(ctx, 200, page);
            })
        .onFailure(failure -> Responses.failure(ctx, failure));
  }

  /**
   * Published to every consumer (S6a and Cx each keep one); the local codec hands the record over.
   */
  static void publish(RoutingContext ctx, SubscriberChanged changed) {
    ctx.vertx().eventBus().publish(SubscriberChanged.ADDRESS, changed, PUBLISH);
  }

  /**
   * The IMSI of the path, or null after answering 400: it is compared with stored IMSIs, and a
   * value PostgreSQL refuses (a NUL) must not get that far (TS 23.003 §2.2, the stored form).
   */
  static String imsiInPath(RoutingContext ctx) {
    String imsi = ctx.pathParam("imsi");
    if (!Identities.isImsi(imsi)) {
      Responses.error(ctx, 400, "imsi", "must be 14 or 15 digits");
      return null;
    }
    return imsi;
  }

  /** The body as a JSON object, or null after answering 400. */
  static JsonObject bodyObject(RoutingContext ctx) {
    try {
      Object parsed = ctx.body().buffer() == null ? null : ctx.body().asJsonObject();
      if (parsed instanceof JsonObject json) {
        return json;
      }
    } catch (DecodeException | ClassCastException notJson) {
      // answered below
    }
    Responses.failure(
        ctx, new ValidationFailure(List.of(new FieldError("body", "must be a JSON object"))));
    return null;
  }
}
