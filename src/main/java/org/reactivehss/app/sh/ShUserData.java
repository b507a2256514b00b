package org.reactivehss.app.sh;

import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import org.reactivehss.bus.Deadline;
import org.reactivehss.diameter.dict.ResultCode;
import org.reactivehss.diameter.dict.ResultCodes;
import org.reactivehss.store.ImsSubscription;
import org.reactivehss.store.RegistrationState;
import org.reactivehss.store.ShDataReference;
import org.reactivehss.store.ShRepositoryItem;
import org.reactivehss.store.ShUser;

/**
 * The Sh-Data of one user for the Data-References asked (TS 29.328 §6.1.1.1, §7.6), or the reason
 * there is none. What this HSS holds, and so serves:
 *
 * <ul>
 *   <li>RepositoryData: the stored items of the asked Service-Indications; none stored is an empty
 *       Sh-Data (the AS learns that it has to create the item with sequence number 0).
 *   <li>IMSPublicIdentity: the IMPUs of the subscription, per Identity-Set: ALL_IDENTITIES, the
 *       REGISTERED_IDENTITIES, and IMPLICIT_IDENTITIES and ALIAS_IDENTITIES, which are all of them
 *       too: the subscription is one implicit registration set with one service profile
 *       (docs/sh.md).
 *   <li>IMSUserState (tIMSUserState): 0 NOT_REGISTERED, 1 REGISTERED, 2 REGISTERED_UNREG_SERVICES
 *       (Cx "unregistered"), 3 AUTHENTICATION_PENDING (an S-CSCF named by MAR, no SAR yet).
 *   <li>S-CSCFName: the assigned S-CSCF, an empty Sh-IMS-Data when none is.
 *   <li>InitialFilterCriteria: {@link IfcSelection}.
 *   <li>MSISDN: the subscriber's MSISDN.
 * </ul>
 *
 * LocationInformation and UserState for Requested-Domain PS (TS 29.328 §6.1.1.1, §7.6.5, §7.6.6)
 * come from the serving MME ({@link ServingMmeQuery}): EPSUserState and EPSLocationInformation of
 * Annex D. Without a serving MME (none registered, or purged) the user state is 0 Detached and
 * location is 4100; an MME that does not answer in time, refuses, or reports no location is 4100
 * too. The CS domain, and Requested-Nodes naming no MME (SGSN, TWAN, AMF), are not asked: 4100.
 *
 * <p>ChargingInformation and PSIActivation are held nowhere in this HSS: Experimental-Result 4100
 * DIAMETER_USER_DATA_NOT_AVAILABLE (TS 29.328 §6.1.1.1 "the requested data is not available").
 * DSAI: 5108 DIAMETER_ERROR_DSAI_NOT_AVAILABLE (TS 29.328 §6.1.1.1).
 */
final class ShUserData {
  /** The document, or why there is none. */
  record Composed(ResultCode refusal, String shData) {}

  private ShUserData() {}

  static Future<Composed> compose(
      ShContext sh, ShUser user, ShUserIdentity identity, ShRead read, Deadline deadline) {
    for (ShDataReference r : read.references()) {
      ResultCode refusal = unavailable(r, read);
      if (refusal != null) {
        return Future.succeededFuture(new Composed(refusal, null));
      }
    }
    Future<List<ShRepositoryItem>> items =
        read.references().contains(ShDataReference.REPOSITORY_DATA)
            ? sh.repository().read(identity.key(), read.serviceIndications(), deadline)
            : Future.succeededFuture(List.of());
    boolean state = read.references().contains(ShDataReference.USER_STATE);
    boolean location = read.references().contains(ShDataReference.LOCATION_INFORMATION);
    if (!state && !location) {
      return items.map(
          found -> new Composed(null, document(sh, user, identity, read, found, null)));
    }
    if (user.servingMmeHost() == null && location) {
      return Future.succeededFuture(new Composed(NOT_AVAILABLE, null));
    }
    return items.compose(
        found ->
            eps(sh, user, read, state, location, deadline)
                .map(
                    report ->
                        report == null || (location && report.location() == null)
                            ? new Composed(NOT_AVAILABLE, null)
                            : new Composed(
                                null, document(sh, user, identity, read, found, report))));
  }

