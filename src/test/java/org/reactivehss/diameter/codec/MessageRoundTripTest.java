package org.reactivehss.diameter.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.reactivehss.diameter.dict.Applications;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.BaseCommands;
import org.reactivehss.diameter.dict.ResultCodes;
import org.reactivehss.diameter.dict.S6aAvps;
import org.reactivehss.diameter.dict.S6aCommands;

class MessageRoundTripTest {

    @Test
    void airBuiltThenParsed_givesBackHeaderAndGroupedAvps() throws Exception {
        byte[] rand = new byte[16];
        rand[0] = 0x23;
        byte[] encoded =
                MessageBuilder.request(S6aCommands.AUTHENTICATION_INFORMATION)
                        .hopByHop(0x11223344)
                        .endToEnd(0x55667788)
                        .add(BaseAvps.SESSION_ID, "mme.example;1;2")
                        .add(BaseAvps.AUTH_SESSION_STATE, 1)
                        .add(BaseAvps.ORIGIN_HOST, "mme.example")
                        .add(BaseAvps.ORIGIN_REALM, "example")
                        .add(BaseAvps.DESTINATION_REALM, "localdomain")
                        .add(BaseAvps.USER_NAME, "001010000000001")
                        .add(S6aAvps.VISITED_PLMN_ID, new byte[] {0x00, (byte) 0xf1, 0x10})
                        .addGroup(
                                S6aAvps.REQUESTED_EUTRAN_AUTHENTICATION_INFO,
                                g ->
                                        g.add(S6aAvps.NUMBER_OF_REQUESTED_VECTORS, 2)
                                                .add(S6aAvps.IMMEDIATE_RESPONSE_PREFERRED, 0))
                        .add(BaseAvps.HOST_IP_ADDRESS, InetAddress.getByName("192.0.2.7"))
                        .build();

        DecodeResult result = DiameterMessage.parse(encoded);

        assertThat(result.isWellFormed()).isTrue();
        DiameterMessage air = result.message();
        assertThat(air.length()).isEqualTo(encoded.length).isEqualTo(encoded.length / 4 * 4);
        assertThat(air.isRequest()).isTrue();
        assertThat(air.isProxiable()).isTrue();
        assertThat(air.commandCode()).isEqualTo(318);
        assertThat(air.applicationId()).isEqualTo(Applications.S6A);
        assertThat(air.hopByHopId()).isEqualTo(0x11223344);
        assertThat(air.endToEndId()).isEqualTo(0x55667788);
        assertThat(air.sessionId()).isEqualTo("mme.example;1;2");
        assertThat(air.originHost()).isEqualTo("mme.example");
        assertThat(air.first(S6aAvps.VISITED_PLMN_ID).asOctets()).containsExactly(0x00, 0xf1, 0x10);
        assertThat(air.first(S6aAvps.VISITED_PLMN_ID).isVendorSpecific()).isTrue();
        assertThat(
                        air.first(S6aAvps.REQUESTED_EUTRAN_AUTHENTICATION_INFO)
                                .first(S6aAvps.NUMBER_OF_REQUESTED_VECTORS)
                                .asUnsigned32())
                .isEqualTo(2);
        assertThat(air.first(BaseAvps.HOST_IP_ADDRESS).asAddress())
                .isEqualTo(InetAddress.getByName("192.0.2.7"));
        assertThat(air.avps()).hasSize(9);
    }

    @Test
    void answerToRequest_copiesIdentifiersAndClearsR() {
        DiameterMessage request =
                (DiameterMessage)
                        DiameterMessage.parse(
                                MessageBuilder.request(BaseCommands.DEVICE_WATCHDOG)
                                        .hopByHop(7)
                                        .endToEnd(9)
                                        .add(BaseAvps.ORIGIN_HOST, "a")
                                        .add(BaseAvps.ORIGIN_REALM, "b")
                                        .build());

        DiameterMessage answer =
                (DiameterMessage)
                        DiameterMessage.parse(
                                MessageBuilder.answer(request)
                                        .add(
                                                BaseAvps.RESULT_CODE,
                                                ResultCodes.DIAMETER_SUCCESS.code())
                                        .build());

        assertThat(answer.isRequest()).isFalse();
        assertThat(answer.isProxiable()).isFalse();
        assertThat(answer.commandCode()).isEqualTo(280);
        assertThat(answer.hopByHopId()).isEqualTo(7);
        assertThat(answer.endToEndId()).isEqualTo(9);
        assertThat(answer.first(BaseAvps.RESULT_CODE).asUnsigned32()).isEqualTo(2001);
    }

    @Test
    void experimentalResult_travelsInsideExperimentalResultWithThe3gppVendor() {
        DiameterMessage request = FixtureMessages.parsed(FixtureMessages.air());

        DiameterMessage answer =
                FixtureMessages.parsed(
                        MessageBuilder.answer(request)
                                .addResult(ResultCodes.S6a.DIAMETER_ERROR_USER_UNKNOWN)
                                .build());

        assertThat(answer.first(BaseAvps.RESULT_CODE)).isNull();
        assertThat(
                        answer.first(BaseAvps.EXPERIMENTAL_RESULT)
                                .first(BaseAvps.VENDOR_ID)
                                .asUnsigned32())
                .isEqualTo(10415);
        assertThat(answer.resultCode()).isEqualTo(5001);
        assertThat(answer.isExperimentalResult()).isTrue();
    }

    @Test
    void baseResult_travelsAsResultCode() {
        DiameterMessage request = FixtureMessages.parsed(FixtureMessages.dwr());

        DiameterMessage answer =
                FixtureMessages.parsed(
                        MessageBuilder.answer(request)
                                .addResult(ResultCodes.DIAMETER_UNABLE_TO_COMPLY)
                                .build());

        assertThat(answer.resultCode()).isEqualTo(5012);
        assertThat(answer.isExperimentalResult()).isFalse();
    }

    @Test
    void wrongValueTypeForDefinition_isRefusedAtBuildTime() {
        MessageBuilder builder = MessageBuilder.request(BaseCommands.DEVICE_WATCHDOG);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> builder.add(BaseAvps.ORIGIN_HOST, 5L));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> builder.add(S6aAvps.VISITED_PLMN_ID, 5L));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> builder.add(BaseAvps.RESULT_CODE, new byte[3]));
    }

    @Test
    void stampedIdentifiers_areWhatTheParserReads() {
        byte[] air = FixtureMessages.air();

        EncodedHeader.setHopByHop(air, 0xcafe0001);
        EncodedHeader.setEndToEnd(air, 0xbeef0002);
        EncodedHeader.markRetransmitted(air);

        DiameterMessage parsed = FixtureMessages.parsed(air);
        assertThat(parsed.hopByHopId())
                .isEqualTo(0xcafe0001)
                .isEqualTo(EncodedHeader.hopByHop(air));
        assertThat(parsed.endToEndId())
                .isEqualTo(0xbeef0002)
                .isEqualTo(EncodedHeader.endToEnd(air));
        assertThat(parsed.isRetransmit()).isTrue();
        assertThat(parsed.isRequest()).isEqualTo(EncodedHeader.isRequest(air)).isTrue();
        assertThat(EncodedHeader.commandCode(air)).isEqualTo(318);
    }
}
