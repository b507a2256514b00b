package org.reactivehss.diameter.dict;

import static org.reactivehss.diameter.dict.BaseAvps.*;
import static org.reactivehss.diameter.dict.CxAvps.*;
import static org.reactivehss.diameter.dict.S6aAvps.*;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The values the specifications define for the Enumerated AVPs the HSS reads; any other value is
 * DIAMETER_INVALID_AVP_VALUE (RFC 6733 §7.1.5, 5004). Values are listed as closed ranges, lowest
 * first. Enumerated AVPs not listed here (Result-Code, Experimental-Result-Code, Disconnect-Cause
 * ...) accept every value: the HSS either only sends them or reads them leniently on purpose.
 */
public final class EnumeratedValues {
    private static final Map<AvpDef, int[]> RANGES = new IdentityHashMap<>();

    static {
        // RFC 6733 §8.11
        define(
                AUTH_SESSION_STATE,
                Values.AuthSessionState.STATE_MAINTAINED,
                Values.AuthSessionState.NO_STATE_MAINTAINED);
        // TS 29.212 §5.3.31: 0-999 generic, 1000-1999 3GPP, 2000-2999 3GPP2 radio access types. The
        // blocks, not today's values, so that a RAT added by a later release still reaches the
        // handler.
        define(RAT_TYPE, 0, 2999);
        // TS 29.229 §6.3.15; 12-14 belong to SWx, and Cx answers them with
        // DIAMETER_ERROR_IN_ASSIGNMENT_TYPE
        // (TS 29.228 §6.1.2.1), not with 5004
        define(
                SERVER_ASSIGNMENT_TYPE,
                Values.ServerAssignmentType.NO_ASSIGNMENT,
                Values.ServerAssignmentType.RESTORATION);
        // TS 29.229 §6.3.24
        define(
                USER_AUTHORIZATION_TYPE,
                Values.UserAuthorizationType.REGISTRATION,
                Values.UserAuthorizationType.REGISTRATION_AND_CAPABILITIES);
        // TS 29.229 §6.3.26
        define(
                USER_DATA_ALREADY_AVAILABLE,
                Values.UserDataAlreadyAvailable.USER_DATA_NOT_AVAILABLE,
                Values.UserDataAlreadyAvailable.USER_DATA_ALREADY_AVAILABLE);
        // TS 29.229 §6.3.32
        define(
                ORIGINATING_REQUEST,
                Values.OriginatingRequest.ORIGINATING,
                Values.OriginatingRequest.ORIGINATING);
    }

    private EnumeratedValues() {}

    /**
     * Whether {@code value} is one the specification defines for {@code def}; true when none are
     * listed.
     */
    public static boolean allows(AvpDef def, int value) {
        int[] ranges = RANGES.get(def);
        if (ranges == null) {
            return true;
        }
        for (int i = 0; i < ranges.length; i += 2) {
            if (value >= ranges[i] && value <= ranges[i + 1]) {
                return true;
            }
        }
        return false;
    }

    /** Whether the dictionary lists the values of {@code def}. */
    public static boolean isClosed(AvpDef def) {
        return RANGES.containsKey(def);
    }

    private static void define(AvpDef def, int... lowHighPairs) {
        if (def.type() != AvpType.ENUMERATED || lowHighPairs.length % 2 != 0) {
            throw new IllegalStateException(def + " cannot take the value ranges given");
        }
        RANGES.put(def, lowHighPairs.clone());
    }
}
