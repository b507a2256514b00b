package org.reactivehss.diameter.dict;

import static org.reactivehss.diameter.dict.Applications.VENDOR_3GPP;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Result codes, one table: base codes of RFC 6733 §7.1 here, the 3GPP Experimental-Result-Codes of
 * each application in the nested classes. Names are the specifications' own.
 */
public final class ResultCodes {
    // RFC 6733 §7.1.1 informational, §7.1.2 success
    public static final ResultCode DIAMETER_MULTI_ROUND_AUTH =
            base(1001, "DIAMETER_MULTI_ROUND_AUTH");
    public static final ResultCode DIAMETER_SUCCESS = base(2001, "DIAMETER_SUCCESS");
    public static final ResultCode DIAMETER_LIMITED_SUCCESS =
            base(2002, "DIAMETER_LIMITED_SUCCESS");
    // RFC 6733 §7.1.3 protocol errors (E bit set)
    public static final ResultCode DIAMETER_COMMAND_UNSUPPORTED =
            base(3001, "DIAMETER_COMMAND_UNSUPPORTED");
    public static final ResultCode DIAMETER_UNABLE_TO_DELIVER =
            base(3002, "DIAMETER_UNABLE_TO_DELIVER");
    public static final ResultCode DIAMETER_REALM_NOT_SERVED =
            base(3003, "DIAMETER_REALM_NOT_SERVED");
    public static final ResultCode DIAMETER_TOO_BUSY = base(3004, "DIAMETER_TOO_BUSY");
    public static final ResultCode DIAMETER_LOOP_DETECTED = base(3005, "DIAMETER_LOOP_DETECTED");
    public static final ResultCode DIAMETER_REDIRECT_INDICATION =
            base(3006, "DIAMETER_REDIRECT_INDICATION");
    public static final ResultCode DIAMETER_APPLICATION_UNSUPPORTED =
            base(3007, "DIAMETER_APPLICATION_UNSUPPORTED");
    public static final ResultCode DIAMETER_INVALID_HDR_BITS =
            base(3008, "DIAMETER_INVALID_HDR_BITS");
    public static final ResultCode DIAMETER_INVALID_AVP_BITS =
            base(3009, "DIAMETER_INVALID_AVP_BITS");
    public static final ResultCode DIAMETER_UNKNOWN_PEER = base(3010, "DIAMETER_UNKNOWN_PEER");
    // RFC 6733 §7.1.4 transient failures
    public static final ResultCode DIAMETER_AUTHENTICATION_REJECTED =
            base(4001, "DIAMETER_AUTHENTICATION_REJECTED");
    public static final ResultCode DIAMETER_OUT_OF_SPACE = base(4002, "DIAMETER_OUT_OF_SPACE");
    public static final ResultCode ELECTION_LOST = base(4003, "ELECTION_LOST");
    // RFC 6733 §7.1.5 permanent failures
    public static final ResultCode DIAMETER_AVP_UNSUPPORTED =
            base(5001, "DIAMETER_AVP_UNSUPPORTED");
    public static final ResultCode DIAMETER_UNKNOWN_SESSION_ID =
            base(5002, "DIAMETER_UNKNOWN_SESSION_ID");
    public static final ResultCode DIAMETER_AUTHORIZATION_REJECTED =
            base(5003, "DIAMETER_AUTHORIZATION_REJECTED");
    public static final ResultCode DIAMETER_INVALID_AVP_VALUE =
            base(5004, "DIAMETER_INVALID_AVP_VALUE");
    public static final ResultCode DIAMETER_MISSING_AVP = base(5005, "DIAMETER_MISSING_AVP");
    public static final ResultCode DIAMETER_RESOURCES_EXCEEDED =
            base(5006, "DIAMETER_RESOURCES_EXCEEDED");
    public static final ResultCode DIAMETER_CONTRADICTING_AVPS =
            base(5007, "DIAMETER_CONTRADICTING_AVPS");
    public static final ResultCode DIAMETER_AVP_NOT_ALLOWED =
            base(5008, "DIAMETER_AVP_NOT_ALLOWED");
    public static final ResultCode DIAMETER_AVP_OCCURS_TOO_MANY_TIMES =
            base(5009, "DIAMETER_AVP_OCCURS_TOO_MANY_TIMES");
    public static final ResultCode DIAMETER_NO_COMMON_APPLICATION =
            base(5010, "DIAMETER_NO_COMMON_APPLICATION");
    public static final ResultCode DIAMETER_UNSUPPORTED_VERSION =
            base(5011, "DIAMETER_UNSUPPORTED_VERSION");
    public static final ResultCode DIAMETER_UNABLE_TO_COMPLY =
            base(5012, "DIAMETER_UNABLE_TO_COMPLY");
    public static final ResultCode DIAMETER_INVALID_BIT_IN_HEADER =
            base(5013, "DIAMETER_INVALID_BIT_IN_HEADER");
    public static final ResultCode DIAMETER_INVALID_AVP_LENGTH =
            base(5014, "DIAMETER_INVALID_AVP_LENGTH");
    public static final ResultCode DIAMETER_INVALID_MESSAGE_LENGTH =
            base(5015, "DIAMETER_INVALID_MESSAGE_LENGTH");
    public static final ResultCode DIAMETER_INVALID_AVP_BIT_COMBO =
            base(5016, "DIAMETER_INVALID_AVP_BIT_COMBO");
    public static final ResultCode DIAMETER_NO_COMMON_SECURITY =
            base(5017, "DIAMETER_NO_COMMON_SECURITY");

