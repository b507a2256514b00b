package org.reactivehss.app.sh;

import io.vertx.core.Future;
import io.vertx.core.eventbus.Message;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.peer.DiameterBus;
import org.reactivehss.diameter.peer.ImsiRange;
import org.reactivehss.metrics.PeerRefusal;
import org.reactivehss.store.ShUser;

/**
 * The Sh user lookup as the asking peer may see it ({@code diameter.peers[].imsi-prefixes}). Sh
 * names a user by IMPU or MSISDN; the IMSI is known only once the lookup has found it, so the
 * peer's range is checked here, before anything is read or written. A user outside the range is
 * answered exactly as an unknown one (5001, TS 29.328 §6.1.1.1) and counted as the peer layer's
 * refusals are (reason imsi_range), as Cx does.
 */
final class GrantedLookups {
  private GrantedLookups() {}

  static Future<ShUser.Lookup> identify(
      ShContext sh, Message<DiameterMessage> message, ShUserIdentity identity) {
    Future<ShUser.Lookup> lookup =
        sh.store()
            .identify(identity.impu(), identity.msisdn(), DiameterBus.deadline(message.body()));
    ImsiRange range = ImsiRange.of(message);
    if (range.prefixes().isEmpty()) {
      return lookup;
    }
    return lookup.map(
        found -> {
          if (found.outcome() == ShUser.Outcome.FOUND && !range.covers(found.user().imsi())) {
            sh.metrics().peerRefused(PeerRefusal.IMSI_RANGE);
            return new ShUser.Lookup(ShUser.Outcome.UNKNOWN, null);
          }
          return found;
        });
  }
}
