package org.reactivehss.api;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.reactivehss.identity.Identities;
import org.reactivehss.provisioning.SubscriberFields;
import org.reactivehss.store.Subscriber;
import org.reactivehss.xml.SafeXml;

/**
 * Turns a PUT body into a {@link Subscriber}, or a {@link ValidationFailure} naming every bad
 * field.
 */
final class SubscriberValidator {
  static final String IMSI = Identities.IMSI.pattern();

  /**
   * The User-Data of SAA and PPR (TS 29.228 Annex E) when provisioned as XML: a real IMS
   * subscription with a few dozen filter criteria is tens of KB; the bound keeps every answer that
   * carries it far below the 16 MiB a Diameter length field can express (docs/api.md).
   */
  static final int MAX_SERVICE_PROFILE_OCTETS = 256 * 1024;

  /** Public identities of one IMPI (one implicit registration set), all listed in its User-Data. */
  static final int MAX_IMPUS = 100;

  /** SQN is 48 bits, TS 33.102 Annex C. */
  static final long SQN_MAX = (1L << 48) - 1;

  private static final Set<String> AMBR_FIELDS = Set.of("ul", "dl");
  private static final Set<String> IMS_FIELDS =
      Set.of("impi", "impus", "barredImpus", "serviceProfile");
  private static final byte[] DEFAULT_AMF = HexFormat.of().parseHex("8000");

  private SubscriberValidator() {}

  /**
   * Validates a full subscriber; {@code pathImsi} is the IMSI in the URL (the body may omit it).
   */
  static Subscriber validate(JsonObject body, String pathImsi) {
    List<FieldError> errors = new ArrayList<>();
    JsonFields in = new JsonFields(body, "", errors);
    in.onlyKnown(SubscriberFields.ALL);
    String imsi = pathImsi;
    if (!Identities.IMSI.matcher(pathImsi).matches()) {
      in.reject("imsi", "must be 14 or 15 digits");
    } else if (in.has("imsi") && !pathImsi.equals(body.getValue("imsi"))) {
      in.reject("imsi", "does not match the IMSI in the path");
    }
    String msisdn = in.string("msisdn", "[0-9]{1,15}", "must be 1 to 15 digits", null);
    String algorithm =
        in.string("algorithm", "milenage|xor", "must be \"milenage\" or \"xor\"", "milenage");
    byte[] k = in.hex("k", 32);
    if (!in.has("k")) {
      in.reject("k", "is required (32 hex digits)");
    }
    byte[] op = in.hex("op", 32);
    byte[] opc = in.hex("opc", 32);
    if (in.has("op") == in.has("opc")) {
      in.reject(
          "op|opc", in.has("op") ? "give only one of op and opc" : "one of op and opc is required");
    }
    byte[] amf = in.has("amf") ? in.hex("amf", 4) : DEFAULT_AMF;
    Long sqn = in.integer("sqn", 0, SQN_MAX, null);
    String status =
        in.string("status", "active|barred", "must be \"active\" or \"barred\"", "active");
    long[] ambr = ambr(in.object("ambr"));
    long accessRestriction = in.integer("accessRestriction", 0, Integer.MAX_VALUE, 0L);
    boolean roaming = in.bool("roamingAllowed", true);
    // SWx (TS 29.273 §8.2.3.3): off unless provisioned, so that no subscriber of a network without
    // non-3GPP access gains it when SWx is switched on (docs/swx.md)
    boolean non3gpp = in.bool("non3gppAccess", false);
    List<Subscriber.Apn> apns = ApnValidator.apns(in);
    Subscriber.Ims ims = ims(in.object("ims"));
    if (!errors.isEmpty()) {
      throw new ValidationFailure(errors);
    }
    return new Subscriber(
        imsi,
        msisdn,
        algorithm,
        k,
        op,
        opc,
        amf,
        sqn,
        status,
        ambr == null ? null : ambr[0],
        ambr == null ? null : ambr[1],
        (int) accessRestriction,
        roaming,
        non3gpp,
        apns,
        ims);
  }

  /**
   * AMBR in bits per second (TS 29.272 §7.3.41, Max-Requested-Bandwidth-UL/DL); null when absent.
   */
  static long[] ambr(JsonFields ambr) {
    if (ambr == null) {
      return null;
    }
    ambr.onlyKnown(AMBR_FIELDS);
    Long ul = ambr.integer("ul", 0, 0xFFFFFFFFL, null);
    Long dl = ambr.integer("dl", 0, 0xFFFFFFFFL, null);
    if (ul == null || dl == null) {
      ambr.reject(ul == null ? "ul" : "dl", "is required (bits per second)");
      return null;
    }
    return new long[] {ul, dl};
  }

  private static Subscriber.Ims ims(JsonFields ims) {
    if (ims == null) {
      return null;
    }
    ims.onlyKnown(IMS_FIELDS);
    String impi = ims.text("impi");
    String badImpi = impi == null ? null : Identities.impiProblem(impi);
    if (badImpi != null) {
      ims.reject("impi", badImpi);
    }
    if (!ims.has("impi")) {
      ims.reject("impi", "is required");
    }
    String profile = serviceProfile(ims);
    JsonArray list = ims.array("impus");
    List<String> impus = new ArrayList<>();
    if (list == null || list.isEmpty()) {
      ims.reject("impus", "needs at least one public identity");
    } else if (list.size() > MAX_IMPUS) {
      ims.reject("impus", "holds more than " + MAX_IMPUS + " public identities");
    } else {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < list.size(); i++) {
        Object value = list.getValue(i);
        String badImpu =
            value instanceof String impu ? Identities.impuProblem(impu) : "must be a string";
        if (badImpu != null) {
          ims.reject("impus[" + i + "]", badImpu);
        } else if (!seen.add((String) value)) {
          ims.reject("impus[" + i + "]", "is listed twice");
        } else {
          impus.add((String) value);
        }
      }
    }
    return new Subscriber.Ims(impi, List.copyOf(impus), barred(ims, impus), profile);
  }

  /**
   * {@code serviceProfile}: sent as it is in SAA/PPR User-Data (TS 29.228 Annex E) and read for
   * LIR, so refused here, not there: bounded, no character XML 1.0 §2.2 excludes, well-formed.
   */
  private static String serviceProfile(JsonFields ims) {
    String profile = ims.text("serviceProfile");
    if (profile == null) {
      return null;
    }
    String bad =
        Identities.longerThan(profile, MAX_SERVICE_PROFILE_OCTETS)
            ? "must be at most " + MAX_SERVICE_PROFILE_OCTETS + " octets in UTF-8"
            : Identities.characterProblem(profile, true);
    if (bad == null) {
      bad = SafeXml.notWellFormed(profile);
    }
    if (bad != null) {
      ims.reject("serviceProfile", bad);
    }
    return profile;
  }

  /**
   * {@code barredImpus}: the public identities barred from establishing multimedia sessions (TS
   * 29.228 §6.1.1.1 step 3, Annex E BarringIndication); each must be one of {@code impus}.
   */
  private static List<String> barred(JsonFields ims, List<String> impus) {
    JsonArray list = ims.array("barredImpus");
    List<String> barred = new ArrayList<>();
    for (int i = 0; list != null && i < list.size(); i++) {
      Object value = list.getValue(i);
      if (!(value instanceof String impu) || !impus.contains(impu)) {
        ims.reject("barredImpus[" + i + "]", "must be one of impus");
      } else if (!barred.contains(impu)) {
        barred.add(impu);
      }
    }
    return List.copyOf(barred);
  }
}
