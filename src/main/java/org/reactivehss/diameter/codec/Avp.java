package org.reactivehss.diameter.codec;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.reactivehss.diameter.dict.AvpDef;
import org.reactivehss.diameter.dict.AvpType;

/**
 * A view of one AVP inside a message's frame: nothing is copied until a typed accessor asks for it.
 *
 * <pre>
 *  0                   1                   2                   3
 * |                           AVP Code                            |
 * |V M P r r r r r|                  AVP Length                   |
 * |                        Vendor-ID (opt)                        |
 * |    Data ...                                                   |   RFC 6733 §4.1
 * </pre>
 *
 * Typed accessors throw {@link InvalidAvpException} (carrying the {@link DecodeProblem} to answer
 * with) when the data cannot be of that type; {@link #problemAs(AvpType)} asks the same question
 * without throwing. A message that passed {@link MessageValidator} has no such AVP among its known
 * ones.
 */
public final class Avp {
    static final int FLAG_VENDOR = 0x80;
    static final int FLAG_MANDATORY = 0x40;
    static final int FLAG_PROTECTED = 0x20;

    /** RFC 6733 §4.1: the five low bits are reserved and must be zero. */
    static final int FLAGS_RESERVED = 0x1f;

    private final byte[] frame;
    private final int start;
    private final int length;
    private final int dataStart;

    /** {@code length} has been bounded by the caller ({@link AvpChain#lengthAt}). */
    Avp(byte[] frame, int start, int length) {
        this.frame = frame;
        this.start = start;
        this.length = length;
        this.dataStart =
                start
                        + ((frame[start + 4] & FLAG_VENDOR) != 0
                                ? AvpChain.VENDOR_HEADER
                                : AvpChain.HEADER);
    }

    public int code() {
        return Bytes.int32(frame, start);
    }

    public long vendorId() {
        return isVendorSpecific() ? Bytes.int32(frame, start + 8) & 0xffffffffL : 0;
    }

    public int flags() {
        return frame[start + 4] & 0xff;
    }

    public boolean isVendorSpecific() {
        return (flags() & FLAG_VENDOR) != 0;
    }

    public boolean isMandatory() {
        return (flags() & FLAG_MANDATORY) != 0;
    }

    public boolean isProtected() {
        return (flags() & FLAG_PROTECTED) != 0;
    }

    /** AVP Length from the header: header plus data, without padding. */
    public int length() {
        return length;
    }

    public int dataLength() {
        return start + length - dataStart;
    }

    public boolean is(AvpDef def) {
        return code() == def.code() && vendorId() == def.vendorId();
    }

    /**
     * The whole AVP, header included, padded to 4 octets: the content of Failed-AVP (RFC 6733
     * §7.5).
     */
    public byte[] rawBytes() {
        byte[] raw = new byte[Bytes.padded(length)];
        System.arraycopy(frame, start, raw, 0, length);
        return raw;
    }

    public byte[] asOctets() {
        return Arrays.copyOfRange(frame, dataStart, start + length);
    }

    /** Copies the data into {@code target} at {@code offset}, for callers that reuse a buffer. */
    public void copyData(byte[] target, int offset) {
        System.arraycopy(frame, dataStart, target, offset, dataLength());
    }

    public int asInteger32() {
        requireLength(4);
        return Bytes.int32(frame, dataStart);
    }

    public long asUnsigned32() {
        return asInteger32() & 0xffffffffL;
    }

    public long asInteger64() {
        requireLength(8);
        return Bytes.int64(frame, dataStart);
    }

    /** The 64 bits as a Java long; values above Long.MAX_VALUE come out negative. */
    public long asUnsigned64() {
        return asInteger64();
    }

    public float asFloat32() {
        return Float.intBitsToFloat(asInteger32());
    }

    public double asFloat64() {
        return Double.longBitsToDouble(asInteger64());
    }

    public int asEnumerated() {
        return asInteger32();
    }

    /** RFC 6733 §4.3.1 Time: seconds since 1900-01-01T00:00Z (the NTP epoch), unsigned 32 bits. */
    public long asTime() {
        return asUnsigned32();
    }

    public String asUtf8() {
        return new String(frame, dataStart, dataLength(), StandardCharsets.UTF_8);
    }

    /** RFC 6733 §4.3.1 DiameterIdentity: an FQDN or realm, ASCII in practice. */
    public String asIdentity() {
        return asUtf8();
    }

    /** RFC 6733 §4.3.1 Address: 2-octet address family (IANA; 1 IPv4, 2 IPv6) then the address. */
    public InetAddress asAddress() {
        DecodeProblem problem = AvpChecks.address(this);
        if (problem != null) {
            throw new InvalidAvpException(problem);
        }
        try {
            return InetAddress.getByAddress(
                    Arrays.copyOfRange(frame, dataStart + 2, start + length));
        } catch (UnknownHostException impossibleForFourOrSixteenOctets) {
            throw new InvalidAvpException(AvpChecks.invalidValue(this, "address has no IP length"));
        }
    }

    /** RFC 6733 §4.4: the AVPs inside a Grouped AVP, up to the first that does not fit. */
    public List<Avp> asGrouped() {
        return AvpChain.list(frame, dataStart, start + length);
    }

    public Avp first(AvpDef def) {
        return AvpChain.first(frame, dataStart, start + length, def);
    }

    public List<Avp> all(AvpDef def) {
        return AvpChain.all(frame, dataStart, start + length, def);
    }

    /**
     * Whether this AVP's data can be read as {@code type}: null when it can, else the answer to
     * give.
     */
    public DecodeProblem problemAs(AvpType type) {
        return AvpChecks.problemAs(this, type);
    }

    int dataStart() {
        return dataStart;
    }

    int start() {
        return start;
    }

    byte[] frame() {
        return frame;
    }

    private void requireLength(int expected) {
        if (dataLength() != expected) {
            throw new InvalidAvpException(AvpChecks.invalidLength(this, expected));
        }
    }

    /** Code, vendor and flags only: AVP data may be key material and is never printed. */
    @Override
    public String toString() {
        return "Avp["
                + code()
                + (isVendorSpecific() ? "/" + vendorId() : "")
                + " flags=0x"
                + Integer.toHexString(flags())
                + " length="
                + length
                + "]";
    }
}
