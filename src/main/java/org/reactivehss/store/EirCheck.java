package org.reactivehss.store;

import java.time.OffsetDateTime;

/**
 * One recorded equipment check: the IMEI (14 digits), the Software-Version and IMSI when the
 * request carried them, the peer and command that asked (ECR or ULR), the rule that matched (null:
 * none) and the answer given ({@link EquipmentStatus#apiName()} or "unknown").
 */
public record EirCheck(
    long id,
    String imei,
    String softwareVersion,
    String imsi,
    String originHost,
    String command,
    Long ruleId,
    String result,
    OffsetDateTime checkedAt) {}
