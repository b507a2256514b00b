package org.reactivehss.diameter.codec;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.reactivehss.diameter.dict.Applications;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.BaseCommands;
import org.reactivehss.diameter.dict.CxAvps;
import org.reactivehss.diameter.dict.CxCommands;
import org.reactivehss.diameter.dict.ResultCodes;
import org.reactivehss.diameter.dict.S13Commands;
import org.reactivehss.diameter.dict.S6aAvps;
import org.reactivehss.diameter.dict.S6aCommands;
import org.reactivehss.diameter.dict.Values;

/**
 * How each byte fixture in src/test/resources/fixtures is built with {@link MessageBuilder}. The
 * fixtures are the facts (checked by tshark in {@link TsharkDecodeTest}); these recipes must
 * reproduce them octet for octet. Values: IMSI 001010123456789 in PLMN 001/01, RAND/XRES/AUTN/CK/IK
 * of TS 35.208 test set 1 (AUTN = SQN xor AK, AMF, f1); KASME and AUTS are placeholders, the codec
 * does not care what they mean.
 */
final class FixtureMessages {
    static final byte[] PLMN_001_01 = hex("00f110");
    static final byte[] RAND = hex("23553cbe9637a89d218ae64dae47bf35");
    static final byte[] XRES = hex("a54211d5e3ba50bf");
    static final byte[] AUTN = hex("55f328b43577b9b94a9ffac354dfafb3");
    static final byte[] KASME =
            hex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
    static final byte[] CK = hex("b40ba9a3c58b2a05bbf0d987b21bf8cb");
    static final byte[] IK = hex("f769bcd751044604127672711c6d3441");
    static final byte[] AUTS = hex("1f2e3d4c5b6a7988a1b2c3d4e5f6");
    static final String IMSI = "001010123456789";

    private static final Map<String, Supplier<byte[]>> RECIPES = new LinkedHashMap<>();

