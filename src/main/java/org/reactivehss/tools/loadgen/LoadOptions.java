package org.reactivehss.tools.loadgen;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Load generator settings from {@code --key value} arguments.
 *
 * @param host HSS address
 * @param port HSS Diameter port
 * @param connections TCP connections, each with its own Origin-Host (bench-N.localdomain)
 * @param window requests outstanding per connection (pipelining depth) in closed loop
 * @param rate requests per second over all connections in open loop (sent on a timer whatever the
 *     answers do); 0 = closed loop at {@code window}
 * @param warmupSeconds traffic before measuring starts
 * @param durationSeconds measured traffic
 * @param message what to send: "dwr" (answered by the peer layer itself) or "air" (S6a AIR for one
 *     E-UTRAN vector, TS 29.272 §7.2.5, for a random one of {@code subscribers} IMSIs) or "mar" (Cx
 *     MAR for one Digest-AKAv1-MD5 item, TS 29.229 §6.1.7, likewise; see {@link CxRequestFactory})
 *     or "swx-mar" (SWx MAR for one EAP-AKA' item over WLAN, TS 29.273 §8.2.2.1, likewise; the
 *     subscribers need non3gppAccess) or "ulr" (S6a ULR from the connection's MME identity, TS
 *     29.272 §7.2.3; see {@link S6aRequestFactory}), "rir" (SLh LCS-Routing-Info-Request by IMSI,
 *     TS 29.173 §6.2.3, for a random one of {@code subscribers} IMSIs) or "ecr" (S13
 *     ME-Identity-Check for a random one of {@code subscribers} IMEIs, TS 29.272 §7.2.19; see
 *     {@link EirRequestFactory}) or "udr" (Sh User-Data-Request for IMSUserState of a random one of
 *     {@code subscribers} IMPUs, TS 29.329 §6.1.1; see {@link ShRequestFactory})
 * @param firstImsi the first provisioned IMSI, 15 digits ({@code --first-imsi}, or {@code
 *     --imsi-prefix} followed by zeros; default 001010000000000)
 * @param subscribers how many consecutive IMSIs from {@code firstImsi} were provisioned
 * @param record a file that receives one line per answer ({@link AnswerLog}), or "" for none
 * @param usimK K of every provisioned subscriber, for checking AIA vectors when recording
 * @param usimOpc OPc of every provisioned subscriber, likewise
 * @param originPrefix connection N is the peer {@code <originPrefix>-N.localdomain}; load
 *     generators that share one HSS need prefixes of their own (it refuses a second connection of
 *     one peer)
 * @param profile flows ({@code --flow}) or a mixed profile ({@code --mix}) instead of one {@code
 *     message}, and the share of AIRs asking for a resynchronisation
 * @param eventLoops the generator's own event-loop threads, the connections spread over them; on a
 *     machine it shares with the HSS each one more is one more thread the scheduler must fit in
 */
