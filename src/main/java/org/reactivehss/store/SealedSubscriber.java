package org.reactivehss.store;

/**
 * A validated subscriber whose K, OP and OPc are already sealed ({@link KeyCipher}), made by {@link
 * SubscriberRepository#seal} on a worker thread so that a bulk import spends the AES-GCM work there
 * and not on an event loop. The plain subscriber is kept beside it for the rare line that has to be
 * written alone ({@link SubscriberRepository#put}); {@code toString} shows no key.
 */
public final class SealedSubscriber {
  final Subscriber plain;
  final byte[] k;
  final byte[] op;
  final byte[] opc;

  SealedSubscriber(Subscriber plain, byte[] k, byte[] op, byte[] opc) {
    this.plain = plain;
    this.k = k;
    this.op = op;
    this.opc = opc;
  }

  public String imsi() {
    return plain.imsi();
  }

  @Override
  public String toString() {
    return "SealedSubscriber[imsi=" + plain.imsi() + ", keys=<sealed>]";
  }
}
