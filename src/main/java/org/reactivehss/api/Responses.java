package org.reactivehss.api;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.reactivehss.auth.Sqn;
import org.reactivehss.failure.HssFailure;
import org.reactivehss.store.NoPartition;
import org.reactivehss.store.SqnLowered;
import org.reactivehss.store.SubscriberConflict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** JSON answers, and the one place failures become HTTP status codes. */
final class Responses {
  private static final Logger LOG = LoggerFactory.getLogger(Responses.class);

  private Responses() {}

  /** A state-changing call's audit row is written first ({@link AuditTrail}). */
  static void json(RoutingContext ctx, int status, JsonObject body) {
    AuditTrail.beforeAnswer(ctx, status, body)
        .onComplete(
            audited -> {
              if (!ctx.response().ended()) {
                ctx.response()
                    .setStatusCode(status)
                    .putHeader("Content-Type", "application/json")
                    .end(body.encode());
              }
            });
  }

  /** 204, after the audit row of the change it reports. */
  static void noContent(RoutingContext ctx) {
    AuditTrail.beforeAnswer(ctx, 204, null)
        .onComplete(
            audited -> {
              if (!ctx.response().ended()) {
                ctx.response().setStatusCode(204).end();
              }
            });
  }

  static void error(RoutingContext ctx, int status, String field, String reason) {
    json(ctx, status, errorBody(field, reason));
  }

  static JsonObject errorBody(String field, String reason) {
    return new JsonObject()
        .put("errors", new JsonArray().add(new FieldError(field, reason).toJson()));
  }

  /**
   * 400 for bad input, 409 for identities held elsewhere or an SQN below SQN_HE, 503 for storage
   * trouble.
   */
  static void failure(RoutingContext ctx, Throwable failure) {
    int status = statusOf(failure);
    json(ctx, status, bodyOf(failure));
  }

  static int statusOf(Throwable failure) {
    if (failure instanceof ValidationFailure || failure instanceof NoPartition) {
      return 400;
    }
    if (failure instanceof SubscriberConflict || failure instanceof SqnLowered) {
      return 409;
    }
    return 503;
  }

  static JsonObject bodyOf(Throwable failure) {
    if (failure instanceof ValidationFailure invalid) {
      return invalid.toJson();
    }
    if (failure instanceof NoPartition) {
      return errorBody("imsi", NoPartition.REASON);
    }
    if (failure instanceof SubscriberConflict conflict) {
      return errorBody(conflict.field(), conflict.getMessage());
    }
    if (failure instanceof SqnLowered lowered) {
      // SQN_HE is not secret (every AUTN carries an SQN, concealed only by AK); the client needs it
      // to
      // provision a value at or above it
      Sqn current = Sqn.of(lowered.current());
      JsonObject error =
          new FieldError(
                  "sqn",
                  "is below the stored SQN_HE "
                      + lowered.current()
                      + ": lowering it would issue SQNs again (give ?"
                      + SqnOverrideAudit.PARAMETER
                      + "="
                      + SqnOverrideAudit.LOWER
                      + " for lab recovery only; docs/sqn.md)")
              .toJson()
              .put("current", lowered.current())
              .put("currentSeq", current.seq())
              .put("currentInd", current.ind());
      return new JsonObject().put("errors", new JsonArray().add(error));
    }
    if (failure instanceof HssFailure known) {
      LOG.warn("Provisioning request failed: {} ({})", known.kind(), known.detail());
      return errorBody(null, known.kind().publicText());
    }
    LOG.error("Provisioning request failed unexpectedly: {}", failure.getClass().getName());
    return errorBody(null, "internal error");
  }
}
