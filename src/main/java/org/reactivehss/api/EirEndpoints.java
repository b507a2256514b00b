package org.reactivehss.api;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import org.reactivehss.identity.Imei;
import org.reactivehss.store.EirCheck;
import org.reactivehss.store.EirRule;
import org.reactivehss.store.EirRules;
import org.reactivehss.store.EirStore;
import org.reactivehss.store.EquipmentStatus;

/**
 * The EIR under /api/v1/eir (docs/api.md "EIR", docs/s13.md): the rules an ME Identity Check is
 * answered from ({@code rules}: create, list, read, change the status, delete) and the log of
 * checks of one IMEI ({@code checks?imei=}, newest first). Lists are keyset-paged by id.
 */
public final class EirEndpoints {
  static final String RULES = "/api/v1/eir/rules";
  static final String CHECKS = "/api/v1/eir/checks";
  private static final int DEFAULT_PAGE = 100;
  private static final int MAX_PAGE = 1000;

  private final EirRules rules;
  private final EirStore checks;

  public EirEndpoints(EirRules rules, EirStore checks) {
    this.rules = rules;
    this.checks = checks;
  }

  public void mount(Router router) {
    router.post(RULES).handler(this::create);
    router.get(RULES).handler(this::list);
    router.get(RULES + "/:id").handler(this::read);
    router.patch(RULES + "/:id").handler(this::setStatus);
    router.delete(RULES + "/:id").handler(this::delete);
    router.get(CHECKS).handler(this::checks);
  }

  private void create(RoutingContext ctx) {
    JsonObject body = SubscriberHandlers.bodyObject(ctx);
    if (body == null) {
      return;
    }
    try {
      rules
          .create(EirRuleValidator.rule(body))
          .onSuccess(rule -> Responses.json(ctx, 201, json(rule)))
          .onFailure(failure -> Responses.failure(ctx, failure));
    } catch (ValidationFailure invalid) {
      Responses.failure(ctx, invalid);
    }
  }

  private void list(RoutingContext ctx) {
    Long after = number(ctx, "cursor", 0);
    Integer limit = limit(ctx);
    if (after == null || limit == null) {
      return;
    }
    rules
        .page(after, limit)
        .onSuccess(
            page -> {
              JsonArray items = new JsonArray();
              page.forEach(rule -> items.add(json(rule)));
              Responses.json(ctx, 200, paged(items, page.size() == limit, page, EirRule::id));
            })
        .onFailure(failure -> Responses.failure(ctx, failure));
  }

  private void read(RoutingContext ctx) {
    Long id = id(ctx);
    if (id != null) {
      rules
          .get(id)
          .onSuccess(rule -> found(ctx, rule))
          .onFailure(failure -> Responses.failure(ctx, failure));
    }
  }

  /** Only the status changes: a rule's key is what it is, so another key is another rule. */
  private void setStatus(RoutingContext ctx) {
    Long id = id(ctx);
    JsonObject body = id == null ? null : SubscriberHandlers.bodyObject(ctx);
    if (body == null) {
      return;
    }
    List<FieldError> errors = new ArrayList<>();
    body.fieldNames().stream()
        .filter(name -> !name.equals("status"))
        .forEach(name -> errors.add(new FieldError(name, "cannot change: delete the rule")));
    EquipmentStatus status = EirRuleValidator.status(body, errors);
    if (!errors.isEmpty()) {
      Responses.failure(ctx, new ValidationFailure(errors));
      return;
    }
    rules
        .setStatus(id, status)
        .onSuccess(rule -> found(ctx, rule))
        .onFailure(failure -> Responses.failure(ctx, failure));
  }

  private void delete(RoutingContext ctx) {
    Long id = id(ctx);
    if (id != null) {
      rules
          .delete(id)
          .onSuccess(
              deleted -> {
                if (deleted) {
                  Responses.noContent(ctx);
                } else {
                  Responses.error(ctx, 404, "id", "no such rule");
                }
              })
          .onFailure(failure -> Responses.failure(ctx, failure));
    }
  }

  private void checks(RoutingContext ctx) {
    String imei = Imei.key(ctx.queryParams().get("imei"));
    if (imei == null) {
      Responses.error(ctx, 400, "imei", "must be 14 to 16 digits (TS 23.003 §6.2)");
      return;
    }
    Long before = number(ctx, "cursor", Long.MAX_VALUE);
    Integer limit = limit(ctx);
    if (before == null || limit == null) {
      return;
    }
    checks
        .checks(imei, before, limit)
        .onSuccess(
            page -> {
              JsonArray items = new JsonArray();
              page.forEach(check -> items.add(json(check)));
              Responses.json(ctx, 200, paged(items, page.size() == limit, page, EirCheck::id));
            })
        .onFailure(failure -> Responses.failure(ctx, failure));
  }

  private static <T> JsonObject paged(
      JsonArray items, boolean full, List<T> page, java.util.function.ToLongFunction<T> id) {
    return new JsonObject()
        .put("items", items)
        .put("nextCursor", full ? String.valueOf(id.applyAsLong(page.get(page.size() - 1))) : null);
  }

  private static void found(RoutingContext ctx, EirRule rule) {
    if (rule == null) {
      Responses.error(ctx, 404, "id", "no such rule");
    } else {
      Responses.json(ctx, 200, json(rule));
    }
  }

  private static Long id(RoutingContext ctx) {
    String text = ctx.pathParam("id");
    if (text == null || !text.matches("[1-9][0-9]{0,17}")) {
      Responses.error(ctx, 400, "id", "must be a rule id (a positive integer)");
      return null;
    }
    return Long.parseLong(text);
  }

  /** The query parameter as a non-negative id, {@code absent} when missing, null after a 400. */
  private static Long number(RoutingContext ctx, String name, long absent) {
    String text = ctx.queryParams().get(name);
    if (text == null || text.isEmpty()) {
      return absent;
    }
    if (!text.matches("[0-9]{1,18}")) {
      Responses.error(ctx, 400, name, "must be the nextCursor of a previous page");
      return null;
    }
    return Long.parseLong(text);
  }

  private static Integer limit(RoutingContext ctx) {
    String text = ctx.queryParams().get("limit");
    if (text == null) {
      return DEFAULT_PAGE;
    }
    if (!text.matches("[0-9]{1,4}")
        || Integer.parseInt(text) < 1
        || Integer.parseInt(text) > MAX_PAGE) {
      Responses.error(ctx, 400, "limit", "must be an integer in 1.." + MAX_PAGE);
      return null;
    }
    return Integer.parseInt(text);
  }

  static JsonObject json(EirRule rule) {
    return new JsonObject()
        .put("id", rule.id())
        .put("imei", rule.imei())
        .put("tac", rule.tac())
        .put("imsi", rule.imsi())
        .put("status", rule.status().apiName());
  }

  static JsonObject json(EirCheck check) {
    return new JsonObject()
        .put("id", check.id())
        .put("imei", check.imei())
        .put("softwareVersion", check.softwareVersion())
        .put("imsi", check.imsi())
        .put("originHost", check.originHost())
        .put("command", check.command())
        .put("ruleId", check.ruleId())
        .put("result", check.result())
        .put("checkedAt", check.checkedAt().toInstant().toString());
  }
}
