package org.reactivehss.tools.loadgen;

import java.util.Map;

/**
 * What the load generator sends beyond one message type: whole flows ({@code --flow}) or a mixed
 * profile ({@code --mix}), and the options they share with {@code --message air} (a share of AIRs
 * carrying Re-Synchronization-Info).
 *
 * @param flow the flow every simulated UE or IMS user runs, or null
 * @param mix the mixed profile, or null
 * @param detachSharePercent attach flows ending with a PUR (detach)
 * @param scscfPool S-CSCF names an IMS user is assigned from, by its index
 * @param reregisterSeconds a registered IMS user re-registers this long after its registration; 0 =
 *     never
 * @param resyncSharePercent AIRs carrying Re-Synchronization-Info
 */
record ProfileOptions(
    Flow.Kind flow,
    Mix mix,
    double detachSharePercent,
    int scscfPool,
    int reregisterSeconds,
    double resyncSharePercent) {

  static ProfileOptions parse(Map<String, String> a) {
    Flow.Kind flow = null;
    String f = a.get("flow");
    if (f != null) {
      if (f.equals(Flow.Kind.ATTACH.option)) {
        flow = Flow.Kind.ATTACH;
      } else if (f.equals(Flow.Kind.IMS_REGISTRATION.option)) {
        flow = Flow.Kind.IMS_REGISTRATION;
      } else {
        throw new IllegalArgumentException("--flow must be attach or ims-registration, got " + f);
      }
    }
    Mix mix = a.containsKey("mix") ? Mix.parse(a.get("mix")) : null;
    if (flow != null && mix != null) {
      throw new IllegalArgumentException("--flow and --mix exclude each other");
    }
    if ((flow != null || mix != null) && a.containsKey("message")) {
      throw new IllegalArgumentException(
          "--message sends one command; --flow and --mix choose their own");
    }
    if (flow != null && a.containsKey("rate")) {
      throw new IllegalArgumentException(
          "--flow runs closed loop (--window flows in progress per connection); --rate is for"
              + " --message and --mix");
    }
    int pool = LoadOptions.number(a, "scscf-pool", 4);
    if (pool < 1) {
      throw new IllegalArgumentException("--scscf-pool must be at least 1");
    }
    int reregister = LoadOptions.number(a, "reregister-seconds", 30);
    if (reregister < 0) {
      throw new IllegalArgumentException("--reregister-seconds must be 0 (never) or more");
    }
    return new ProfileOptions(
        flow, mix, percent(a, "detach-share", 10), pool, reregister, percent(a, "resync-share", 0));
  }

  boolean active() {
    return flow != null || mix != null;
  }

  private static double percent(Map<String, String> a, String name, double fallback) {
    String value = a.get(name);
    double p;
    try {
      p = value == null ? fallback : Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + name + " must be a percentage, got " + value);
    }
    if (!(p >= 0 && p <= 100)) {
      throw new IllegalArgumentException("--" + name + " must be between 0 and 100, got " + value);
    }
    return p;
  }
}
