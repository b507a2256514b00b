package org.reactivehss.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.reactivehss.failure.FailureKind;
import org.reactivehss.failure.HssFailure;

class StoreErrorsTest {

  @Test
  void aTimeoutBecomesTimeout() {
    assertThat(StoreErrors.map(new TimeoutException("late")).kind())
        .isEqualTo(FailureKind.TIMED_OUT);
  }

  @Test
  void aCancelledStatementBecomesTimeout() {
    PgException cancelled =
        new PgException("canceling statement due to statement timeout", "ERROR", "57014", null);

    assertThat(StoreErrors.map(cancelled).kind()).isEqualTo(FailureKind.TIMED_OUT);
  }

  @Test
  void anotherServerErrorBecomesUnavailableWithoutTheServerMessage() {
    PgException refused =
        new PgException("duplicate key value (imsi)=(001010000000001)", "ERROR", "23505", null);

    HssFailure mapped = StoreErrors.map(refused);

    assertThat(mapped.kind()).isEqualTo(FailureKind.STORAGE_UNAVAILABLE);
    assertThat(mapped.getMessage()).contains("23505").doesNotContain("001010000000001");
  }

  @Test
  void aLostConnectionBecomesUnavailable() {
    assertThat(StoreErrors.map(ClosedConnectionException.INSTANCE).kind())
        .isEqualTo(FailureKind.STORAGE_UNAVAILABLE);
    assertThat(StoreErrors.map(new ConnectException("refused")).kind())
        .isEqualTo(FailureKind.STORAGE_UNAVAILABLE);
  }
}
