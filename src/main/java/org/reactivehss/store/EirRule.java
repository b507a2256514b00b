package org.reactivehss.store;

/**
 * One provisioned EIR rule: exactly one of {@code imei} (14 digits, TAC + SNR) and {@code tac} (8
 * digits) is set; {@code imsi}, only with {@code imei}, binds the rule to that subscriber. {@code
 * id} is 0 before the rule is stored.
 */
public record EirRule(long id, String imei, String tac, String imsi, EquipmentStatus status) {}
