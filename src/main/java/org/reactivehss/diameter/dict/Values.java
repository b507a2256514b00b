package org.reactivehss.diameter.dict;

/**
 * Named values of the Enumerated AVPs the HSS reads or sends, in the words of their clauses; which
 * values an inbound AVP may take is {@link EnumeratedValues}'. The only place these numbers are
 * written.
 */
public final class Values {
    private Values() {}

    /** RFC 6733 §8.11 Auth-Session-State. */
    public static final class AuthSessionState {
        /** The server keeps session state: the client must end the session with STR. */
        public static final int STATE_MAINTAINED = 0;

        /** No session state: S6a, Cx and Sh, where every request stands alone. */
        public static final int NO_STATE_MAINTAINED = 1;

        private AuthSessionState() {}
    }

    /** TS 29.212 §5.3.31 RAT-Type: the 3GPP radio access types S6a tells apart. */
    public static final class RatType {
        public static final int UTRAN = 1000;
        public static final int GERAN = 1001;
        public static final int GAN = 1002;
        public static final int HSPA_EVOLUTION = 1003;
        public static final int EUTRAN = 1004;
        public static final int EUTRAN_NB_IOT = 1005;

        private RatType() {}
    }

    /** TS 29.272 §7.3.24 Cancellation-Type. */
    public static final class CancellationType {
        public static final int MME_UPDATE_PROCEDURE = 0;
        public static final int SGSN_UPDATE_PROCEDURE = 1;
        public static final int SUBSCRIPTION_WITHDRAWAL = 2;
        public static final int UPDATE_PROCEDURE_IWF = 3;
        public static final int INITIAL_ATTACH_PROCEDURE = 4;

        private CancellationType() {}
    }

    /** TS 29.272 §7.3.51 Equipment-Status, sent by the EIR in ECA. */
    public static final class EquipmentStatus {
        public static final int PERMITTED_LISTED = 0;
        public static final int PROHIBITED_LISTED = 1;
        public static final int TRACKING_LISTED = 2;

        private EquipmentStatus() {}
    }

    /** TS 29.272 §7.3.29 Subscriber-Status. */
    public static final class SubscriberStatus {
        public static final int SERVICE_GRANTED = 0;
        public static final int OPERATOR_DETERMINED_BARRING = 1;

        private SubscriberStatus() {}
    }

    /** TS 29.272 §7.3.21 Network-Access-Mode (1 is reserved). */
    public static final class NetworkAccessMode {
        public static final int PACKET_AND_CIRCUIT = 0;
        public static final int ONLY_PACKET = 2;

        private NetworkAccessMode() {}
    }

    /** TS 29.272 §7.3.33 All-APN-Configurations-Included-Indicator. */
    public static final class AllApnConfigurationsIncludedIndicator {
        public static final int ALL_APN_CONFIGURATIONS_INCLUDED = 0;
        public static final int MODIFIED_ADDED_APN_CONFIGURATIONS_INCLUDED = 1;

        private AllApnConfigurationsIncludedIndicator() {}
    }

    /** TS 29.272 §7.3.62 PDN-Type. */
    public static final class PdnType {
        public static final int IPV4 = 0;
        public static final int IPV6 = 1;
        public static final int IPV4V6 = 2;
        public static final int IPV4_OR_IPV6 = 3;

        private PdnType() {}
    }

    /**
     * TS 29.212 §5.3.46 Pre-emption-Capability and §5.3.47 Pre-emption-Vulnerability share these.
     */
    public static final class PreEmption {
        public static final int ENABLED = 0;
        public static final int DISABLED = 1;

        private PreEmption() {}
    }

    /** TS 29.229 §6.3.15 Server-Assignment-Type; 12 to 14 are SWx's (TS 29.273). */
    public static final class ServerAssignmentType {
        public static final int NO_ASSIGNMENT = 0;
        public static final int REGISTRATION = 1;
        public static final int RE_REGISTRATION = 2;
        public static final int UNREGISTERED_USER = 3;
        public static final int TIMEOUT_DEREGISTRATION = 4;
        public static final int USER_DEREGISTRATION = 5;
        public static final int TIMEOUT_DEREGISTRATION_STORE_SERVER_NAME = 6;
        public static final int USER_DEREGISTRATION_STORE_SERVER_NAME = 7;
        public static final int ADMINISTRATIVE_DEREGISTRATION = 8;
        public static final int AUTHENTICATION_FAILURE = 9;
        public static final int AUTHENTICATION_TIMEOUT = 10;
        public static final int DEREGISTRATION_TOO_MUCH_DATA = 11;
        public static final int AAA_USER_DATA_REQUEST = 12;
        public static final int PGW_UPDATE = 13;
        public static final int RESTORATION = 14;

        private ServerAssignmentType() {}
    }

    /** TS 29.229 §6.3.24 User-Authorization-Type. */
    public static final class UserAuthorizationType {
        public static final int REGISTRATION = 0;
        public static final int DE_REGISTRATION = 1;
        public static final int REGISTRATION_AND_CAPABILITIES = 2;

        private UserAuthorizationType() {}
    }

    /** TS 29.229 §6.3.26 User-Data-Already-Available. */
    public static final class UserDataAlreadyAvailable {
        public static final int USER_DATA_NOT_AVAILABLE = 0;
        public static final int USER_DATA_ALREADY_AVAILABLE = 1;

        private UserDataAlreadyAvailable() {}
    }

    /** TS 29.229 §6.3.32 Originating-Request. */
    public static final class OriginatingRequest {
        public static final int ORIGINATING = 0;

        private OriginatingRequest() {}
    }

    /** TS 29.229 §6.3.17 Reason-Code of Deregistration-Reason. */
    public static final class ReasonCode {
        public static final int PERMANENT_TERMINATION = 0;
        public static final int NEW_SERVER_ASSIGNED = 1;
        public static final int SERVER_CHANGE = 2;
        public static final int REMOVE_S_CSCF = 3;

        private ReasonCode() {}
    }

    /** TS 29.273 §8.2.3.3 Non-3GPP-IP-Access. */
    public static final class Non3gppIpAccess {
        public static final int NON_3GPP_SUBSCRIPTION_ALLOWED = 0;
        public static final int NON_3GPP_SUBSCRIPTION_BARRED = 1;

        private Non3gppIpAccess() {}
    }

    /** TS 29.273 §8.2.3.4 Non-3GPP-IP-Access-APN. */
    public static final class Non3gppIpAccessApn {
        public static final int NON_3GPP_APNS_ENABLE = 0;
        public static final int NON_3GPP_APNS_DISABLE = 1;

        private Non3gppIpAccessApn() {}
    }

    /** RFC 4006 §8.47 Subscription-Id-Type. */
    public static final class SubscriptionIdType {
        public static final int END_USER_E164 = 0;

        private SubscriptionIdType() {}
    }
}
