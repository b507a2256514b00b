package org.reactivehss.api;

import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RequestBody;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reactivehss.store.AuditEntry;
import org.reactivehss.store.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts every state-changing API call that succeeded into the audit log (docs/api.md "Audit log").
 * {@link ApiAccess} marks each POST, PUT, PATCH and DELETE as pending with who sent it. A handler
 * whose change is one transaction of ours {@link #take}s the entry and writes it in that
 * transaction (subscriber create, replace, patch, delete: no change without its row, no row without
 * its change). Every other change is written by {@link #beforeAnswer} after it committed and before
 * its 2xx answer leaves; a crash between the two loses the row, which a failed audit write also
 * does (logged at ERROR, the answer still says what was done). Field names only, never values.
 */
final class AuditTrail {
  private static final Logger LOG = LoggerFactory.getLogger(AuditTrail.class);
  private static final String PENDING = "org.reactivehss.api.audit";

  private AuditTrail() {}

  private record Pending(AuditLog log, String client, String tokenName) {}

  static boolean changes(HttpMethod method) {
    return method == HttpMethod.POST
        || method == HttpMethod.PUT
        || method == HttpMethod.PATCH
        || method == HttpMethod.DELETE;
  }

  /** Marks a state-changing request as one to audit; {@code tokenName} null without tokens. */
  static void capture(RoutingContext ctx, AuditLog log, String tokenName) {
    if (log.enabled() && changes(ctx.request().method())) {
      SocketAddress remote = ctx.request().remoteAddress();
      String client = remote == null ? "unknown" : remote.host() + ":" + remote.port();
      ctx.put(PENDING, new Pending(log, client, tokenName));
    }
  }

  /**
   * The entry for a change the caller writes in its own transaction (its action set there), or null
   * when nothing is audited; the answer then writes no second row.
   */
  static AuditEntry take(RoutingContext ctx, String subject, List<String> fields) {
    Pending pending = ctx.remove(PENDING);
    return pending == null
        ? null
        : AuditEntry.of(pending.client(), pending.tokenName(), null, subject, fields);
  }

  /** Before answering {@code status} with {@code answer}: the row when a change succeeded. */
  static Future<Void> beforeAnswer(RoutingContext ctx, int status, JsonObject answer) {
    return beforeAnswer(ctx, status >= 200 && status < 300, answer, null);
  }

  /**
   * Writes the pending row when {@code changed}, with {@code detail} (counts); completes when it is
   * durable or failed, never failed itself.
   */
  static Future<Void> beforeAnswer(
      RoutingContext ctx, boolean changed, JsonObject answer, JsonObject detail) {
    Pending pending = ctx.remove(PENDING);
    if (pending == null || !changed) {
      return Future.succeededFuture();
    }
    AuditEntry entry =
        AuditEntry.of(
                pending.client(),
                pending.tokenName(),
                action(ctx),
                subject(ctx, answer),
                requestFields(ctx))
            .withDetail(detail);
    return pending
        .log()
        .record(entry)
        .recover(
            failure -> {
              LOG.error(
                  "AUDIT row not written for {} on {} from {}: {}",
                  entry.action(),
                  entry.subject(),
                  entry.client(),
                  failure.getMessage());
              return Future.succeededFuture();
            });
  }

  /** A short name for the routes we know, "METHOD /path/:param" for any other. */
  static String action(RoutingContext ctx) {
    Route route = ctx.currentRoute();
    String path = route == null || route.getPath() == null ? ctx.normalizedPath() : route.getPath();
    boolean delete = ctx.request().method() == HttpMethod.DELETE;
    return switch (path) {
      case BulkImport.PATH -> "import";
      case ImsDeregistration.PATH -> "ims-deregister";
      case SwxDeregistration.PATH -> "swx-deregister";
      case ResetEndpoint.PATH -> "reset";
      case KeyResealEndpoint.PATH -> "key-reseal";
      case EirEndpoints.RULES -> "eir-rule-create";
      case EirEndpoints.RULES + "/:id" -> delete ? "eir-rule-delete" : "eir-rule-status";
      case ShEndpoints.PERMISSIONS -> delete ? "sh-permission-delete" : "sh-permission-put";
      case ShEndpoints.REPOSITORY -> delete ? "sh-repository-delete" : "sh-repository-put";
      default -> ctx.request().method().name() + " " + path;
    };
  }

  /** The IMSI of the path, else its other parameters, else the id the answer gave (a new rule). */
  private static String subject(RoutingContext ctx, JsonObject answer) {
    Map<String, String> params = ctx.pathParams();
    if (params.containsKey("imsi")) {
      return params.get("imsi");
    }
    if (params.containsKey("identity")) {
      return params.get("identity") + "/" + params.get("serviceIndication");
    }
    if (!params.isEmpty()) {
      return String.join("/", params.values());
    }
    Object id = answer == null ? null : answer.getValue("id");
    return id == null ? null : id.toString();
  }

  /** The top-level names of a JSON object body; nothing for other bodies (an import's lines). */
  static List<String> requestFields(RoutingContext ctx) {
    try {
      RequestBody body = ctx.body();
      if (body != null && body.buffer() != null && body.asJsonObject() != null) {
        return new ArrayList<>(body.asJsonObject().fieldNames());
      }
    } catch (RuntimeException notAnObject) {
      // a body that is not a JSON object names no fields
    }
    return List.of();
  }
}
