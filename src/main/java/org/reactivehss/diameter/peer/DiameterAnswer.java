package org.reactivehss.diameter.peer;

import io.vertx.core.eventbus.Message;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.codec.MessageTooLongException;
import org.reactivehss.diameter.dict.ResultCodes;
import org.slf4j.LoggerFactory;

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

  /**
   * Replies to a handler's request with {@code answer}; an answer too long to encode (more than a
   * 24-bit Message Length holds, RFC 6733 §3) fails the request with 5012 DIAMETER_UNABLE_TO_COMPLY
   * instead (§7.1.5), which the peer layer turns into an error answer: the peer always gets an
   * answer.
   */
  public static void reply(Message<DiameterMessage> request, MessageBuilder answer) {
    DiameterAnswer encoded;
    try {
      encoded = of(answer);
    } catch (MessageTooLongException tooLong) {
      LoggerFactory.getLogger(DiameterAnswer.class)
          .warn("{}; answering 5012 instead", tooLong.getMessage());
      request.fail(ResultCodes.DIAMETER_UNABLE_TO_COMPLY.code(), "answer too long to encode");
      return;
    }
    request.reply(encoded);
  }

  /** The outcome as recorded, or read from the bytes when none was (-1 if they carry none). */
  DiameterAnswer withOutcome() {
    if (resultCode >= 0) {
      return this;
    }
    DiameterMessage parsed = DiameterMessage.parse(bytes).message();
    return parsed == null
        ? this
        : new DiameterAnswer(bytes, parsed.resultCode(), parsed.isExperimentalResult());
  }
}
