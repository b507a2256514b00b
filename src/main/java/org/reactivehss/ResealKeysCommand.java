package org.reactivehss;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.reactivehss.config.HssConfig;
import org.reactivehss.store.ResealResult;
import org.reactivehss.store.Storage;

/**
 * {@code java -jar hss.jar reseal-keys [--config file]}: the rotation's re-sealing step without a
 * running HSS (docs/storage.md). Starts storage with the configured keys (for the embedded mode, on
 * its data directory: stop the HSS first), re-seals every subscriber under the current key id,
 * prints the counts as JSON and exits 0 when every subscriber is readable, 1 otherwise. Against a
 * running HSS use POST /api/v1/admin/keys/reseal instead.
 */
final class ResealKeysCommand {
  static final String NAME = "reseal-keys";

  private ResealKeysCommand() {}

  /** Runs on the main thread, which may wait: it is not an event loop. */
  static int run(HssConfig config) {
    Vertx vertx = Vertx.vertx();
    try {
      ResealResult result =
          Storage.start(vertx, config.db())
              .compose(storage -> storage.resealKeys().eventually(storage::close))
              .await();
      System.out.println(
          new JsonObject()
              .put("resealed", result.resealed())
              .put("unopenable", result.unopenable())
              .put("currentKeyId", result.currentKeyId())
              .put("problems", new JsonArray(result.problems()))
              .encode());
      return result.problems().isEmpty() && result.unopenable() == 0 ? 0 : 1;
    } catch (RuntimeException e) {
      System.err.println("reactive-hss reseal-keys: " + e.getMessage());
      return 1;
    } finally {
      vertx.close().await();
    }
  }
}
