package org.reactivehss.app.cx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.reactivehss.store.ImsSubscription;
import org.reactivehss.store.RegistrationState;

/** The Server-Assignment-Type table (src/test/resources/cx/server-assignment-transitions.csv). */
class ServerAssignmentTransitionTest {

  @ParameterizedTest(name = "{0} from {1}")
  @CsvFileSource(resources = "/cx/server-assignment-transitions.csv")
  void serverAssignment_changesStateAsTheTableSays(
      ServerAssignmentType type,
      RegistrationState before,
      String stored,
      String asking,
      SarHandler.Transition.Write write,
      String after,
      String scscfAfter,
      String refusal,
      boolean userData) {
    ImsSubscription s =
        new ImsSubscription(
            "001010000000001",
            "impi",
            none(stored),
            false,
            null,
            true,
            List.of(new ImsSubscription.PublicIdentity("sip:u@x", before, false)));

    SarHandler.Transition t = SarHandler.Transition.of(type, s, asking);

    assertThat(t.write()).isEqualTo(write);
    if (write == SarHandler.Transition.Write.ASSIGN) {
      assertThat(t.state()).isEqualTo(RegistrationState.valueOf(after));
      assertThat(t.scscfName()).isEqualTo(none(scscfAfter));
    }
    assertThat(t.refusal() == null ? "-" : String.valueOf(t.refusal().code())).isEqualTo(refusal);
    assertThat(t.sendsUserData()).isEqualTo(userData);
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(ints = {-1, 12, 13, 14, 99})
  void assignmentTypeCxDoesNotDefine_isRefusedWith5007(int code) {
    ImsSubscription s =
        new ImsSubscription("001010000000001", "impi", null, false, null, true, List.of());
    assertThat(SarHandler.Transition.of(ServerAssignmentType.of(code), s, "sip:a").refusal().code())
        .isEqualTo(5007);
  }

  @org.junit.jupiter.api.Test
  void registrationConfirmingTheNameMarStored_isWritten() {
    ImsSubscription pending =
        new ImsSubscription(
            "001010000000001",
            "impi",
            "sip:a",
            true,
            null,
            true,
            List.of(
                new ImsSubscription.PublicIdentity(
                    "sip:u@x", RegistrationState.NOT_REGISTERED, false)));

    SarHandler.Transition t =
        SarHandler.Transition.of(ServerAssignmentType.REGISTRATION, pending, "sip:a");

    assertThat(t.write()).isEqualTo(SarHandler.Transition.Write.ASSIGN);
    assertThat(t.state()).isEqualTo(RegistrationState.REGISTERED);
  }

  @org.junit.jupiter.api.Test
  void reRegistrationOfASetWithAnIdentityNotRegisteredYet_isWritten() {
    ImsSubscription partly =
        new ImsSubscription(
            "001010000000001",
            "impi",
            "sip:a",
            false,
            null,
            true,
            List.of(
                new ImsSubscription.PublicIdentity("sip:u@x", RegistrationState.REGISTERED, false),
                new ImsSubscription.PublicIdentity(
                    "sip:new@x", RegistrationState.NOT_REGISTERED, false)));

    SarHandler.Transition t =
        SarHandler.Transition.of(ServerAssignmentType.RE_REGISTRATION, partly, "sip:a");

    assertThat(t.write()).isEqualTo(SarHandler.Transition.Write.ASSIGN);
  }

  private static String none(String value) {
    return "-".equals(value) ? null : value;
  }
}
