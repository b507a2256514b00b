package org.reactivehss.app.s6a;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.reactivehss.diameter.dict.S6aCommands;
import org.reactivehss.store.S6aStore;

/**
 * Reset (TS 29.272 §5.2.2.1.4, RSR/RSA §7.2.15/§7.2.16), asked by an operator: one RSR to every MME
 * and SGSN host that has registered subscribers, after a restoration of the HSS's data, so that
 * they refresh what they hold at their next contact with each UE. No User-Id is sent: the list is
 * optional (§7.3.50), and without it the reset covers every subscriber the node has from this HSS.
 * Delivery, retries and outcome metrics are {@link MmeRequests}'.
 */
final class ResetSender {
  private final S6aStore store;
  private final MmeRequests requests;

  ResetSender(S6aStore store, MmeRequests requests) {
    this.store = store;
    this.requests = requests;
  }

  /** Completes with {@code {"hosts", "answered", "failed"}} once every RSR has ended. */
  Future<JsonObject> resetAll() {
    return store
        .registeredNodes()
        .compose(
            nodes -> {
              List<Future<Boolean>> sent = new ArrayList<>(nodes.size());
              for (String[] node : nodes) {
                sent.add(
                    requests
                        .send(S6aCommands.RESET, node[0], node[1], null, rsr -> rsr)
                        .map(rsa -> rsa.resultCode() / 1000 == 2)
                        .otherwise(false));
              }
              return Future.join(sent)
                  .transform(
                      done -> {
                        long answered = sent.stream().filter(f -> f.result()).count();
                        return Future.succeededFuture(
                            new JsonObject()
                                .put("hosts", nodes.size())
                                .put("answered", answered)
                                .put("failed", nodes.size() - answered));
                      });
            });
  }
}
