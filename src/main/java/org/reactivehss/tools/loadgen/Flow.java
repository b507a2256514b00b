package org.reactivehss.tools.loadgen;

/**
 * One UE's or IMS user's procedure ({@code --flow}): its requests in order, each sent only once the
 * previous one was answered with success (Result-Code or Experimental-Result-Code 2xxx, RFC 6733
 * §7.1.2); the first other answer ends the flow as failed. A flow completes when every answer was a
 * success.
 *
 * <ul>
 *   <li>attach: AIR, then ULR for the same IMSI (TS 23.401 §5.3.2.1 steps 5a and 8), then PUR on
 *       detach for a share of the UEs (TS 29.272 §5.2.1.3)
 *   <li>ims-registration: UAR, MAR, SAR with Server-Assignment-Type REGISTRATION (TS 29.228 §6.1.1,
 *       §6.3, §6.1.2)
 *   <li>ims-re-registration: UAR, SAR RE_REGISTRATION, on a timer once registered
 * </ul>
 *
 * Not thread-safe: a flow lives on its connection's event loop.
 */
final class Flow {
  enum Kind {
    ATTACH("attach"),
    IMS_REGISTRATION("ims-registration"),
    IMS_RE_REGISTRATION("ims-re-registration");

    final String option;

    Kind(String option) {
      this.option = option;
    }
  }

  final Kind kind;

  /** The subscriber's index in the provisioned range. */
  final int subscriber;

  private final Command[] steps;
  private int at;
  private boolean failed;

  private Flow(Kind kind, int subscriber, Command... steps) {
    this.kind = kind;
    this.subscriber = subscriber;
    this.steps = steps;
  }

  static Flow attach(int subscriber, boolean detach) {
    return detach
        ? new Flow(Kind.ATTACH, subscriber, Command.AIR, Command.ULR, Command.PUR)
        : new Flow(Kind.ATTACH, subscriber, Command.AIR, Command.ULR);
  }

  static Flow imsRegistration(int subscriber) {
    return new Flow(Kind.IMS_REGISTRATION, subscriber, Command.UAR, Command.MAR, Command.SAR);
  }

  static Flow imsReRegistration(int subscriber) {
    return new Flow(Kind.IMS_RE_REGISTRATION, subscriber, Command.UAR, Command.SAR);
  }

  /** The request to send now. */
  Command current() {
    return steps[at];
  }

  /**
   * Takes the answer to {@link #current()} and returns the next request to send, or null when the
   * flow is over ({@link #completed()} tells how).
   */
  Command onAnswer(long resultCode) {
    if (resultCode / 1000 != 2) {
      failed = true;
      return null;
    }
    at++;
    return at < steps.length ? steps[at] : null;
  }

  /** Every answer was a success. */
  boolean completed() {
    return !failed && at == steps.length;
  }

  /** SAR of a re-registration says RE_REGISTRATION; of a registration, REGISTRATION. */
  boolean reRegistration() {
    return kind == Kind.IMS_RE_REGISTRATION;
  }
}
