package org.reactivehss.diameter.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.CxAvps;
import org.reactivehss.diameter.dict.CxCommands;

/**
 * RFC 6733 §3 Message Length and §4.1 AVP Length are 24 bits: the encoder refuses what does not fit
 * rather than write a wrapped length (a 17 MiB answer whose header claims 1 MiB desynchronises the
 * peer).
 */
class MessageLengthLimitTest {
    private static final int HEADER = 20;
    private static final int AVP_HEADER = 8;
    private static final int VENDOR_AVP_HEADER = 12;

    @Test
    void messageLongerThan24Bits_isRefused_notWrapped() {
        // GIVEN an answer carrying 17 MiB in one AVP
        MessageBuilder answer =
                MessageBuilder.request(CxCommands.SERVER_ASSIGNMENT)
                        .add(BaseAvps.ORIGIN_HOST, "hss.localdomain")
                        .add(CxAvps.USER_DATA, new byte[17 * 1024 * 1024]);
        // WHEN it is built THEN it is refused
        assertThatThrownBy(answer::build)
                .isInstanceOf(MessageTooLongException.class)
                .hasMessageContaining("24 bits");
    }

    @Test
    void groupedAvpPassingTheLimit_isRefused_evenWhenEachInnerAvpFits() {
        byte[] nineMiB = new byte[9 * 1024 * 1024];
        MessageBuilder request =
                MessageBuilder.request(CxCommands.SERVER_ASSIGNMENT)
                        .addGroup(
                                BaseAvps.FAILED_AVP,
                                g ->
                                        g.add(CxAvps.USER_DATA, nineMiB)
                                                .add(CxAvps.USER_DATA, nineMiB));
        assertThatThrownBy(request::build).isInstanceOf(MessageTooLongException.class);
    }

    @Test
    void messageOfExactlyTheLargestLength_isEncodedWithThatLength() {
        // GIVEN the largest padded length a 24-bit field holds: 0xFFFFFC
        int largest = MessageTooLongException.MAX_LENGTH & ~3;
        byte[] data = new byte[largest - HEADER - VENDOR_AVP_HEADER];
        // WHEN built
        byte[] encoded =
                MessageBuilder.request(CxCommands.SERVER_ASSIGNMENT)
                        .add(CxAvps.USER_DATA, data)
                        .build();
        // THEN the header and the AVP state the true lengths
        assertThat(encoded).hasSize(largest);
        assertThat(Bytes.uint24(encoded, 1)).isEqualTo(largest);
        assertThat(Bytes.uint24(encoded, HEADER + 5)).isEqualTo(largest - HEADER);
        DiameterMessage parsed = DiameterMessage.parse(encoded).message();
        assertThat(parsed.first(CxAvps.USER_DATA).length()).isEqualTo(largest - HEADER);
    }

    @Test
    void oneOctetMoreThanTheLargestLength_isRefused() {
        int largest = MessageTooLongException.MAX_LENGTH & ~3;
        byte[] data = new byte[largest - HEADER - AVP_HEADER + 1];
        MessageBuilder request =
                MessageBuilder.request(CxCommands.SERVER_ASSIGNMENT)
                        .add(
                                BaseAvps.ERROR_MESSAGE,
                                new String(new char[data.length]).replace('\0', 'x'));
        assertThatThrownBy(request::build).isInstanceOf(MessageTooLongException.class);
    }
}
