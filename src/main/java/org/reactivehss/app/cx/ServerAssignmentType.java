package org.reactivehss.app.cx;

/** TS 29.229 §6.3.15 Server-Assignment-Type: the values Cx defines (12 and 13 belong to SWx). */
enum ServerAssignmentType {
  NO_ASSIGNMENT(0),
  REGISTRATION(1),
  RE_REGISTRATION(2),
  UNREGISTERED_USER(3),
  TIMEOUT_DEREGISTRATION(4),
  USER_DEREGISTRATION(5),
  TIMEOUT_DEREGISTRATION_STORE_SERVER_NAME(6),
  USER_DEREGISTRATION_STORE_SERVER_NAME(7),
  ADMINISTRATIVE_DEREGISTRATION(8),
  AUTHENTICATION_FAILURE(9),
  AUTHENTICATION_TIMEOUT(10),
  DEREGISTRATION_TOO_MUCH_DATA(11);

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
