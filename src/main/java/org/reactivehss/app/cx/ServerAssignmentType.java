package org.reactivehss.app.cx;

import org.reactivehss.diameter.dict.Values;

/** TS 29.229 §6.3.15 Server-Assignment-Type: the values Cx acts on (12 to 14 belong to SWx). */
enum ServerAssignmentType {
  NO_ASSIGNMENT(Values.ServerAssignmentType.NO_ASSIGNMENT),
  REGISTRATION(Values.ServerAssignmentType.REGISTRATION),
  RE_REGISTRATION(Values.ServerAssignmentType.RE_REGISTRATION),
  UNREGISTERED_USER(Values.ServerAssignmentType.UNREGISTERED_USER),
  TIMEOUT_DEREGISTRATION(Values.ServerAssignmentType.TIMEOUT_DEREGISTRATION),
  USER_DEREGISTRATION(Values.ServerAssignmentType.USER_DEREGISTRATION),
  TIMEOUT_DEREGISTRATION_STORE_SERVER_NAME(
      Values.ServerAssignmentType.TIMEOUT_DEREGISTRATION_STORE_SERVER_NAME),
  USER_DEREGISTRATION_STORE_SERVER_NAME(
      Values.ServerAssignmentType.USER_DEREGISTRATION_STORE_SERVER_NAME),
  ADMINISTRATIVE_DEREGISTRATION(Values.ServerAssignmentType.ADMINISTRATIVE_DEREGISTRATION),
  AUTHENTICATION_FAILURE(Values.ServerAssignmentType.AUTHENTICATION_FAILURE),
  AUTHENTICATION_TIMEOUT(Values.ServerAssignmentType.AUTHENTICATION_TIMEOUT),
  DEREGISTRATION_TOO_MUCH_DATA(Values.ServerAssignmentType.DEREGISTRATION_TOO_MUCH_DATA);

  private final int code;

  ServerAssignmentType(int code) {
    this.code = code;
  }

  /** The type, or null for a value Cx does not define (answered with 5007 IN_ASSIGNMENT_TYPE). */
  static ServerAssignmentType of(int code) {
    for (ServerAssignmentType t : values()) {
      if (t.code == code) {
        return t;
      }
    }
    return null;
  }
}
