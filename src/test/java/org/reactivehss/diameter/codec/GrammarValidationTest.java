package org.reactivehss.diameter.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reactivehss.diameter.codec.FixtureMessages.hex;

import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.CxAvps;
import org.reactivehss.diameter.dict.CxCommands;
import org.reactivehss.diameter.dict.S6aAvps;
import org.reactivehss.diameter.dict.S6aCommands;

/**
 * Each grammar rule class of the dictionary gives the answer RFC 6733 §7.5 asks for, with
 * Failed-AVP pinned as octets: a missing inner {AVP} (5005), a repeated inner [AVP] (5009), an
 * Enumerated value the specification does not define (5004).
 */
class GrammarValidationTest {
    private final MessageValidator validator = MessageValidator.forAllKnownApplications();

    @Test
    void supportedFeaturesWithoutFeatureList_gives5005_withTheGroupHoldingAZeroFilledFeatureList() {
        // GIVEN an ULR whose Supported-Features lacks its { Feature-List } (TS 29.229 §6.3.29)
        byte[] ulr =
                ulrWith(
                        b ->
                                b.addGroup(
                                        CxAvps.SUPPORTED_FEATURES,
                                        g ->
                                                g.add(BaseAvps.VENDOR_ID, 10415L)
                                                        .add(CxAvps.FEATURE_LIST_ID, 1L)));

        // WHEN it is validated
        DecodeProblem problem = validator.validate(FixtureMessages.parsed(ulr));

        // THEN 5005, Failed-AVP = Supported-Features (628/10415) holding Feature-List (630/10415) =
        // 0
        assertThat(problem.resultCode()).isEqualTo(5005);
        assertThat(problem.failedAvp())
                .isEqualTo(hex("00000274c000001c000028af" + "00000276c0000010000028af00000000"));
    }

    @Test
    void numberOfRequestedVectorsTwice_gives5009_withTheGroupHoldingTheSecondInstance() {
        // GIVEN an AIR whose Requested-EUTRAN-Authentication-Info has [ Number-Of-Requested-Vectors
        // ] twice
        byte[] air =
                airWith(
                        b ->
                                b.addGroup(
                                        S6aAvps.REQUESTED_EUTRAN_AUTHENTICATION_INFO,
                                        g ->
                                                g.add(S6aAvps.NUMBER_OF_REQUESTED_VECTORS, 1L)
                                                        .add(
                                                                S6aAvps.NUMBER_OF_REQUESTED_VECTORS,
                                                                2L)));

        // WHEN it is validated
        DecodeProblem problem = validator.validate(FixtureMessages.parsed(air));

        // THEN 5009, Failed-AVP = the group (1408/10415) holding the second instance, value 2
        assertThat(problem.resultCode()).isEqualTo(5009);
        assertThat(problem.failedAvp())
                .isEqualTo(hex("00000580c000001c000028af" + "00000582c0000010000028af00000002"));
    }

    @Test
    void vendorSpecificApplicationIdWithTwoAuthApplicationIds_gives5009() {
        // GIVEN a MAR whose Vendor-Specific-Application-Id names two Auth-Application-Ids (RFC 6733
        // §6.11)
        DiameterMessage parsed =
                FixtureMessages.parsed(
                        MessageBuilder.request(CxCommands.MULTIMEDIA_AUTH)
                                .add(BaseAvps.SESSION_ID, "s;1")
                                .addGroup(
                                        BaseAvps.VENDOR_SPECIFIC_APPLICATION_ID,
                                        g ->
                                                g.add(BaseAvps.VENDOR_ID, 10415L)
                                                        .add(
                                                                BaseAvps.AUTH_APPLICATION_ID,
                                                                16777216L)
                                                        .add(
                                                                BaseAvps.AUTH_APPLICATION_ID,
                                                                16777217L))
                                .build());

        // WHEN it is validated
        DecodeProblem problem = validator.validate(parsed);

        // THEN 5009 naming the second Auth-Application-Id (258 = 0x102, 16777217 = 0x01000001)
        assertThat(problem.resultCode()).isEqualTo(5009);
        assertThat(problem.failedAvp())
                .isEqualTo(hex("0000010440000014" + "000001024000000c01000001"));
    }

