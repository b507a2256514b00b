package org.reactivehss.api;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.security.MessageDigest;
import java.util.List;
import org.reactivehss.store.AuditLog;

/**
 * Who may call the API (docs/api.md "Tokens and roles"): with tokens configured, a bearer token
 * must match one (401 otherwise), and a read-only token is refused every state-changing method
 * (403), before any handler reads the body. The request then goes on marked for the audit log with
 * the token's name ({@link AuditTrail}).
 */
final class ApiAccess implements Handler<RoutingContext> {
  private static final String BEARER = "Bearer ";

  private final List<ApiToken> tokens;
  private final boolean required;
  private final AuditLog audit;

  ApiAccess(ApiOptions options, AuditLog audit) {
    this.tokens = options.acceptedTokens();
    this.required = options.tokenRequired();
    this.audit = audit;
  }

  @Override
  public void handle(RoutingContext ctx) {
    String name = null;
    if (required) {
      ApiToken token = match(ctx.request().getHeader("Authorization"));
      if (token == null) {
        ctx.response().putHeader("WWW-Authenticate", "Bearer");
        Responses.error(ctx, 401, "Authorization", "a valid bearer token is required");
        return;
      }
      if (!token.mayChange() && AuditTrail.changes(ctx.request().method())) {
        Responses.error(ctx, 403, "Authorization", "this token is read-only");
        return;
      }
      name = token.name();
    }
    AuditTrail.capture(ctx, audit, name);
    ctx.next();
  }

  /**
   * Every configured digest is compared, whatever matched before, each in constant time: the timing
   * of the answer says neither which token nor how much of a guess was right.
   */
  private ApiToken match(String header) {
    if (header == null || !header.startsWith(BEARER)) {
      return null;
    }
    byte[] presented = ApiToken.digest(header.substring(BEARER.length()));
    ApiToken found = null;
    for (ApiToken token : tokens) {
      if (MessageDigest.isEqual(token.sha256(), presented) && found == null) {
        found = token;
      }
    }
    return found;
  }
}
