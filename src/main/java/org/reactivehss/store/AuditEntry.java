package org.reactivehss.store;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;

/**
 * One row of the provisioning audit log (docs/api.md "Audit log"). Carries the NAMES of the fields
 * a request set, never their values: an entry cannot leak K, OP or OPc because it never holds them.
 *
 * @param at when the change committed (null before it is written: the database's clock decides)
 * @param client the address and port the request came from
 * @param tokenName the name of the API token it presented, null when the API needs none
 * @param action what was done: create, replace, patch, delete, import, sqn-override, ...
 * @param subject what it was done to: an IMSI, an EIR rule id, an AS host; null for the whole HSS
 * @param fields names of the fields the request set, in the request's order
 * @param detail counts (an import, a reset) or SQN_HE before and after (sqn-override); may be null
 */
public record AuditEntry(
    long id,
    Instant at,
    String client,
    String tokenName,
    String action,
    String subject,
    List<String> fields,
    JsonObject detail) {

  public AuditEntry {
    fields = List.copyOf(fields);
  }

  /** An entry still to be written. */
  public static AuditEntry of(
      String client, String tokenName, String action, String subject, List<String> fields) {
    return new AuditEntry(0, null, client, tokenName, action, subject, fields, null);
  }

  public AuditEntry withAction(String action) {
    return new AuditEntry(id, at, client, tokenName, action, subject, fields, detail);
  }

  public AuditEntry withDetail(JsonObject detail) {
    return new AuditEntry(id, at, client, tokenName, action, subject, fields, detail);
  }
}
