package org.reactivehss.store;

/**
 * Registration state of an IMS public identity as the HSS keeps it (TS 29.228 §6.1.2, §8.1):
 * registered, unregistered (an S-CSCF keeps the profile for services of unregistered users), or not
 * registered. The SQL spelling is the column's CHECK constraint (V2).
 */
public enum RegistrationState {
  NOT_REGISTERED("not_registered"),
  REGISTERED("registered"),
  UNREGISTERED("unregistered");

  private final String sql;

  RegistrationState(String sql) {
    this.sql = sql;
  }

  public String sql() {
    return sql;
  }

  static RegistrationState fromSql(String value) {
    for (RegistrationState s : values()) {
      if (s.sql.equals(value)) {
        return s;
      }
    }
    throw new IllegalStateException("unknown registration_state " + value);
  }
}
