package org.reactivehss;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.reactivehss.store.TestDatabase.NEW_KEY;

import io.vertx.core.Vertx;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.config.ConfigLoader;
import org.reactivehss.store.Storage;
import org.reactivehss.store.StoreOptions;
import org.reactivehss.store.SubscriberRepository;
import org.reactivehss.store.TestDatabase;
import org.reactivehss.store.TestSubscribers;

/**
 * GIVEN subscribers under key id 1, WHEN the operator runs {@code reseal-keys} with key 2 current
 * and 1 retired, THEN key 1 can be removed from the configuration.
 */
@Timeout(value = 90, unit = SECONDS)
class ResealKeysCommandTest {
  @Test
  void resealKeys_movesEverySubscriberToTheCurrentKey_soTheRetiredKeyCanBeRemoved()
      throws Exception {
    StoreOptions keyOne = TestDatabase.get().newDatabase();
    Vertx vertx = Vertx.vertx();
    try {
      Storage before = Storage.start(vertx, keyOne).await(30, SECONDS);
      new SubscriberRepository(before)
          .put(TestSubscribers.withSqn(TestSubscribers.imsi(970), 0L))
          .await(5, SECONDS);
      before.close().await(10, SECONDS);
      String url =
          "postgresql://postgres@localhost:" + TestDatabase.get().port() + "/" + keyOne.database();

      int exit =
          ResealKeysCommand.run(
              ConfigLoader.load(
                  new String[0],
                  Map.of(
                      "HSS_DB_URL",
                      url,
                      "HSS_KEY_ENCRYPTION_KEY",
                      NEW_KEY,
                      "HSS_SECURITY_KEY_ID",
                      "2",
                      "HSS_SECURITY_RETIRED_KEYS",
                      "1:" + TestDatabase.TEST_KEY)));

      Storage after = Storage.start(vertx, keyOne.withKey(NEW_KEY, 2, Map.of())).await(30, SECONDS);
      try {
        assertThat(exit).isZero();
        assertThat(after.keysVerified().succeeded()).isTrue();
        assertThat(
                after
                    .directStore()
                    .reserve(TestSubscribers.imsi(970), 1)
                    .await(5, SECONDS)
                    .firstSqn())
            .isEqualTo(1);
      } finally {
        after.close().await(10, SECONDS);
      }
    } finally {
      vertx.close().await(10, SECONDS);
    }
  }
}