record LoadOptions(
    String host,
    int port,
    int connections,
    int window,
    int rate,
    int warmupSeconds,
    int durationSeconds,
    String message,
    long firstImsi,
    int subscribers,
    String record,
    String usimK,
    String usimOpc,
    String originPrefix,
    ProfileOptions profile,
    int eventLoops) {
  /**
   * TS 35.208 test set 1: the keys benchmarks/lib/fresh-hss.sh provisions every subscriber with.
   */
  static final String TEST_SET_1_K = "465b5ce8b199b49faa5f0a2ee238a6bc";

  static final String TEST_SET_1_OPC = "cd63cb71954a9f4e48a5994e37a02baf";

  static final String USAGE =
      """
      usage: java -jar hss.jar loadgen [--option value]...
        --host H          HSS address (127.0.0.1)
        --port P          HSS Diameter port (3868)
        --connections C   TCP connections, Origin-Host bench-N.localdomain (4)
        --event-loops E   the generator's event-loop threads (--connections, at most 4)
        --window W        requests outstanding per connection, closed loop (128)
        --rate R          requests per second over all connections, open loop; 0 = closed loop (0)
        --warmup S        seconds of traffic before measuring (5)
        --duration S      seconds measured (20)
        --message M       dwr, air, mar, swx-mar, ulr, rir, ecr or udr (dwr)
        --first-imsi I    first provisioned IMSI, 15 digits (001010000000000)
        --imsi-prefix P   or: first IMSI = P followed by zeros (00101)
        --subscribers N   consecutive IMSIs provisioned from the first (10000)
        --record FILE     write one line per answer: time (ms), result code, IMSI, and for an AIA
                          the SQN its vector carries, checked like a USIM would (MAC-A), for
                          `failover-report`; off by default
        --k K, --opc OPC  the subscribers' keys for that check (TS 35.208 test set 1)
        --origin-prefix P connection N is the peer P-N.localdomain (bench); give each load
                          generator sharing one HSS its own
        --flow F          instead of --message, whole procedures per simulated UE or IMS user,
                          closed loop with --window flows in progress per connection:
                          attach (AIR, then ULR after a successful AIA, then PUR for
                          --detach-share) or ims-registration (UAR, MAR, SAR REGISTRATION, then
                          UAR, SAR RE_REGISTRATION every --reregister-seconds)
        --detach-share P  percent of attach flows that end with a PUR (10)
        --scscf-pool N    S-CSCF names IMS users are assigned from (4)
        --reregister-seconds S  seconds from an IMS registration to its re-registration; 0 =
                          never (30)
        --mix M           instead of --message, a mixed profile: percentages per command adding
                          up to 100, e.g. "air=40,ulr=25,pur=5,uar=10,mar=10,sar=10" (commands
                          air, ulr, pur, uar, mar, sar), at --rate (or closed loop at --window)
        --resync-share P  percent of AIRs (--message air, --mix, --flow attach) carrying a
                          Re-Synchronization-Info from a USIM (--k/--opc) whose SQN_MS is ahead
                          of the HSS; their answers must carry a vector above it (0)
      """;

  private static final Set<String> NAMES =
      Set.of(
          "host",
          "port",
          "connections",
          "event-loops",
          "window",
          "rate",
          "warmup",
          "duration",
          "message",
          "first-imsi",
          "imsi-prefix",
          "subscribers",
          "record",
          "k",
          "opc",
          "origin-prefix",
          "flow",
          "detach-share",
          "scscf-pool",
          "reregister-seconds",
          "mix",
          "resync-share");

  /**
   * @throws IllegalArgumentException naming the first option that is unknown, lacks a value or is
   *     out of range
   */
  static LoadOptions parse(String[] args) {
    Map<String, String> a = new HashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      String name = args[i].startsWith("--") ? args[i].substring(2) : null;
      if (name == null || !NAMES.contains(name)) {
        throw new IllegalArgumentException("unknown option " + args[i]);
      }
      if (i + 1 == args.length) {
        throw new IllegalArgumentException(args[i] + " needs a value");
      }
      a.put(name, args[i + 1]);
    }
    ProfileOptions profile = ProfileOptions.parse(a);
    String message =
        profile.flow() != null
            ? "flow " + profile.flow().option
            : profile.mix() != null ? "mix" : a.getOrDefault("message", "dwr");
    LoadOptions o =
        new LoadOptions(
            a.getOrDefault("host", "127.0.0.1"),
            number(a, "port", 3868),
            number(a, "connections", 4),
            number(a, "window", 128),
            number(a, "rate", 0),
            number(a, "warmup", 5),
            number(a, "duration", 20),
            message,
            firstImsi(a),
            number(a, "subscribers", 10000),
            a.getOrDefault("record", ""),
            a.getOrDefault("k", TEST_SET_1_K),
            a.getOrDefault("opc", TEST_SET_1_OPC),
            a.getOrDefault("origin-prefix", "bench"),
            profile,
            number(a, "event-loops", Math.min(number(a, "connections", 4), 4)));
    if (o.eventLoops < 1) {
      throw new IllegalArgumentException("--event-loops must be at least 1");
    }
    if (!profile.active()
        && !Set.of("dwr", "air", "mar", "swx-mar", "ulr", "rir", "ecr", "udr")
            .contains(o.message)) {
      throw new IllegalArgumentException(
          "--message must be dwr, air, mar, swx-mar, ulr, rir, ecr or udr");
    }
    if (o.subscribers < 1 || o.firstImsi + o.subscribers > 999_999_999_999_999L) {
      throw new IllegalArgumentException(
          "--subscribers must be >= 1 and the range must stay within 15 digits");
    }
    if ((o.message.equals("ulr") || profile.active()) && o.subscribers < o.connections) {
      throw new IllegalArgumentException(
          "--message ulr, --flow and --mix split the IMSIs among the connections: "
              + "--subscribers must be at least --connections");
    }
    if (profile.resyncSharePercent() > 0
        && !(o.message.equals("air")
            || profile.flow() == Flow.Kind.ATTACH
            || (profile.mix() != null && profile.mix().percent().containsKey(Command.AIR)))) {
      throw new IllegalArgumentException(
          "--resync-share applies to AIRs: --message air, --flow attach or a --mix with air");
    }
    if (profile.active() && o.recording()) {
      throw new IllegalArgumentException("--record is for --message, not --flow or --mix");
    }
    if (!o.originPrefix.matches("[a-z0-9][a-z0-9-]{0,40}")) {
      throw new IllegalArgumentException("--origin-prefix must be lower-case letters, digits, '-'");
    }
    if (!o.usimK.matches("[0-9a-fA-F]{32}") || !o.usimOpc.matches("[0-9a-fA-F]{32}")) {
      throw new IllegalArgumentException("--k and --opc must be 32 hex digits");
    }
    return o;
  }

  boolean recording() {
    return !record.isEmpty();
  }

  static int number(Map<String, String> a, String name, int fallback) {
    String value = a.get(name);
    try {
      return value == null ? fallback : Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + name + " must be a whole number, got " + value);
    }
  }

  private static long firstImsi(Map<String, String> a) {
    String first = a.get("first-imsi");
    if (first == null) {
      String prefix = a.getOrDefault("imsi-prefix", "00101");
      if (prefix.length() >= 15 || !prefix.matches("[0-9]+")) {
        throw new IllegalArgumentException("--imsi-prefix must be fewer than 15 digits");
      }
      first = prefix + "0".repeat(15 - prefix.length());
    }
    if (!first.matches("[0-9]{15}")) {
      throw new IllegalArgumentException("--first-imsi must be 15 digits");
    }
    return Long.parseLong(first);
  }

  boolean openLoop() {
    return rate > 0;
  }

  /** The IMSI of subscriber {@code index}: the first IMSI + index, zero-padded to 15 digits. */
  String imsi(int index) {
    String digits = Long.toString(firstImsi + index);
    return "0".repeat(15 - digits.length()) + digits;
  }
}
