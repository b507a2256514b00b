package org.reactivehss.app.s13;

import io.vertx.core.Handler;
import io.vertx.core.eventbus.Message;
import org.reactivehss.app.s13.S13Options.UnknownEquipment;
import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.codec.DecodeProblem;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.ResultCodes;
import org.reactivehss.diameter.dict.S6aAvps;
import org.reactivehss.diameter.dict.Values;
import org.reactivehss.diameter.peer.DiameterBus;
import org.reactivehss.identity.Identities;
import org.reactivehss.identity.Imei;
import org.reactivehss.store.EirStore;
import org.reactivehss.store.EquipmentStatus;

/**
 * ME-Identity-Check (TS 29.272 §6.2.1, ECR/ECA §7.2.19/§7.2.20). In order: Terminal-Information
 * without IMEI → 5005 MISSING_AVP; an IMEI that is not 14-16 digits, a Software-Version that is not
 * 2 digits (§7.3.5) or a User-Name that is not an IMSI → 5004 INVALID_AVP_VALUE with the AVP in
 * Failed-AVP. Otherwise the rules decide ({@link EirStore#check}, one statement that also records
 * the check): a matching rule → success with its Equipment-Status (§6.2.1.3); none →
 * Equipment-Status PERMITTED_LISTED or Experimental-Result 5422 EQUIPMENT_UNKNOWN, as {@code
 * s13.unknown-equipment} says.
 */
final class EcrHandler implements Handler<Message<DiameterMessage>> {
  static final String COMMAND = "ECR";

  private final EirStore store;
  private final S13Answers answers;
  private final UnknownEquipment unknownEquipment;

  EcrHandler(EirStore store, S13Answers answers, UnknownEquipment unknownEquipment) {
    this.store = store;
    this.answers = answers;
    this.unknownEquipment = unknownEquipment;
  }

  @Override
  public void handle(Message<DiameterMessage> message) {
    DiameterMessage ecr = message.body();
    Avp terminal = ecr.first(S6aAvps.TERMINAL_INFORMATION);
    Avp imeiAvp = terminal.first(S6aAvps.IMEI);
    if (imeiAvp == null) {
      answers.reply(
          message,
          DecodeProblem.missing(S6aAvps.IMEI, "Terminal-Information must carry the IMEI on S13"));
      return;
    }
    String imei = imeiAvp.asUtf8();
    String key = Imei.key(imei);
    if (key == null) {
      answers.replyInvalid(
          message,
          ResultCodes.DIAMETER_INVALID_AVP_VALUE,
          imeiAvp,
          "IMEI must be 14 to 16 digits (TS 23.003 §6.2)");
      return;
    }
    Avp svAvp = terminal.first(S6aAvps.SOFTWARE_VERSION);
    String sv = svAvp == null ? imeisvSoftwareVersion(imei) : svAvp.asUtf8();
    if (sv != null && !sv.matches("[0-9]{2}")) {
      answers.replyInvalid(
          message,
          ResultCodes.DIAMETER_INVALID_AVP_VALUE,
          svAvp,
          "Software-Version must be 2 digits (TS 29.272 §7.3.5)");
      return;
    }
    Avp userName = ecr.first(BaseAvps.USER_NAME);
    String imsi = userName == null ? null : userName.asUtf8();
    if (imsi != null && !Identities.isImsi(imsi)) {
      answers.replyInvalid(
          message,
          ResultCodes.DIAMETER_INVALID_AVP_VALUE,
          userName,
          "User-Name must be an IMSI (TS 23.003 §2.2)");
      return;
    }
    store
        .check(
            new EirStore.Request(key, sv, imsi, ecr.originHost(), COMMAND),
            unknownEquipment.configName(),
            DiameterBus.deadline(ecr))
        .onSuccess(status -> answer(message, status))
        .onFailure(failure -> answers.replyFailure(message, failure));
  }

  private void answer(Message<DiameterMessage> message, EquipmentStatus status) {
    if (status == null && unknownEquipment == UnknownEquipment.UNKNOWN) {
      answers.reply(
          message,
          answers.answer(message.body(), ResultCodes.S13.DIAMETER_ERROR_EQUIPMENT_UNKNOWN));
      return;
    }
    int equipmentStatus =
        switch (status == null ? EquipmentStatus.PERMITTED : status) {
          case PERMITTED -> Values.EquipmentStatus.PERMITTED_LISTED;
          case PROHIBITED -> Values.EquipmentStatus.PROHIBITED_LISTED;
          case TRACKING -> Values.EquipmentStatus.TRACKING_LISTED;
        };
    answers.reply(
        message,
        answers
            .answer(message.body(), ResultCodes.DIAMETER_SUCCESS)
            .add(S6aAvps.EQUIPMENT_STATUS, equipmentStatus));
  }

  /** TS 23.003 §6.2.2: an IMEISV (16 digits) ends with its 2-digit Software Version Number. */
  private static String imeisvSoftwareVersion(String imei) {
    return imei.length() == 16 ? imei.substring(14) : null;
  }
}
