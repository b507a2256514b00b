package org.reactivehss.app.slh;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.reactivehss.diameter.codec.DiameterIdentity;

/**
 * SLh settings ({@code slh.*} in conf/hss.yaml); {@link #DEFAULTS} holds every default.
 *
 * @param allowedGmlcs the Origin-Host of every GMLC whose network may ask for routing information
 *     (TS 29.173 §5.2.1.2 step 1), compared without regard to letter case (RFC 6733 §4.3.1); empty:
 *     every peer granted SLh ({@code diameter.peers[].applications}) may ask. Origin-Host and not
 *     the connection's peer, because a GMLC of a roaming partner reaches the HSS through Diameter
 *     agents that keep its Origin-Host (RFC 6733 §6.1.9).
 */
public record SlhOptions(List<String> allowedGmlcs) {
  public static final SlhOptions DEFAULTS = new SlhOptions(List.of());

  public SlhOptions {
    allowedGmlcs = List.copyOf(allowedGmlcs);
  }

  /** The allowed Origin-Hosts as {@link DiameterIdentity#key} values. */
  Set<String> allowedKeys() {
    return allowedGmlcs.stream().map(DiameterIdentity::key).collect(Collectors.toUnmodifiableSet());
  }
}