    /** TS 29.272 §7.4 Experimental-Result-Code values of S6a. */
    public static final class S6a {
        public static final ResultCode DIAMETER_AUTHENTICATION_DATA_UNAVAILABLE =
                tgpp(Applications.S6A, 4181, "DIAMETER_AUTHENTICATION_DATA_UNAVAILABLE");
        public static final ResultCode DIAMETER_ERROR_USER_UNKNOWN =
                tgpp(Applications.S6A, 5001, "DIAMETER_ERROR_USER_UNKNOWN");
        public static final ResultCode DIAMETER_ERROR_ROAMING_NOT_ALLOWED =
                tgpp(Applications.S6A, 5004, "DIAMETER_ERROR_ROAMING_NOT_ALLOWED");
        public static final ResultCode DIAMETER_ERROR_UNKNOWN_EPS_SUBSCRIPTION =
                tgpp(Applications.S6A, 5420, "DIAMETER_ERROR_UNKNOWN_EPS_SUBSCRIPTION");
        public static final ResultCode DIAMETER_ERROR_RAT_NOT_ALLOWED =
                tgpp(Applications.S6A, 5421, "DIAMETER_ERROR_RAT_NOT_ALLOWED");
        public static final ResultCode DIAMETER_ERROR_EQUIPMENT_UNKNOWN =
                tgpp(Applications.S6A, 5422, "DIAMETER_ERROR_EQUIPMENT_UNKNOWN");
        public static final ResultCode DIAMETER_ERROR_UNKNOWN_SERVING_NODE =
                tgpp(Applications.S6A, 5423, "DIAMETER_ERROR_UNKNOWN_SERVING_NODE");

        private S6a() {}
    }

    /** TS 29.272 §7.4 Experimental-Result-Code values the EIR sends on S13. */
    public static final class S13 {
        /** §7.4.3.5: the mobile equipment is not known in the EIR. */
        public static final ResultCode DIAMETER_ERROR_EQUIPMENT_UNKNOWN =
                tgpp(Applications.S13, 5422, "DIAMETER_ERROR_EQUIPMENT_UNKNOWN");

        private S13() {}
    }

