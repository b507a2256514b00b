package org.reactivehss.diameter.codec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reactivehss.diameter.dict.BaseCommands;

class InboundFrameTest {

    @Test
    void aDecodeResultOrAFramingError_isPassedOnAsItIs() {
        // GIVEN what the frame decoder emits
        DecodeResult message =
                DiameterMessage.parse(MessageBuilder.request(BaseCommands.DEVICE_WATCHDOG).build());
        FramingError lost = new FramingError(5015, "Message Length 4 below the 20-octet header");
        // THEN each is its own frame
        assertThat(InboundFrame.of(message)).isSameAs(message);
        assertThat(InboundFrame.of(lost)).isSameAs(lost);
    }

    @Test
    void anythingElse_isAStreamThatCannotBeFramed() {
        // WHEN a pipeline hands over something that is not a frame
        InboundFrame frame = InboundFrame.of("a stray string");
        // THEN the connection sees a framing error naming its type, never its content
        assertThat(frame).isInstanceOf(FramingError.class);
        assertThat(((FramingError) frame).reason()).isEqualTo("not a Diameter frame: String");
    }
}
