package org.reactivehss.diameter.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reactivehss.diameter.codec.FixtureMessages.hex;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.CxCommands;
import org.reactivehss.diameter.dict.ResultCodes;

/** The one head of S6a and Cx messages, in the order of TS 29.272 §7.2 and TS 29.229 §6.1. */
class ApplicationHeadTest {
    /** Vendor-Specific-Application-Id { Vendor-Id 10415, Auth-Application-Id 16777216 }. */
    private static final byte[] CX_VSAI =
            hex("0000010440000020" + "0000010a4000000c000028af" + "000001024000000c01000000");

    @Test
    void cxAnswer_isSessionIdVsaiResultAuthSessionStateOrigin_inThatOrder() {
        // GIVEN a MAR
        DiameterMessage mar = FixtureMessages.parsed(FixtureMessages.mar());

        // WHEN its answer head is built with Experimental-Result 5001
        DiameterMessage answer =
                FixtureMessages.parsed(
                        ApplicationHead.answer(
                                        mar,
                                        ResultCodes.Cx.DIAMETER_ERROR_USER_UNKNOWN,
                                        "hss.localdomain",
                                        "localdomain")
                                .build());

        // THEN the AVPs come in the grammar's order, the VSAI naming Cx
        assertThat(answer.avps())
                .extracting(Avp::code)
                .containsExactly(263, 260, 297, 277, 264, 296);
        assertThat(answer.first(BaseAvps.VENDOR_SPECIFIC_APPLICATION_ID).rawBytes())
                .isEqualTo(CX_VSAI);
        assertThat(answer.first(BaseAvps.AUTH_SESSION_STATE).asEnumerated()).isEqualTo(1);
        assertThat(answer.sessionId()).isEqualTo(mar.sessionId());
    }

    @Test
    void hssRequest_isSessionIdVsaiAuthSessionStateOrigin() {
        // WHEN the head of an RTR is built
        DiameterMessage rtr =
                FixtureMessages.parsed(
                        ApplicationHead.request(
                                        CxCommands.REGISTRATION_TERMINATION,
                                        "hss.localdomain;1;2",
                                        "hss.localdomain",
                                        "localdomain")
                                .build());

        // THEN TS 29.229 §6.1.9: < Session-Id > { VSAI } { Auth-Session-State } { Origin-Host } {
        // Origin-Realm }
        assertThat(rtr.avps()).extracting(Avp::code).containsExactly(263, 260, 277, 264, 296);
        assertThat(rtr.first(BaseAvps.VENDOR_SPECIFIC_APPLICATION_ID).rawBytes())
                .isEqualTo(CX_VSAI);
    }

    @Test
    void baseProtocolAnswer_hasNeitherVsaiNorAuthSessionState() {
        // GIVEN a DWR (RFC 6733 §5.5.2: DWA is { Result-Code } { Origin-Host } { Origin-Realm })
        DiameterMessage dwr = FixtureMessages.parsed(FixtureMessages.dwr());

        DiameterMessage dwa =
                FixtureMessages.parsed(
                        ApplicationHead.answer(
                                        dwr,
                                        ResultCodes.DIAMETER_SUCCESS,
                                        "hss.localdomain",
                                        "localdomain")
                                .build());

        assertThat(dwa.avps()).extracting(Avp::code).containsExactly(268, 264, 296);
        assertThat(List.of(dwa.isRequest(), dwa.isError())).containsExactly(false, false);
    }
}
