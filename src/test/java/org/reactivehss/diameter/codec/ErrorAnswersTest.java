package org.reactivehss.diameter.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reactivehss.diameter.codec.FixtureMessages.hex;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reactivehss.diameter.dict.Applications;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.BaseCommands;
import org.reactivehss.diameter.dict.ResultCodes;
import org.reactivehss.diameter.dict.S6aCommands;

/** The answers RFC 6733 §7.2 and §7.5 ask for, from problems found in requests. */
class ErrorAnswersTest {
    private static final byte[] UNKNOWN_MANDATORY = hex("000003e74000000c0000002a");

    @Test
    void unknownCommand_gives3001WithEBitAndTheRequestsIdentifiers() {
        byte[] request = FixtureMessages.air();
        request[7] = (byte) 0x99;
        DiameterMessage air = FixtureMessages.parsed(request);
        DecodeProblem problem = MessageValidator.forAllKnownApplications().validate(air);

        DiameterMessage answer = answer(air, problem);

        assertThat(answer.isError()).isTrue();
        assertThat(answer.isRequest()).isFalse();
        assertThat(answer.isProxiable()).isTrue();
        assertThat(answer.commandCode()).isEqualTo(air.commandCode());
        assertThat(answer.hopByHopId()).isEqualTo(0x1004);
        assertThat(answer.endToEndId()).isEqualTo(0x2004);
        assertThat(answer.first(BaseAvps.RESULT_CODE).asUnsigned32()).isEqualTo(3001);
        assertThat(answer.first(BaseAvps.AUTH_SESSION_STATE))
                .as("generic answer-message of RFC 6733 §7.2")
                .isNull();
    }

    @Test
    void answer_echoesSessionIdFirstAndProxyInfoInOrder() {
        DiameterMessage air =
                FixtureMessages.parsed(
                        MessageBuilder.request(S6aCommands.AUTHENTICATION_INFORMATION)
                                .add(BaseAvps.SESSION_ID, "mme;1;2")
                                .addGroup(
                                        BaseAvps.PROXY_INFO,
                                        p ->
                                                p.add(BaseAvps.PROXY_HOST, "first")
                                                        .add(BaseAvps.PROXY_STATE, new byte[] {1}))
                                .addGroup(
                                        BaseAvps.PROXY_INFO,
                                        p ->
                                                p.add(BaseAvps.PROXY_HOST, "second")
                                                        .add(BaseAvps.PROXY_STATE, new byte[] {2}))
                                .build());

        DiameterMessage answer =
                answer(air, DecodeProblem.of(ResultCodes.DIAMETER_TOO_BUSY, null, null));

        assertThat(answer.avps().get(0).is(BaseAvps.SESSION_ID)).isTrue();
        assertThat(answer.sessionId()).isEqualTo("mme;1;2");
        assertThat(answer.all(BaseAvps.PROXY_INFO))
                .extracting(p -> p.first(BaseAvps.PROXY_HOST).asIdentity())
                .containsExactly("first", "second");
        assertThat(answer.all(BaseAvps.PROXY_INFO))
                .extracting(Avp::rawBytes)
                .containsExactlyElementsOf(
                        air.all(BaseAvps.PROXY_INFO).stream().map(Avp::rawBytes).toList());
    }

    @Test
    void mandatoryUnknownAvp_gives5001WithoutEBitAndFailedAvpHoldingIt() {
        DiameterMessage air = FixtureMessages.parsed(FixtureMessages.air());

        DiameterMessage answer =
                answer(air, new DecodeProblem(5001, UNKNOWN_MANDATORY, "AVP 999 is unknown"));

        assertThat(answer.isError()).isFalse();
        assertThat(answer.first(BaseAvps.RESULT_CODE).asUnsigned32()).isEqualTo(5001);
        assertThat(answer.first(BaseAvps.FAILED_AVP).asGrouped())
                .singleElement()
                .satisfies(avp -> assertThat(avp.rawBytes()).isEqualTo(UNKNOWN_MANDATORY));
        assertThat(answer.first(BaseAvps.ERROR_MESSAGE).asUtf8()).isEqualTo("AVP 999 is unknown");
        assertThat(answer.first(BaseAvps.AUTH_SESSION_STATE).asEnumerated())
                .as("AIA grammar, TS 29.272 §7.2.6")
                .isEqualTo(1);
        assertThat(answer.originHost()).isEqualTo("hss.localdomain");
        assertThat(answer.originRealm()).isEqualTo("localdomain");
    }

    @Test
    void cxPermanentFailure_carriesVendorSpecificApplicationIdAsItsGrammarRequires() {
        DiameterMessage mar = FixtureMessages.parsed(FixtureMessages.mar());

        DiameterMessage answer =
                answer(
                        mar,
                        DecodeProblem.of(
                                ResultCodes.DIAMETER_MISSING_AVP,
                                hex("0000025fc000000c000028af"),
                                null));

        Avp vsai = answer.first(BaseAvps.VENDOR_SPECIFIC_APPLICATION_ID);
        assertThat(vsai.first(BaseAvps.VENDOR_ID).asUnsigned32())
                .isEqualTo(Applications.VENDOR_3GPP);
        assertThat(vsai.first(BaseAvps.AUTH_APPLICATION_ID).asUnsigned32())
                .isEqualTo(Applications.CX);
        assertThat(MessageValidator.forAllKnownApplications().problems(answer)).isEmpty();
    }

    @Test
    void everyProblemTheValidatorFinds_givesAnAnswerThatPassesTheValidator() {
        List<byte[]> broken =
                List.of(
                        MessageBuilder.request(BaseCommands.DEVICE_WATCHDOG)
                                .add(BaseAvps.ORIGIN_REALM, "b")
                                .build(),
                        MessageBuilder.request(BaseCommands.DEVICE_WATCHDOG)
                                .add(BaseAvps.ORIGIN_HOST, "a")
                                .add(BaseAvps.ORIGIN_REALM, "b")
                                .addRaw(UNKNOWN_MANDATORY)
                                .build());
        MessageValidator validator = MessageValidator.forAllKnownApplications();

        for (byte[] request : broken) {
            DiameterMessage message = FixtureMessages.parsed(request);
            assertThat(validator.problems(answer(message, validator.validate(message)))).isEmpty();
        }
    }

    private static DiameterMessage answer(DiameterMessage request, DecodeProblem problem) {
        DecodeResult parsed =
                DiameterMessage.parse(
                        ErrorAnswers.build(request, problem, "hss.localdomain", "localdomain"));
        assertThat(parsed.problem()).isNull();
        return parsed.message();
    }
}