    static {
        RECIPES.put("cer", FixtureMessages::cer);
        RECIPES.put(
                "cea",
                () ->
                        MessageBuilder.answer(parsed(cer()))
                                .add(BaseAvps.RESULT_CODE, ResultCodes.DIAMETER_SUCCESS.code())
                                .add(BaseAvps.ORIGIN_HOST, "hss.localdomain")
                                .add(BaseAvps.ORIGIN_REALM, "localdomain")
                                .add(BaseAvps.HOST_IP_ADDRESS, address("127.0.0.1"))
                                .add(BaseAvps.VENDOR_ID, 0)
                                .add(BaseAvps.PRODUCT_NAME, "Reactive HSS")
                                .addGroup(
                                        BaseAvps.VENDOR_SPECIFIC_APPLICATION_ID,
                                        g ->
                                                g.add(BaseAvps.VENDOR_ID, Applications.VENDOR_3GPP)
                                                        .add(
                                                                BaseAvps.AUTH_APPLICATION_ID,
                                                                Applications.S6A))
                                .build());
        RECIPES.put("dwr", FixtureMessages::dwr);
        RECIPES.put(
                "dwa",
                () ->
                        MessageBuilder.answer(parsed(dwr()))
                                .add(BaseAvps.RESULT_CODE, ResultCodes.DIAMETER_SUCCESS.code())
                                .add(BaseAvps.ORIGIN_HOST, "hss.localdomain")
                                .add(BaseAvps.ORIGIN_REALM, "localdomain")
                                .build());
        RECIPES.put(
                "dpr",
                () ->
                        MessageBuilder.request(BaseCommands.DISCONNECT_PEER)
                                .hopByHop(0x1003)
                                .endToEnd(0x2003)
                                .add(BaseAvps.ORIGIN_HOST, "mme.localdomain")
                                .add(BaseAvps.ORIGIN_REALM, "localdomain")
                                .add(BaseAvps.DISCONNECT_CAUSE, 0)
                                .build());
        RECIPES.put("s6a-air", FixtureMessages::air);
        RECIPES.put(
                "s6a-aia",
                () ->
                        MessageBuilder.answer(parsed(air()))
                                .add(BaseAvps.SESSION_ID, "mme.localdomain;1700000000;1")
                                .add(BaseAvps.AUTH_SESSION_STATE, 1)
                                .add(BaseAvps.RESULT_CODE, ResultCodes.DIAMETER_SUCCESS.code())
                                .add(BaseAvps.ORIGIN_HOST, "hss.localdomain")
                                .add(BaseAvps.ORIGIN_REALM, "localdomain")
                                .addGroup(
                                        S6aAvps.AUTHENTICATION_INFO,
                                        info ->
                                                info.addGroup(
                                                        S6aAvps.E_UTRAN_VECTOR,
                                                        v ->
                                                                v.add(S6aAvps.ITEM_NUMBER, 1)
                                                                        .add(S6aAvps.RAND, RAND)
                                                                        .add(S6aAvps.XRES, XRES)
                                                                        .add(S6aAvps.AUTN, AUTN)
                                                                        .add(S6aAvps.KASME, KASME)))
                                .build());
        RECIPES.put(
                "s6a-ulr",
                () ->
                        MessageBuilder.request(S6aCommands.UPDATE_LOCATION)
                                .hopByHop(0x1005)
                                .endToEnd(0x2005)
                                .add(BaseAvps.SESSION_ID, "mme.localdomain;1700000000;2")
                                .add(BaseAvps.AUTH_SESSION_STATE, 1)
                                .add(BaseAvps.ORIGIN_HOST, "mme.localdomain")
                                .add(BaseAvps.ORIGIN_REALM, "localdomain")
                                .add(BaseAvps.DESTINATION_REALM, "localdomain")
                                .add(BaseAvps.USER_NAME, IMSI)
                                .add(S6aAvps.RAT_TYPE, 1004)
                                .add(S6aAvps.ULR_FLAGS, 0x22)
                                .add(S6aAvps.VISITED_PLMN_ID, PLMN_001_01)
                                .build());
        RECIPES.put("s13-ecr", FixtureMessages::ecr);
        RECIPES.put(
                "s13-eca",
                () ->
                        ApplicationHead.answer(
                                        parsed(ecr()),
                                        ResultCodes.DIAMETER_SUCCESS,
                                        "hss.localdomain",
                                        "localdomain")
                                .add(
                                        S6aAvps.EQUIPMENT_STATUS,
                                        Values.EquipmentStatus.PROHIBITED_LISTED)
                                .build());
        RECIPES.put("cx-mar", FixtureMessages::mar);
        RECIPES.put(
                "cx-maa",
                () ->
                        MessageBuilder.answer(parsed(mar()))
                                .add(BaseAvps.SESSION_ID, "scscf.localdomain;1700000000;3")
                                .addGroup(
                                        BaseAvps.VENDOR_SPECIFIC_APPLICATION_ID,
                                        g ->
                                                g.add(BaseAvps.VENDOR_ID, Applications.VENDOR_3GPP)
                                                        .add(
                                                                BaseAvps.AUTH_APPLICATION_ID,
                                                                Applications.CX))
                                .add(BaseAvps.AUTH_SESSION_STATE, 1)
                                .add(BaseAvps.RESULT_CODE, ResultCodes.DIAMETER_SUCCESS.code())
                                .add(BaseAvps.ORIGIN_HOST, "hss.localdomain")
                                .add(BaseAvps.ORIGIN_REALM, "localdomain")
                                .add(BaseAvps.USER_NAME, IMSI + "@localdomain")
                                .add(CxAvps.PUBLIC_IDENTITY, "sip:" + IMSI + "@localdomain")
                                .add(CxAvps.SIP_NUMBER_AUTH_ITEMS, 1)
                                .addGroup(
                                        CxAvps.SIP_AUTH_DATA_ITEM,
                                        item ->
                                                item.add(CxAvps.SIP_ITEM_NUMBER, 1)
                                                        .add(
                                                                CxAvps.SIP_AUTHENTICATION_SCHEME,
                                                                "Digest-AKAv1-MD5")
                                                        .add(
                                                                CxAvps.SIP_AUTHENTICATE,
                                                                concat(RAND, AUTN))
                                                        .add(CxAvps.SIP_AUTHORIZATION, XRES)
                                                        .add(CxAvps.CONFIDENTIALITY_KEY, CK)
                                                        .add(CxAvps.INTEGRITY_KEY, IK))
                                .build());
        RECIPES.put(
                "error-5001-failed-avp",
                () ->
                        ErrorAnswers.build(
                                parsed(air()),
                                new DecodeProblem(5001, hex("000003e74000000c0000002a"), null),
                                "hss.localdomain",
                                "localdomain"));
    }

    private FixtureMessages() {}

    static Map<String, Supplier<byte[]>> recipes() {
        return RECIPES;
    }

    static byte[] cer() {
        return MessageBuilder.request(BaseCommands.CAPABILITIES_EXCHANGE)
                .hopByHop(0x1001)
                .endToEnd(0x2001)
                .add(BaseAvps.ORIGIN_HOST, "mme.localdomain")
                .add(BaseAvps.ORIGIN_REALM, "localdomain")
                .add(BaseAvps.HOST_IP_ADDRESS, address("127.0.0.2"))
                .add(BaseAvps.VENDOR_ID, Applications.VENDOR_3GPP)
                .add(BaseAvps.PRODUCT_NAME, "test-mme")
                .add(BaseAvps.ORIGIN_STATE_ID, 1)
                .add(BaseAvps.SUPPORTED_VENDOR_ID, Applications.VENDOR_3GPP)
                .addGroup(
                        BaseAvps.VENDOR_SPECIFIC_APPLICATION_ID,
                        g ->
                                g.add(BaseAvps.VENDOR_ID, Applications.VENDOR_3GPP)
                                        .add(BaseAvps.AUTH_APPLICATION_ID, Applications.S6A))
                .build();
    }

