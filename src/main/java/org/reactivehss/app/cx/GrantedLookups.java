package org.reactivehss.app.cx;

import io.vertx.core.Future;
import io.vertx.core.eventbus.Message;
import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.CommandDef;
import org.reactivehss.diameter.dict.Commands;
import org.reactivehss.diameter.peer.DiameterBus;
import org.reactivehss.diameter.peer.ImsiRange;
import org.reactivehss.metrics.PeerRefusal;
import org.reactivehss.store.ImsLookup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Cx identity lookups as the asking peer may see them ({@code diameter.peers[].imsi-prefixes}).
 * Cx names a subscriber by IMPI and IMPU; the IMSI behind them is known only once the lookup has
 * found them, so the peer's range is checked here, before a handler reserves an SQN, stores an
 * S-CSCF name, changes a registration or reveals anything of the subscription. A subscriber outside
 * the range gets {@link ImsLookup.Outcome#OUTSIDE_RANGE}, answered exactly as an unknown one
 * (Experimental-Result 5001, TS 29.229 §6.2.2.1): a restricted peer cannot tell which identities
 * exist beyond its range (docs/diameter.md). The refusal is counted as the peer layer's are (reason
 * imsi_range).
 */
final class GrantedLookups {
  private static final Logger log = LoggerFactory.getLogger(GrantedLookups.class);

  private GrantedLookups() {}

  /** UAR, MAR, SAR: the IMPI, and the IMPU when given (null otherwise). */
  static Future<ImsLookup> byIdentities(
      CxContext cx, Message<DiameterMessage> message, String impi, String impu) {
    return seenBy(
        cx, message, cx.store().byIdentities(impi, impu, DiameterBus.deadline(message.body())));
  }

  /** LIR, and SAR without User-Name. */
  static Future<ImsLookup> byPublicIdentity(
      CxContext cx, Message<DiameterMessage> message, String impu) {
    return seenBy(
        cx, message, cx.store().byPublicIdentity(impu, DiameterBus.deadline(message.body())));
  }

  private static Future<ImsLookup> seenBy(
      CxContext cx, Message<DiameterMessage> message, Future<ImsLookup> lookup) {
    ImsiRange range = ImsiRange.of(message);
    if (range.prefixes().isEmpty()) {
      return lookup;
    }
    return lookup.map(
        found -> {
          ImsLookup seen = found.seenBy(range::covers);
          if (seen.outcome() == ImsLookup.Outcome.OUTSIDE_RANGE) {
            cx.metrics().peerRefused(PeerRefusal.IMSI_RANGE);
            // DEBUG only: an I-CSCF routing calls asks LIR for any called user, so these can come
            // at call
            // rate; the counter shows them, and the identity itself is never logged
            if (log.isDebugEnabled()) {
              DiameterMessage request = message.body();
              Avp origin = request.first(BaseAvps.ORIGIN_HOST);
              CommandDef command = Commands.byCode(request.applicationId(), request.commandCode());
              log.debug(
                  "{} asked {} about a subscriber outside its imsi-prefixes; answered as unknown",
                  origin == null ? "a peer" : origin.asUtf8(),
                  command == null ? request.commandCode() : command.requestAbbreviation());
            }
          }
          return seen;
        });
  }
}
