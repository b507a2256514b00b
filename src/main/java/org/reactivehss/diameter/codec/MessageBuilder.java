package org.reactivehss.diameter.codec;

import io.netty.buffer.ByteBuf;
import java.util.Arrays;
import java.util.List;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.CommandDef;
import org.reactivehss.diameter.dict.ResultCode;

/**
 * Encodes one message. The header is written last, when the length is known (RFC 6733 §3: Message
 * Length counts the header and the padded AVPs). Hop-by-Hop and End-to-End identifiers are 0 until
 * set; choosing them is the peer layer's job (RFC 6733 §3).
 *
 * <pre>
 * byte[] answer = MessageBuilder.answer(request)
 *         .addCopy(request.first(BaseAvps.SESSION_ID))
 *         .add(BaseAvps.RESULT_CODE, ResultCodes.DIAMETER_SUCCESS.code())
 *         .add(BaseAvps.ORIGIN_HOST, "hss.localdomain")
 *         .build();
 * </pre>
 */
public final class MessageBuilder extends AvpWriter<MessageBuilder> {
    private static final int INITIAL_CAPACITY = 512;

    private int flags;
    private final int commandCode;
    private final int applicationId;
    private int hopByHop;
    private int endToEnd;
    private List<Avp> proxyInfoToEcho = List.of();
    private long resultCode = -1;
    private boolean experimentalResult;

    private MessageBuilder(
            int flags, int commandCode, int applicationId, int hopByHop, int endToEnd) {
        super(new Growable(INITIAL_CAPACITY));
        out.skip(DiameterMessage.HEADER_LENGTH);
        this.flags = flags;
        this.commandCode = commandCode;
        this.applicationId = applicationId;
        this.hopByHop = hopByHop;
        this.endToEnd = endToEnd;
    }

    /** A request of that command: R set, P set when the command is proxiable. */
    public static MessageBuilder request(CommandDef command) {
        int flags =
                DiameterMessage.FLAG_REQUEST
                        | (command.proxiable() ? DiameterMessage.FLAG_PROXIABLE : 0);
        return new MessageBuilder(flags, command.code(), command.applicationId(), 0, 0);
    }

    /**
     * The answer to {@code request}: same command, application, identifiers and P bit, R clear (RFC
     * 6733 §6.2). The AVPs, Session-Id included, are the caller's to add, except the request's
     * Proxy-Info AVPs: §6.2 wants them back in the answer in the same order, so {@link #build}
     * appends them itself and no handler can forget them.
     */
    public static MessageBuilder answer(DiameterMessage request) {
        MessageBuilder b =
                new MessageBuilder(
                        request.flags() & DiameterMessage.FLAG_PROXIABLE,
                        request.commandCode(),
                        request.applicationId(),
                        request.hopByHopId(),
                        request.endToEndId());
        b.proxyInfoToEcho = request.all(BaseAvps.PROXY_INFO);
        return b;
    }

    public MessageBuilder error(boolean on) {
        return flag(DiameterMessage.FLAG_ERROR, on);
    }

    public MessageBuilder proxiable(boolean on) {
        return flag(DiameterMessage.FLAG_PROXIABLE, on);
    }

    public MessageBuilder retransmit(boolean on) {
        return flag(DiameterMessage.FLAG_RETRANSMIT, on);
    }

    public MessageBuilder hopByHop(int id) {
        hopByHop = id;
        return this;
    }

    public MessageBuilder endToEnd(int id) {
        endToEnd = id;
        return this;
    }

    /**
     * The outcome of an answer: a base code as Result-Code (RFC 6733 §7.1), a vendor's code as
     * Experimental-Result {Vendor-Id, Experimental-Result-Code} (RFC 6733 §7.6, TS 29.272 §7.4).
     */
    public MessageBuilder addResult(ResultCode result) {
        if (!result.isExperimental()) {
            return addResultCode(result.code());
        }
        resultCode = result.code();
        experimentalResult = true;
        return addGroup(
                BaseAvps.EXPERIMENTAL_RESULT,
                g ->
                        g.add(BaseAvps.VENDOR_ID, result.vendorId())
                                .add(BaseAvps.EXPERIMENTAL_RESULT_CODE, result.code()));
    }

    /**
     * A base Result-Code AVP (RFC 6733 §7.1) by its number, remembered as {@link #resultCode()}.
     */
    public MessageBuilder addResultCode(long code) {
        resultCode = code;
        experimentalResult = false;
        return add(BaseAvps.RESULT_CODE, code);
    }

    /**
     * The outcome added by {@link #addResult} or {@link #addResultCode}, -1 if none was: what the
     * peer layer measures, without parsing the encoded answer again.
     */
    public long resultCode() {
        return resultCode;
    }

    /** Whether {@link #resultCode()} travels in Experimental-Result. */
    public boolean isExperimentalResult() {
        return experimentalResult;
    }

    /**
     * The encoded message in an array of exactly its length.
     *
     * @throws MessageTooLongException when it is longer than a 24-bit Message Length holds
     */
    public byte[] build() {
        finish();
        return Arrays.copyOf(out.array(), out.position());
    }

    /** The encoded message, written to {@code target} without an intermediate array. */
    public void writeTo(ByteBuf target) {
        finish();
        target.writeBytes(out.array(), 0, out.position());
    }

    @Override
    MessageBuilder self() {
        return this;
    }

    private MessageBuilder flag(int bit, boolean on) {
        flags = on ? flags | bit : flags & ~bit;
        return this;
    }

    private void finish() {
        for (Avp proxyInfo : proxyInfoToEcho) {
            addCopy(proxyInfo);
        }
        proxyInfoToEcho = List.of();
        if (out.overflowed()) {
            throw new MessageTooLongException(commandCode);
        }
        writeHeader();
    }

    private void writeHeader() {
        byte[] b = out.array();
        Bytes.putInt32(b, 0, MessageParser.VERSION << 24 | out.position());
        Bytes.putInt32(b, 4, flags << 24 | commandCode);
        Bytes.putInt32(b, 8, applicationId);
        Bytes.putInt32(b, 12, hopByHop);
        Bytes.putInt32(b, 16, endToEnd);
    }
}
