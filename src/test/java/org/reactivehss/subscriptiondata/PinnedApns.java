package org.reactivehss.subscriptiondata;

import java.util.List;
import org.reactivehss.store.Subscriber;

/**
 * APNs that take every branch of {@link ApnConfiguration}: each PDN type, both pre-emption values,
 * an AMBR over Unsigned32, one direction missing, none at all, and a default APN that is not the
 * first. The S6a and SWx encodings pinned from them were taken from the builders as they were
 * before the two applications shared one (commit 33e5101).
 */
public final class PinnedApns {
  private PinnedApns() {}

  public static final List<Subscriber.Apn> APNS =
      List.of(
          new Subscriber.Apn("internet", 1, false, "ipv4v6", 9, 8, false, true, null, null),
          new Subscriber.Apn("ims", 2, true, "ipv6", 5, 1, true, false, 5_000_000_000L, null),
          new Subscriber.Apn("mms", 3, false, "ipv4_or_ipv6", 8, 15, true, true, 1_000L, 2_000L),
          new Subscriber.Apn("m2m", 4, false, "ipv4", 7, 3, false, false, null, 64_000L));
}
