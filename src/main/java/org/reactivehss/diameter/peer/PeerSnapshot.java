package org.reactivehss.diameter.peer;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.Set;

/**
 * One connection as its own event loop saw it at one moment ({@link
 * PeerLink#snapshotFromAnyThread}): immutable, so it can cross to the thread that asked. {@code
 * state} is the RFC 6733 §5.6 state ({@link PeerState}), {@code address} the transport and the
 * peer's address as logs show it.
 */
public record PeerSnapshot(
    String originHost,
    String state,
    Set<Integer> applications,
    String address,
    boolean tls,
    Instant connectedSince,
    int inFlight) {

  /** Application names where this HSS knows them (s6a, cx ...), the numeric id otherwise. */
  public JsonObject toJson() {
    JsonArray names = new JsonArray();
    applications.stream()
        .sorted()
        .forEach(
            id -> {
              DiameterApplication known = DiameterApplication.byId(id);
              names.add(
                  known == null ? String.valueOf(Integer.toUnsignedLong(id)) : known.configName());
            });
    return new JsonObject()
        .put("originHost", originHost)
        .put("state", state)
        .put("applications", names)
        .put("address", address)
        .put("tls", tls)
        .put("connectedSince", connectedSince.toString())
        .put("inFlight", inFlight);
  }
}