    static byte[] dwr() {
        return MessageBuilder.request(BaseCommands.DEVICE_WATCHDOG)
                .hopByHop(0x1002)
                .endToEnd(0x2002)
                .add(BaseAvps.ORIGIN_HOST, "mme.localdomain")
                .add(BaseAvps.ORIGIN_REALM, "localdomain")
                .build();
    }

    static byte[] air() {
        return MessageBuilder.request(S6aCommands.AUTHENTICATION_INFORMATION)
                .hopByHop(0x1004)
                .endToEnd(0x2004)
                .add(BaseAvps.SESSION_ID, "mme.localdomain;1700000000;1")
                .add(BaseAvps.AUTH_SESSION_STATE, 1)
                .add(BaseAvps.ORIGIN_HOST, "mme.localdomain")
                .add(BaseAvps.ORIGIN_REALM, "localdomain")
                .add(BaseAvps.DESTINATION_REALM, "localdomain")
                .add(BaseAvps.USER_NAME, IMSI)
                .add(S6aAvps.VISITED_PLMN_ID, PLMN_001_01)
                .addGroup(
                        S6aAvps.REQUESTED_EUTRAN_AUTHENTICATION_INFO,
                        g ->
                                g.add(S6aAvps.NUMBER_OF_REQUESTED_VECTORS, 1)
                                        .add(S6aAvps.IMMEDIATE_RESPONSE_PREFERRED, 0))
                .addGroup(
                        BaseAvps.PROXY_INFO,
                        p ->
                                p.add(BaseAvps.PROXY_HOST, "dra.localdomain")
                                        .add(BaseAvps.PROXY_STATE, new byte[] {1, 2, 3}))
                .build();
    }

    /** A resynchronising MAR: SIP-Authorization carries RAND || AUTS (TS 29.229 §6.3.12). */
    /** TS 29.272 §7.2.19: an MME asks the EIR about an IMEISV and the subscriber using it. */
    static byte[] ecr() {
        return MessageBuilder.request(S13Commands.ME_IDENTITY_CHECK)
                .hopByHop(0x1013)
                .endToEnd(0x2013)
                .add(BaseAvps.SESSION_ID, "mme.localdomain;1700000000;13")
                .addGroup(
                        BaseAvps.VENDOR_SPECIFIC_APPLICATION_ID,
                        g ->
                                g.add(BaseAvps.VENDOR_ID, Applications.VENDOR_3GPP)
                                        .add(BaseAvps.AUTH_APPLICATION_ID, Applications.S13))
                .add(BaseAvps.AUTH_SESSION_STATE, 1)
                .add(BaseAvps.ORIGIN_HOST, "mme.localdomain")
                .add(BaseAvps.ORIGIN_REALM, "localdomain")
                .add(BaseAvps.DESTINATION_REALM, "localdomain")
                .addGroup(
                        S6aAvps.TERMINAL_INFORMATION,
                        g ->
                                g.add(S6aAvps.IMEI, "35123456789012")
                                        .add(S6aAvps.SOFTWARE_VERSION, "05"))
                .add(BaseAvps.USER_NAME, IMSI)
                .build();
    }

    static byte[] mar() {
        return MessageBuilder.request(CxCommands.MULTIMEDIA_AUTH)
                .hopByHop(0x1006)
                .endToEnd(0x2006)
                .add(BaseAvps.SESSION_ID, "scscf.localdomain;1700000000;3")
                .addGroup(
                        BaseAvps.VENDOR_SPECIFIC_APPLICATION_ID,
                        g ->
                                g.add(BaseAvps.VENDOR_ID, Applications.VENDOR_3GPP)
                                        .add(BaseAvps.AUTH_APPLICATION_ID, Applications.CX))
                .add(BaseAvps.AUTH_SESSION_STATE, 1)
                .add(BaseAvps.ORIGIN_HOST, "scscf.localdomain")
                .add(BaseAvps.ORIGIN_REALM, "localdomain")
                .add(BaseAvps.DESTINATION_REALM, "localdomain")
                .add(BaseAvps.USER_NAME, IMSI + "@localdomain")
                .add(CxAvps.PUBLIC_IDENTITY, "sip:" + IMSI + "@localdomain")
                .add(CxAvps.SERVER_NAME, "sip:scscf.localdomain:6060")
                .add(CxAvps.SIP_NUMBER_AUTH_ITEMS, 1)
                .addGroup(
                        CxAvps.SIP_AUTH_DATA_ITEM,
                        item ->
                                item.add(CxAvps.SIP_AUTHENTICATION_SCHEME, "Digest-AKAv1-MD5")
                                        .add(CxAvps.SIP_AUTHORIZATION, concat(RAND, AUTS)))
                .build();
    }

    static DiameterMessage parsed(byte[] frame) {
        return DiameterMessage.parse(frame).message();
    }

    static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }
}