    /** TS 29.229 §6.2 Experimental-Result-Code values of Cx. */
    public static final class Cx {
        public static final ResultCode DIAMETER_FIRST_REGISTRATION =
                tgpp(Applications.CX, 2001, "DIAMETER_FIRST_REGISTRATION");
        public static final ResultCode DIAMETER_SUBSEQUENT_REGISTRATION =
                tgpp(Applications.CX, 2002, "DIAMETER_SUBSEQUENT_REGISTRATION");
        public static final ResultCode DIAMETER_UNREGISTERED_SERVICE =
                tgpp(Applications.CX, 2003, "DIAMETER_UNREGISTERED_SERVICE");
        public static final ResultCode DIAMETER_SUCCESS_SERVER_NAME_NOT_STORED =
                tgpp(Applications.CX, 2004, "DIAMETER_SUCCESS_SERVER_NAME_NOT_STORED");
        public static final ResultCode DIAMETER_ERROR_USER_UNKNOWN =
                tgpp(Applications.CX, 5001, "DIAMETER_ERROR_USER_UNKNOWN");
        public static final ResultCode DIAMETER_ERROR_IDENTITIES_DONT_MATCH =
                tgpp(Applications.CX, 5002, "DIAMETER_ERROR_IDENTITIES_DONT_MATCH");
        public static final ResultCode DIAMETER_ERROR_IDENTITY_NOT_REGISTERED =
                tgpp(Applications.CX, 5003, "DIAMETER_ERROR_IDENTITY_NOT_REGISTERED");
        public static final ResultCode DIAMETER_ERROR_ROAMING_NOT_ALLOWED =
                tgpp(Applications.CX, 5004, "DIAMETER_ERROR_ROAMING_NOT_ALLOWED");
        public static final ResultCode DIAMETER_ERROR_IDENTITY_ALREADY_REGISTERED =
                tgpp(Applications.CX, 5005, "DIAMETER_ERROR_IDENTITY_ALREADY_REGISTERED");
        public static final ResultCode DIAMETER_ERROR_AUTH_SCHEME_NOT_SUPPORTED =
                tgpp(Applications.CX, 5006, "DIAMETER_ERROR_AUTH_SCHEME_NOT_SUPPORTED");
        public static final ResultCode DIAMETER_ERROR_IN_ASSIGNMENT_TYPE =
                tgpp(Applications.CX, 5007, "DIAMETER_ERROR_IN_ASSIGNMENT_TYPE");
        public static final ResultCode DIAMETER_ERROR_TOO_MUCH_DATA =
                tgpp(Applications.CX, 5008, "DIAMETER_ERROR_TOO_MUCH_DATA");
        public static final ResultCode DIAMETER_ERROR_NOT_SUPPORTED_USER_DATA =
                tgpp(Applications.CX, 5009, "DIAMETER_ERROR_NOT_SUPPORTED_USER_DATA");

        private Cx() {}
    }

    /** TS 29.329 §6.2 Experimental-Result-Code values of Sh. */
    public static final class Sh {
        public static final ResultCode DIAMETER_USER_DATA_NOT_AVAILABLE =
                tgpp(Applications.SH, 4100, "DIAMETER_USER_DATA_NOT_AVAILABLE");
        public static final ResultCode DIAMETER_PRIOR_UPDATE_IN_PROGRESS =
                tgpp(Applications.SH, 4101, "DIAMETER_PRIOR_UPDATE_IN_PROGRESS");

        /** §6.2.2.1 (defined in TS 29.229): the identity names no user. */
        public static final ResultCode DIAMETER_ERROR_USER_UNKNOWN =
                tgpp(Applications.SH, 5001, "DIAMETER_ERROR_USER_UNKNOWN");

        /** §6.2.2.2 (TS 29.229): the identities of the request belong to different users. */
        public static final ResultCode DIAMETER_ERROR_IDENTITIES_DONT_MATCH =
                tgpp(Applications.SH, 5002, "DIAMETER_ERROR_IDENTITIES_DONT_MATCH");

        /** TS 29.329 §6.2.2 (TS 29.229): the data exceeds what the receiving entity accepts. */
        public static final ResultCode DIAMETER_ERROR_TOO_MUCH_DATA =
                tgpp(Applications.SH, 5008, "DIAMETER_ERROR_TOO_MUCH_DATA");

        public static final ResultCode DIAMETER_ERROR_USER_DATA_NOT_RECOGNIZED =
                tgpp(Applications.SH, 5100, "DIAMETER_ERROR_USER_DATA_NOT_RECOGNIZED");
        public static final ResultCode DIAMETER_ERROR_OPERATION_NOT_ALLOWED =
                tgpp(Applications.SH, 5101, "DIAMETER_ERROR_OPERATION_NOT_ALLOWED");
        public static final ResultCode DIAMETER_ERROR_USER_DATA_CANNOT_BE_READ =
                tgpp(Applications.SH, 5102, "DIAMETER_ERROR_USER_DATA_CANNOT_BE_READ");
        public static final ResultCode DIAMETER_ERROR_USER_DATA_CANNOT_BE_MODIFIED =
                tgpp(Applications.SH, 5103, "DIAMETER_ERROR_USER_DATA_CANNOT_BE_MODIFIED");
        public static final ResultCode DIAMETER_ERROR_USER_DATA_CANNOT_BE_NOTIFIED =
                tgpp(Applications.SH, 5104, "DIAMETER_ERROR_USER_DATA_CANNOT_BE_NOTIFIED");
        public static final ResultCode DIAMETER_ERROR_TRANSPARENT_DATA_OUT_OF_SYNC =
                tgpp(Applications.SH, 5105, "DIAMETER_ERROR_TRANSPARENT_DATA_OUT_OF_SYNC");
        public static final ResultCode DIAMETER_ERROR_SUBS_DATA_ABSENT =
                tgpp(Applications.SH, 5106, "DIAMETER_ERROR_SUBS_DATA_ABSENT");
        public static final ResultCode DIAMETER_ERROR_NO_SUBSCRIPTION_TO_DATA =
                tgpp(Applications.SH, 5107, "DIAMETER_ERROR_NO_SUBSCRIPTION_TO_DATA");
        public static final ResultCode DIAMETER_ERROR_DSAI_NOT_AVAILABLE =
                tgpp(Applications.SH, 5108, "DIAMETER_ERROR_DSAI_NOT_AVAILABLE");