    @Test
    void authSessionStateOfAnUndefinedValue_gives5004_withThatAvp() {
        // GIVEN an AIR with Auth-Session-State 7 (RFC 6733 §8.11 defines 0 and 1)
        byte[] air =
                MessageBuilder.request(S6aCommands.AUTHENTICATION_INFORMATION)
                        .add(BaseAvps.SESSION_ID, "s;1")
                        .add(BaseAvps.AUTH_SESSION_STATE, 7)
                        .build();

        // WHEN it is validated
        DecodeProblem problem = validator.validate(FixtureMessages.parsed(air));

        // THEN 5004 with the AVP itself
        assertThat(problem.resultCode()).isEqualTo(5004);
        assertThat(problem.failedAvp()).isEqualTo(hex("000001154000000c00000007"));
    }

    @Test
    void serverAssignmentTypeBeyondTheLastValue_gives5004_butSwxValuesPassToTheHandler() {
        // GIVEN SARs with Server-Assignment-Type 15 (TS 29.229 §6.3.15 ends at 14) and 12 (an SWx
        // value)
        DiameterMessage fifteen = FixtureMessages.parsed(sarWithType(15));
        DiameterMessage twelve = FixtureMessages.parsed(sarWithType(12));

        // THEN 15 is 5004 naming the AVP (614/10415), 12 is left to the handler (5007, TS 29.228
        // §6.1.2.1)
        assertThat(validator.validate(fifteen).resultCode()).isEqualTo(5004);
        assertThat(validator.validate(fifteen).failedAvp())
                .isEqualTo(hex("00000266c0000010000028af0000000f"));
        assertThat(validator.validate(twelve)).isNull();
    }

    @Test
    void requestedEutranAuthenticationInfoWithEveryLineOnce_passes() {
        byte[] air =
                airWith(
                        b ->
                                b.addGroup(
                                        S6aAvps.REQUESTED_EUTRAN_AUTHENTICATION_INFO,
                                        g ->
                                                g.add(S6aAvps.NUMBER_OF_REQUESTED_VECTORS, 1L)
                                                        .add(
                                                                S6aAvps
                                                                        .IMMEDIATE_RESPONSE_PREFERRED,
                                                                0L)
                                                        .add(
                                                                S6aAvps.RE_SYNCHRONIZATION_INFO,
                                                                new byte[30])
                                                        .addRaw(hex("000003e70000000c0000002a"))));

        assertThat(validator.problems(FixtureMessages.parsed(air))).isEmpty();
    }

    private static byte[] airWith(Consumer<MessageBuilder> more) {
        MessageBuilder b =
                s6aHead(MessageBuilder.request(S6aCommands.AUTHENTICATION_INFORMATION))
                        .add(S6aAvps.VISITED_PLMN_ID, new byte[] {0, (byte) 0xf1, 0x10});
        more.accept(b);
        return b.build();
    }

    private static byte[] ulrWith(Consumer<MessageBuilder> more) {
        MessageBuilder b =
                s6aHead(MessageBuilder.request(S6aCommands.UPDATE_LOCATION))
                        .add(S6aAvps.RAT_TYPE, 1004)
                        .add(S6aAvps.ULR_FLAGS, 0L)
                        .add(S6aAvps.VISITED_PLMN_ID, new byte[3]);
        more.accept(b);
        return b.build();
    }

    private static MessageBuilder s6aHead(MessageBuilder b) {
        return b.add(BaseAvps.SESSION_ID, "mme;1;2")
                .add(BaseAvps.AUTH_SESSION_STATE, 1)
                .add(BaseAvps.ORIGIN_HOST, "mme")
                .add(BaseAvps.ORIGIN_REALM, "localdomain")
                .add(BaseAvps.DESTINATION_REALM, "localdomain")
                .add(BaseAvps.USER_NAME, "001010000000001");
    }

    private static byte[] sarWithType(int type) {
        return ApplicationHead.request(
                        CxCommands.SERVER_ASSIGNMENT, "scscf;1;2", "scscf", "localdomain")
                .add(BaseAvps.DESTINATION_REALM, "localdomain")
                .add(CxAvps.PUBLIC_IDENTITY, "sip:alice@localdomain")
                .add(CxAvps.SERVER_NAME, "sip:scscf")
                .add(CxAvps.SERVER_ASSIGNMENT_TYPE, type)
                .add(CxAvps.USER_DATA_ALREADY_AVAILABLE, 0)
                .build();
    }
}
