package org.reactivehss.app.s6a;

import io.vertx.core.Handler;
import io.vertx.core.eventbus.Message;
import java.util.Arrays;
import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.ResultCode;
import org.reactivehss.diameter.dict.ResultCodes;
import org.reactivehss.diameter.dict.S6aAvps;
import org.reactivehss.diameter.peer.DiameterBus;
import org.reactivehss.store.LocationRequest;
import org.reactivehss.store.LocationUpdate;
import org.reactivehss.store.S6aProfile;
import org.reactivehss.store.S6aStore;
import org.reactivehss.store.ServingNode;

/**
 * Update-Location (TS 29.272 §5.2.1.1, ULR/ULA §7.2.3/§7.2.4). In order (§5.2.1.1.3): unknown IMSI
 * → Experimental-Result 5001; Visited-PLMN-Id not 3 octets → 5004 INVALID_AVP_VALUE with
 * Failed-AVP; no APN configuration → Experimental-Result 5420 UNKNOWN_EPS_SUBSCRIPTION;
 * Visited-PLMN-Id other than the home PLMN (from the IMSI, {@link HomePlmn}) while roaming is not
 * allowed → Experimental-Result 5004 ROAMING_NOT_ALLOWED; RAT-Type barred by
 * Access-Restriction-Data → Experimental-Result 5421 RAT_NOT_ALLOWED; with {@code
 * s13.check-ulr-imei}, equipment the EIR rules list as prohibited → 5003 AUTHORIZATION_REJECTED
 * ({@link UlrEquipmentCheck}, docs/s13.md "ULR"). Otherwise the Origin-Host/Realm become the
 * serving MME, or the serving SGSN when ULR-Flags S6a/S6d-Indicator is cleared (beside the MME's,
 * ULA-Flags Separation Indication), under the row lock in one transaction, and only after that
 * commit: the ULA (ULA-Flags, and Subscription-Data unless ULR-Flags asks to skip it and the node's
 * data is current) and the CLRs {@link UlrFlags#cancellations} decides ({@link CancelLocation}),
 * which the ULA never waits for.
 */
final class UlrHandler implements Handler<Message<DiameterMessage>> {
  /** §7.3.8 ULA-Flags bit 0 Separation Indication: MME and SGSN registrations are stored apart. */
  static final long SEPARATION_INDICATION = 1;

  private final S6aStore store;
  private final S6aAnswers answers;
  private final CancelLocation cancel;
  private final int homeMncLength;
  private final UlrEquipmentCheck equipment;

  UlrHandler(
      S6aStore store,
      S6aAnswers answers,
      CancelLocation cancel,
      int homeMncLength,
      UlrEquipmentCheck equipment) {
    this.store = store;
    this.answers = answers;
    this.cancel = cancel;
    this.homeMncLength = homeMncLength;
    this.equipment = equipment;
  }

  @Override
  public void handle(Message<DiameterMessage> message) {
    DiameterMessage ulr = message.body();
    Avp plmn = ulr.first(S6aAvps.VISITED_PLMN_ID);
    if (plmn.dataLength() != 3) {
      answers.replyInvalid(
          message,
          ResultCodes.DIAMETER_INVALID_AVP_VALUE,
          plmn,
          "Visited-PLMN-Id must be 3 octets (TS 29.272 §7.3.9)");
      return;
    }
    String imsi = ulr.first(BaseAvps.USER_NAME).asUtf8();
    boolean visiting = !Arrays.equals(plmn.asOctets(), HomePlmn.of(imsi, homeMncLength));
    int ratType = ulr.first(S6aAvps.RAT_TYPE).asEnumerated();
    UlrFlags flags = new UlrFlags(ulr.first(S6aAvps.ULR_FLAGS).asUnsigned32());
    Avp sgsnNumber = ulr.first(S6aAvps.SGSN_NUMBER);
    TerminalInformation terminal = TerminalInformation.of(ulr);
    equipment
        .prohibited(imsi, ulr.originHost(), terminal, DiameterBus.deadline(ulr))
        .compose(
            prohibited ->
                store
                    .updateLocation(
                        new LocationRequest(
                            imsi,
                            flags.node(),
                            ulr.originHost(),
                            ulr.originRealm(),
                            flags.node() == ServingNode.SGSN && sgsnNumber != null
                                ? sgsnNumber.asOctets()
                                : null,
                            flags.singleRegistration(),
                            terminal.imei(),
                            terminal.softwareVersion(),
                            profile -> !prohibited && refusal(profile, visiting, ratType) == null),
                        DiameterBus.deadline(ulr))
                    .onSuccess(
                        update -> {
                          if (update == null) {
                            answers.reply(message, ResultCodes.S6a.DIAMETER_ERROR_USER_UNKNOWN);
                          } else if (!update.registered()) {
                            refuse(message, update.profile(), visiting, ratType);
                          } else {
                            answers.reply(message, ula(ulr, update, flags));
                            for (UlrFlags.Cancel c :
                                flags.cancellations(update, ulr.originHost())) {
                              cancel.send(c.node(), c.host(), c.realm(), imsi, c.type());
                            }
                          }
                        }))
        .onFailure(failure -> answers.replyFailure(message, failure));
  }

  /** The subscription's refusal first (§5.2.1.1.3), else the equipment's. */
  private void refuse(
      Message<DiameterMessage> message, S6aProfile profile, boolean visiting, int ratType) {
    ResultCode refusal = refusal(profile, visiting, ratType);
    if (refusal != null) {
      answers.reply(message, refusal);
    } else {
      answers.reply(
          message,
          answers
              .answer(message.body(), ResultCodes.DIAMETER_AUTHORIZATION_REJECTED)
              .add(BaseAvps.ERROR_MESSAGE, "equipment prohibited"));
    }
  }

  private static ResultCode refusal(S6aProfile profile, boolean visiting, int ratType) {
    // §5.2.1.1.3: no APN configuration is no EPS subscription. Over S6d the clause also accepts
    // GPRS
    // subscription data, which this HSS does not hold, so the same check serves both interfaces.
    if (profile.apns().isEmpty()) {
      return ResultCodes.S6a.DIAMETER_ERROR_UNKNOWN_EPS_SUBSCRIPTION;
    }
    if (visiting && !profile.roamingAllowed()) {
      return ResultCodes.S6a.DIAMETER_ERROR_ROAMING_NOT_ALLOWED;
    }
    if (RatRestriction.forbids(profile.accessRestriction(), ratType)) {
      return ResultCodes.S6a.DIAMETER_ERROR_RAT_NOT_ALLOWED;
    }
    return null;
  }

  private MessageBuilder ula(DiameterMessage ulr, LocationUpdate update, UlrFlags flags) {
    MessageBuilder ula =
        answers
            .answer(ulr, ResultCodes.DIAMETER_SUCCESS)
            .add(S6aAvps.ULA_FLAGS, SEPARATION_INDICATION);
    return flags.sendsSubscriptionData(update) ? SubscriptionData.add(ula, update.profile()) : ula;
  }
}
