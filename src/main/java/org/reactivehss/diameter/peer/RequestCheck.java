package org.reactivehss.diameter.peer;

import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.dict.ResultCode;

/**
 * What an application holds every one of its requests to before any handler runs, beyond what the
 * dictionary can say (the forms of identities, say): declared once with the handlers ({@link
 * ApplicationHandlers}), so that no handler has to remember it.
 */
@FunctionalInterface
public interface RequestCheck {
  /** Lets every request through. */
  RequestCheck NONE = request -> null;

  /** The outcome to answer {@code request} with instead of handling it, or null to hand it on. */
  ResultCode refusal(DiameterMessage request);
}