  private static final ResultCode NOT_AVAILABLE = ResultCodes.Sh.DIAMETER_USER_DATA_NOT_AVAILABLE;

  private static Future<EpsReport> eps(
      ShContext sh, ShUser user, ShRead read, boolean state, boolean location, Deadline deadline) {
    if (user.servingMmeHost() == null) {
      return Future.succeededFuture(EpsReport.DETACHED);
    }
    long flags = ServingMmeQuery.idrFlags(state, location, read.activeLocation());
    return ServingMmeQuery.ask(sh, user, flags, deadline);
  }

  private static ResultCode unavailable(ShDataReference r, ShRead read) {
    return switch (r) {
      case LOCATION_INFORMATION, USER_STATE -> askable(read) ? null : NOT_AVAILABLE;
      case CHARGING_INFORMATION, PSI_ACTIVATION -> NOT_AVAILABLE;
      case DSAI -> ResultCodes.Sh.DIAMETER_ERROR_DSAI_NOT_AVAILABLE;
      default -> null;
    };
  }

  /** The PS domain, and Requested-Nodes (when given) naming the MME. */
  private static boolean askable(ShRead read) {
    Integer domain = read.requestedDomain();
    Long nodes = read.requestedNodes();
    return domain != null
        && domain == ShRead.PS_DOMAIN
        && (nodes == null || (nodes & ShRead.NODE_MME) != 0);
  }

  private static String document(
      ShContext sh,
      ShUser user,
      ShUserIdentity identity,
      ShRead read,
      List<ShRepositoryItem> items,
      EpsReport eps) {
    ShDataXml xml = new ShDataXml();
    ImsSubscription ims = user.ims();
    for (ShDataReference r : read.references()) {
      switch (r) {
        case REPOSITORY_DATA -> xml.repositoryData(items);
        case IMS_PUBLIC_IDENTITY -> xml.publicIdentities(identities(user, read));
        case MSISDN -> xml.msisdn(user.msisdn());
        case USER_STATE -> xml.epsUserState(eps.userState());
        case LOCATION_INFORMATION -> xml.epsLocation(eps.location());
        case IMS_USER_STATE -> xml.imsUserState(imsUserState(ims));
        case S_CSCF_NAME ->
            xml.scscfName(ims == null || ims.authPending() ? null : ims.scscfName());
        case INITIAL_FILTER_CRITERIA ->
            xml.ifcs(
                ims == null
                    ? List.of()
                    : IfcSelection.forServer(
                        ims, identity.impu(), sh.ifcTemplate(), read.serverName()));
        default -> {}
      }
    }
    return xml.build();
  }

  private static List<String> identities(ShUser user, ShRead read) {
    boolean onlyRegistered =
        !read.identitySets().isEmpty()
            && read.identitySets().stream().allMatch(s -> s == ShRead.REGISTERED_IDENTITIES);
    List<String> out = new ArrayList<>();
    for (ImsSubscription.PublicIdentity p : user.publicIdentities()) {
      if (!onlyRegistered || p.state() == RegistrationState.REGISTERED) {
        out.add(p.impu());
      }
    }
    return out;
  }

  /** TS 29.328 Annex D tIMSUserState. */
  static int imsUserState(ImsSubscription ims) {
    if (ims == null) {
      return 0;
    }
    return switch (ims.state()) {
      case REGISTERED -> 1;
      case UNREGISTERED -> 2;
      case NOT_REGISTERED -> ims.authPending() && ims.scscfName() != null ? 3 : 0;
    };
  }
}
