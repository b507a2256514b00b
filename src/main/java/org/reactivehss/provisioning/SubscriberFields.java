package org.reactivehss.provisioning;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The field names of a subscriber in the provisioning API's JSON (docs/api.md), in one place: the
 * API accepts exactly these in a PUT body or import line, and the command line's CSV import takes
 * the scalar ones as column names. It sits below both, since the command line is a client of the
 * API and imports nothing of it (ArchitectureTest).
 */
public final class SubscriberFields {
  private SubscriberFields() {}

  /** Fields holding one string, number or boolean: what one CSV cell can carry. */
  public static final List<String> SCALAR =
      List.of(
          "imsi",
          "msisdn",
          "k",
          "op",
          "opc",
          "amf",
          "sqn",
          "algorithm",
          "status",
          "accessRestriction",
          "roamingAllowed",
          "non3gppAccess");

  /** Fields holding an object or a list: AMBR, the APNs and the IMS identities. */
  public static final List<String> STRUCTURED = List.of("ambr", "apns", "ims");

  /** Every field a subscriber body may have. */
  public static final Set<String> ALL =
      Set.copyOf(Stream.concat(SCALAR.stream(), STRUCTURED.stream()).toList());
}
