package org.reactivehss.diameter.peer;

import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;

/**
 * An encoded answer a handler returns over the event bus; the peer layer writes it unchanged. It
 * carries its outcome ({@code resultCode} -1 when unknown) so that the peer layer can measure it
 * without parsing the bytes again.
 */
public record DiameterAnswer(byte[] bytes, long resultCode, boolean experimentalResult) {
  /** An answer whose outcome is read from its bytes. */
  public DiameterAnswer(byte[] bytes) {
    this(bytes, -1, false);
  }

  /** Encodes {@code answer}, keeping the outcome its builder recorded. */
  public static DiameterAnswer of(MessageBuilder answer) {
    byte[] bytes = answer.build();
    return new DiameterAnswer(bytes, answer.resultCode(), answer.isExperimentalResult());
  }

  /** The outcome as recorded, or read from the bytes when none was (-1 if they carry none). */
  DiameterAnswer withOutcome() {
    if (resultCode >= 0) {
      return this;
    }
    DiameterMessage parsed = DiameterMessage.parse(bytes).message();
    return parsed == null ? this
        : new DiameterAnswer(bytes, parsed.resultCode(), parsed.isExperimentalResult());
  }
}
