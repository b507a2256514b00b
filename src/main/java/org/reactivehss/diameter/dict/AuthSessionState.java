package org.reactivehss.diameter.dict;

/** RFC 6733 §8.11 Auth-Session-State values. */
public final class AuthSessionState {
    /** The server keeps session state: the client must end the session with STR. */
    public static final int STATE_MAINTAINED = 0;
    /** No session state: S6a, Cx and Sh, where every request stands alone. */
    public static final int NO_STATE_MAINTAINED = 1;

    private AuthSessionState() {
    }
}
