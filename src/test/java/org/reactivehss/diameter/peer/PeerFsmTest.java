package org.reactivehss.diameter.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reactivehss.diameter.peer.PeerAction.Do.SIGNAL_CLOSED;
import static org.reactivehss.diameter.peer.PeerEvent.Received.APPLICATION_REQUEST;
import static org.reactivehss.diameter.peer.PeerEvent.Signal.STOP;
import static org.reactivehss.diameter.peer.PeerEvent.Verdict.DPA_SENT;
import static org.reactivehss.diameter.peer.PeerState.CLOSED;
import static org.reactivehss.diameter.peer.PeerState.CLOSING;
import static org.reactivehss.diameter.peer.PeerState.I_OPEN;
import static org.reactivehss.diameter.peer.PeerState.R_OPEN;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reactivehss.diameter.peer.PeerFsmRows.Row;

/**
 * {@link PeerFsm} without sockets: one row per (state, event), RFC 6733 §5.6 cited where the RFC's
 * table has the row. The rows are in {@link PeerFsmRows}; they must cover every state with every
 * event.
 */
class PeerFsmTest {

  static Stream<Row> rows() {
    return PeerFsmRows.ALL.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void eachStateAndEvent_givesTheNextStateAndActionsOfItsRow(Row row) {
    // GIVEN a connection in the row's state
    // WHEN the row's event arrives
    PeerFsm.Transition t = PeerFsm.transition(row.state(), row.event());
    // THEN it moves to the row's state and does exactly the row's actions, in order
    assertThat(t.next()).as("next state").isEqualTo(row.next());
    assertThat(t.actions()).as("actions").containsExactlyElementsOf(row.actions());
  }

  @Test
  void theRows_coverEveryStateWithEveryEvent_once() {
    // GIVEN every state and every event
    Set<String> seen = new HashSet<>();
    for (Row row : PeerFsmRows.ALL) {
      assertThat(seen.add(row.state() + " " + row.event())).as("duplicate row %s", row).isTrue();
    }
    // THEN each pair has exactly one row
    for (PeerState state : PeerState.values()) {
      for (PeerEvent event : PeerFsmRows.EVENTS) {
        assertThat(seen).as("row for %s + %s", state, event).contains(state + " " + event);
      }
    }
  }

  @Test
  void closing_isEnteredOnlyByDprSentOrAnswered() {
    // GIVEN every transition into CLOSING from another state
    List<Row> intoClosing =
        PeerFsmRows.ALL.stream().filter(r -> r.next() == CLOSING && r.state() != CLOSING).toList();
    // THEN its event is our Stop (DPR sent) or a DPA sent to the peer's DPR: teardown never passes
    // there
    assertThat(intoClosing)
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.event()).isIn(STOP, DPA_SENT));
  }

  @Test
  void teardown_isTheLastActionAndLeadsToClosed() {
    for (Row row : PeerFsmRows.ALL) {
      List<PeerAction> actions = row.actions();
      for (int i = 0; i < actions.size(); i++) {
        if (actions.get(i) instanceof PeerAction.TearDown) {
          assertThat(i)
              .as("teardown last in %s", row)
              .isEqualTo(actions.size() - 1 - trailingSignal(actions));
          assertThat(row.next()).as("state after teardown in %s", row).isEqualTo(CLOSED);
        }
      }
    }
  }

  @Test
  void anApplicationRequestOnAnOpenConnection_allocatesNoTransition() {
    // WHEN two application requests arrive on an open connection
    // THEN both get the same transition object: the AIR path allocates nothing here
    assertThat(PeerFsm.transition(R_OPEN, APPLICATION_REQUEST))
        .isSameAs(PeerFsm.transition(R_OPEN, APPLICATION_REQUEST));
    assertThat(PeerFsm.transition(I_OPEN, APPLICATION_REQUEST))
        .isSameAs(PeerFsm.transition(I_OPEN, APPLICATION_REQUEST));
  }

  /** After the transport closed on its own, whoever waits is told after the teardown. */
  private static int trailingSignal(List<PeerAction> actions) {
    return actions.get(actions.size() - 1) == SIGNAL_CLOSED ? 1 : 0;
  }
}
