package org.reactivehss.diameter.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reactivehss.diameter.codec.FixtureMessages.hex;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reactivehss.diameter.dict.Applications;
import org.reactivehss.diameter.dict.AvpType;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.BaseCommands;
import org.reactivehss.diameter.dict.S6aCommands;

/**
 * Each dictionary check gives the Result-Code RFC 6733 §7.1 names, and the Failed-AVP §7.5 asks
 * for.
 */
class MessageValidatorTest {
    private final MessageValidator validator = MessageValidator.forAllKnownApplications();

    static List<Fixture> fixtures() {
        return Fixture.all().toList();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void everyFixture_passes(Fixture fixture) {
        assertThat(validator.problems(FixtureMessages.parsed(fixture.bytes()))).isEmpty();
    }

    @Test
    void unknownCommand_gives3001() {
        byte[] air = FixtureMessages.air();
        air[7] = (byte) 0x99;

        assertThat(firstProblem(air).resultCode()).isEqualTo(3001);
    }

    @Test
    void unknownApplication_gives3007() {
        byte[] air = FixtureMessages.air();
        air[11] = 0x04;

        assertThat(firstProblem(air).resultCode()).isEqualTo(3007);
    }

    @Test
    void applicationNotServedByThisNode_gives3007() {
        MessageValidator s6aOnly =
                new MessageValidator(List.of(Applications.BASE, Applications.S6A));

        assertThat(s6aOnly.validate(FixtureMessages.parsed(FixtureMessages.mar())).resultCode())
                .isEqualTo(3007);
    }

    @Test
    void eBitOnRequest_gives3008() {
        assertThat(firstProblem(withFlags(FixtureMessages.air(), 0xe0)).resultCode())
                .isEqualTo(3008);
    }

    @Test
    void reservedHeaderBit_gives3008() {
        assertThat(firstProblem(withFlags(FixtureMessages.dwr(), 0x81)).resultCode())
                .isEqualTo(3008);
    }

    @Test
    void airWithoutProxiableBit_gives3008() {
        assertThat(firstProblem(withFlags(FixtureMessages.air(), 0x80)).resultCode())
                .isEqualTo(3008);
    }

    @Test
    void cerWithProxiableBit_gives3008() {
        assertThat(firstProblem(withFlags(FixtureMessages.cer(), 0xc0)).resultCode())
                .isEqualTo(3008);
    }

    @Test
    void reservedAvpBit_gives3009WithThatAvp() {
        byte[] avp = hex("0000010841000017");
        byte[] dwr = dwrWith(b -> b.addRaw(concat(avp, "mme.localdomain".getBytes())));

        DecodeProblem problem = firstProblem(dwr);

        assertThat(problem.resultCode()).isEqualTo(3009);
        assertThat(problem.failedAvp()).startsWith(avp);
    }

    @Test
    void mandatoryUnknownAvp_gives5001WithFailedAvp() {
        byte[] unknown = hex("000003e74000000c0000002a");

        DecodeProblem problem = firstProblem(dwrWith(b -> b.addRaw(unknown)));

        assertThat(problem.resultCode()).isEqualTo(5001);
        assertThat(problem.failedAvp()).isEqualTo(unknown);
    }

    @Test
    void unknownAvpWithoutMandatoryBit_passesUntouched() {
        byte[] unknown = hex("000003e70000000c0000002a");
        DiameterMessage dwr = FixtureMessages.parsed(dwrWith(b -> b.addRaw(unknown)));

        assertThat(validator.validate(dwr)).isNull();
        assertThat(dwr.avps()).anySatisfy(avp -> assertThat(avp.rawBytes()).isEqualTo(unknown));
    }

    @Test
    void unknownMandatoryAvpInsideGroup_gives5001NamingTheGroupAndTheAvp() {
        byte[] dwr =
                MessageBuilder.request(BaseCommands.DEVICE_WATCHDOG)
                        .add(BaseAvps.ORIGIN_HOST, "a")
                        .add(BaseAvps.ORIGIN_REALM, "b")
                        .addGroup(
                                BaseAvps.PROXY_INFO,
                                g ->
                                        g.add(BaseAvps.PROXY_HOST, "p")
                                                .addRaw(hex("000003e74000000c0000002a")))
                        .build();

        DecodeProblem problem = firstProblem(dwr);

        assertThat(problem.resultCode()).isEqualTo(5001);
        assertThat(problem.failedAvp())
                .isEqualTo(hex("0000011c40000014" + "000003e74000000c0000002a"));
    }

    @Test
    void hostIpAddressOfUnknownFamily_gives5004() {
        byte[] badFamily = hex("000001014000000e0008" + "01020304" + "0000");

        assertThat(firstProblem(cerWith(badFamily)).resultCode()).isEqualTo(5004);
    }

    @Test
    void userNameThatIsNotUtf8_gives5004() {
        byte[] air =
                MessageBuilder.request(S6aCommands.AUTHENTICATION_INFORMATION)
                        .add(BaseAvps.SESSION_ID, "s;1")
                        .add(BaseAvps.USER_NAME, new byte[] {'0', (byte) 0xc0, (byte) 0xaf})
                        .build();

        DecodeProblem problem = firstProblem(air);

        assertThat(problem.resultCode()).isEqualTo(5004);
        assertThat(problem.failedAvp()).isEqualTo(hex("000000014000000b30c0af00"));
    }

    @Test
    void missingOriginHost_gives5005WithZeroFilledExample() {
        byte[] dwr =
                MessageBuilder.request(BaseCommands.DEVICE_WATCHDOG)
                        .add(BaseAvps.ORIGIN_REALM, "b")
                        .build();

        DecodeProblem problem = firstProblem(dwr);

        assertThat(problem.resultCode()).isEqualTo(5005);
        assertThat(problem.failedAvp()).isEqualTo(hex("0000010840000008"));
    }

    @Test
    void missingUnsigned32_gives5005WithFourZeroOctets() {
        byte[] dpr =
                MessageBuilder.request(BaseCommands.DISCONNECT_PEER)
                        .add(BaseAvps.ORIGIN_HOST, "a")
                        .add(BaseAvps.ORIGIN_REALM, "b")
                        .build();

        assertThat(firstProblem(dpr).failedAvp()).isEqualTo(hex("000001114000000c00000000"));
    }

    @Test
    void sessionIdNotFirst_gives5008() {
        byte[] air =
                MessageBuilder.request(S6aCommands.AUTHENTICATION_INFORMATION)
                        .add(BaseAvps.AUTH_SESSION_STATE, 1)
                        .add(BaseAvps.SESSION_ID, "s;1")
                        .build();

        assertThat(firstProblem(air).resultCode()).isEqualTo(5008);
    }

    @Test
    void originHostTwice_gives5009WithTheSecond() {
        byte[] dwr = dwrWith(b -> b.add(BaseAvps.ORIGIN_HOST, "second.localdomain"));

        DecodeProblem problem = firstProblem(dwr);

        assertThat(problem.resultCode()).isEqualTo(5009);
        assertThat(new String(problem.failedAvp(), 8, 18)).isEqualTo("second.localdomain");
    }

    @Test
    void unsigned32WithFiveOctets_gives5014() {
        byte[] fiveOctets = hex("0000011540" + "00000d" + "0000000001" + "000000");

        assertThat(firstProblem(dwrWith(b -> b.addRaw(fiveOctets))).resultCode()).isEqualTo(5014);
    }

    @Test
    void avpOverrunningTheMessage_gives5014FromTheParser() {
        byte[] dwr = FixtureMessages.dwr();
        dwr[20 + 7] = (byte) 0xff;

        DecodeResult result = DiameterMessage.parse(dwr);

        assertThat(result.problem().resultCode()).isEqualTo(5014);
        assertThat(result.problem().failedAvp()).isEqualTo(hex("0000010840000008"));
        assertThat(result.message().hopByHopId()).isEqualTo(0x1002);
    }

    @Test
    void avpTooShortInsideGroup_gives5014() {
        byte[] group = hex("0000011c40000010" + "00000118400000ff");

        assertThat(firstProblem(dwrWith(b -> b.addRaw(group))).resultCode()).isEqualTo(5014);
    }

    @Test
    void messageLengthDisagreeingWithFrame_gives5015FromTheParser() {
        byte[] dwr = FixtureMessages.dwr();
        dwr[3] = (byte) (dwr[3] + 4);

        assertThat(DiameterMessage.parse(dwr).problem().resultCode()).isEqualTo(5015);
    }

    @Test
    void severalProblems_areAllReportedInWireOrder() {
        byte[] dwr =
                MessageBuilder.request(BaseCommands.DEVICE_WATCHDOG)
                        .addRaw(hex("000003e74000000c0000002a"))
                        .add(BaseAvps.ORIGIN_REALM, "b")
                        .build();

        assertThat(validator.problems(FixtureMessages.parsed(dwr)))
                .extracting(DecodeProblem::resultCode)
                .containsExactly(5001L, 5005L);
    }

    @Test
    void typedAccessorOnWrongLength_carriesTheProblemInsteadOfFailingOddly() {
        Avp originHost = FixtureMessages.parsed(FixtureMessages.dwr()).first(BaseAvps.ORIGIN_HOST);

        assertThat(originHost.problemAs(AvpType.UNSIGNED32).resultCode()).isEqualTo(5014);
        assertThatThrownBy(originHost::asUnsigned32)
                .isInstanceOfSatisfying(
                        InvalidAvpException.class,
                        e -> assertThat(e.problem().resultCode()).isEqualTo(5014));
    }

    private DecodeProblem firstProblem(byte[] frame) {
        DecodeResult parsed = DiameterMessage.parse(frame);
        assertThat(parsed.problem()).as("structure").isNull();
        DecodeProblem problem = validator.validate(parsed.message());
        assertThat(problem).as("validation problem").isNotNull();
        return problem;
    }

    private static byte[] withFlags(byte[] frame, int flags) {
        frame[4] = (byte) flags;
        return frame;
    }

    private static byte[] dwrWith(UnaryOperator<MessageBuilder> extra) {
        return extra.apply(
                        MessageBuilder.request(BaseCommands.DEVICE_WATCHDOG)
                                .hopByHop(0x1002)
                                .add(BaseAvps.ORIGIN_HOST, "mme.localdomain")
                                .add(BaseAvps.ORIGIN_REALM, "localdomain"))
                .build();
    }

    private static byte[] cerWith(byte[] hostIpAddress) {
        return MessageBuilder.request(BaseCommands.CAPABILITIES_EXCHANGE)
                .add(BaseAvps.ORIGIN_HOST, "a")
                .add(BaseAvps.ORIGIN_REALM, "b")
                .addRaw(hostIpAddress)
                .add(BaseAvps.VENDOR_ID, 0)
                .add(BaseAvps.PRODUCT_NAME, "p")
                .build();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