        private Sh() {}
    }

    /**
     * Experimental-Result-Code values SWx answers with (TS 29.273 §10.3; the Cx codes 5001, 5005
     * and 5006 of TS 29.229 §6.2.2 that TS 29.273 §8.1.2 reuses, carried under SWx's own
     * application id, as Wireshark's dictionary lists them).
     */
    public static final class Swx {
        public static final ResultCode DIAMETER_ERROR_USER_UNKNOWN =
                tgpp(Applications.SWX, 5001, "DIAMETER_ERROR_USER_UNKNOWN");
        public static final ResultCode DIAMETER_ERROR_IDENTITY_ALREADY_REGISTERED =
                tgpp(Applications.SWX, 5005, "DIAMETER_ERROR_IDENTITY_ALREADY_REGISTERED");
        public static final ResultCode DIAMETER_ERROR_AUTH_SCHEME_NOT_SUPPORTED =
                tgpp(Applications.SWX, 5006, "DIAMETER_ERROR_AUTH_SCHEME_NOT_SUPPORTED");
        public static final ResultCode DIAMETER_ERROR_USER_NO_NON_3GPP_SUBSCRIPTION =
                tgpp(Applications.SWX, 5450, "DIAMETER_ERROR_USER_NO_NON_3GPP_SUBSCRIPTION");
        public static final ResultCode DIAMETER_ERROR_USER_NO_APN_SUBSCRIPTION =
                tgpp(Applications.SWX, 5451, "DIAMETER_ERROR_USER_NO_APN_SUBSCRIPTION");
        public static final ResultCode DIAMETER_ERROR_RAT_TYPE_NOT_ALLOWED =
                tgpp(Applications.SWX, 5452, "DIAMETER_ERROR_RAT_TYPE_NOT_ALLOWED");

        private Swx() {}
    }

    /**
     * TS 29.173 Experimental-Result-Code values of SLh (TS 29.230 §8.1 lists 4201 and 5490 as
     * defined there; Wireshark's dictionary.xml agrees). DIAMETER_ERROR_ABSENT_USER here is 4201,
     * transient: not the 5550 of TS 29.338 (S6c/SGd) with the same name.
     */
    public static final class SLh {
        public static final ResultCode DIAMETER_ERROR_ABSENT_USER =
                tgpp(Applications.SLH, 4201, "DIAMETER_ERROR_ABSENT_USER");
        public static final ResultCode DIAMETER_ERROR_USER_UNKNOWN =
                tgpp(Applications.SLH, 5001, "DIAMETER_ERROR_USER_UNKNOWN");
        public static final ResultCode DIAMETER_ERROR_UNAUTHORIZED_REQUESTING_NETWORK =
                tgpp(Applications.SLH, 5490, "DIAMETER_ERROR_UNAUTHORIZED_REQUESTING_NETWORK");

        private SLh() {}
    }

    private ResultCodes() {}

    /** Every code of every space, read from the constants above (the table is the only source). */
    public static List<ResultCode> all() {
        List<ResultCode> all = new ArrayList<>();
        for (Class<?> table :
                List.of(
                        ResultCodes.class,
                        S6a.class,
                        S13.class,
                        Cx.class,
                        Sh.class,
                        SLh.class,
                        Swx.class)) {
            for (Field field : table.getDeclaredFields()) {
                if (field.getType() == ResultCode.class
                        && Modifier.isStatic(field.getModifiers())) {
                    all.add((ResultCode) readConstant(field));
                }
            }
        }
        return all;
    }

    private static Object readConstant(Field field) {
        try {
            return field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("result code table is not public: " + field, e);
        }
    }

    private static ResultCode base(int code, String name) {
        return new ResultCode(code, name, 0, Applications.BASE);
    }

    private static ResultCode tgpp(int applicationId, int code, String name) {
        return new ResultCode(code, name, VENDOR_3GPP, applicationId);
    }
}
