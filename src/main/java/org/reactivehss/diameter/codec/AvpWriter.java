package org.reactivehss.diameter.codec;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.reactivehss.diameter.dict.AvpDef;
import org.reactivehss.diameter.dict.AvpType;

/**
 * Appends AVPs to one growable array: the whole message for {@link MessageBuilder}, a Grouped AVP's
 * payload for {@link GroupBuilder}. M and V come from the definition, P is never set; lengths
 * exclude the padding, which is written as zeros (RFC 6733 §4.1). Passing a value of the wrong type
 * for the definition is a programming error and throws IllegalArgumentException.
 *
 * <p>Neither a message nor an AVP can be longer than a 24-bit length field holds (RFC 6733 §3,
 * §4.1). Once the content passes {@link MessageTooLongException#MAX_LENGTH} octets the writer stops
 * copying (memory stays bounded, no length wraps) and {@link MessageBuilder#build} refuses the
 * message; adding never throws, so a handler reaches the one place where the refusal is turned into
 * an answer.
 *
 * @param <S> the concrete builder, returned for chaining
 */
public abstract class AvpWriter<S extends AvpWriter<S>> {
    final Growable out;

    AvpWriter(Growable out) {
        this.out = out;
    }

    abstract S self();

    /** UTF8String, DiameterIdentity, DiameterURI, or OctetString given as text. */
    public S add(AvpDef def, String value) {
        switch (def.type()) {
            case UTF8STRING, DIAMETER_IDENTITY, DIAMETER_URI, OCTET_STRING -> {
                int at = header(def);
                out.writeUtf8(value);
                finish(at);
                return self();
            }
            default -> throw wrongType(def, "String");
        }
    }

    /** Integer32, Unsigned32, Enumerated and Time take 32 bits; the 64-bit types take all 64. */
    public S add(AvpDef def, long value) {
        int size = def.type().fixedLength();
        if (size < 0 || def.type() == AvpType.FLOAT32 || def.type() == AvpType.FLOAT64) {
            throw wrongType(def, "long");
        }
        int at = header(def);
        if (size == 4) {
            out.writeInt((int) value);
        } else {
            out.writeLong(value);
        }
        finish(at);
        return self();
    }

    /** As {@link #add(AvpDef, long)}; an int for Unsigned32 is taken as its 32 bits. */
    public S add(AvpDef def, int value) {
        return add(def, def.type() == AvpType.UNSIGNED32 ? value & 0xffffffffL : value);
    }

    public S add(AvpDef def, double value) {
        if (def.type() != AvpType.FLOAT32 && def.type() != AvpType.FLOAT64) {
            throw wrongType(def, "double");
        }
        int at = header(def);
        if (def.type() == AvpType.FLOAT32) {
            out.writeInt(Float.floatToRawIntBits((float) value));
        } else {
            out.writeLong(Double.doubleToRawLongBits(value));
        }
        finish(at);
        return self();
    }

    /** The data as given; for a fixed-size type its length must match. */
    public S add(AvpDef def, byte[] data) {
        return add(def, data, 0, data.length);
    }

    public S add(AvpDef def, byte[] data, int offset, int length) {
        int fixed = def.type().fixedLength();
        if (def.type() == AvpType.GROUPED || fixed >= 0 && fixed != length) {
            throw wrongType(def, length + " octets");
        }
        int at = header(def);
        out.write(data, offset, length);
        finish(at);
        return self();
    }

    /** RFC 6733 §4.3.1 Address: family 1 (IPv4) or 2 (IPv6), then the address octets. */
    public S add(AvpDef def, InetAddress address) {
        if (def.type() != AvpType.ADDRESS) {
            throw wrongType(def, "InetAddress");
        }
        int at = header(def);
        out.writeShort(address instanceof Inet4Address ? 1 : 2);
        byte[] octets = address.getAddress();
        out.write(octets, 0, octets.length);
        finish(at);
        return self();
    }

    /** RFC 6733 §4.4 Grouped: the consumer adds the inner AVPs. */
    public S addGroup(AvpDef def, Consumer<GroupBuilder> inner) {
        if (def.type() != AvpType.GROUPED) {
            throw wrongType(def, "group");
        }
        int at = header(def);
        inner.accept(new GroupBuilder(out));
        finish(at);
        return self();
    }

    /** One whole AVP (header included) copied as it is, e.g. Proxy-Info or Failed-AVP content. */
    public S addRaw(byte[] wholeAvp) {
        out.write(wholeAvp, 0, wholeAvp.length);
        out.pad();
        return self();
    }

    /** An AVP of a received message copied as it is, without an intermediate array. */
    public S addCopy(Avp avp) {
        out.write(avp.frame(), avp.start(), avp.length());
        out.pad();
        return self();
    }

    /**
     * Opens a Grouped AVP whose inner AVPs this writer adds next, up to {@link #closeGroup}: for
     * heads built on every request, where the consumer of {@link #addGroup} would be one more
     * object.
     */
    int openGroup(AvpDef def) {
        if (def.type() != AvpType.GROUPED) {
            throw wrongType(def, "group");
        }
        return header(def);
    }

    S closeGroup(int at) {
        finish(at);
        return self();
    }

    private int header(AvpDef def) {
        int at = out.position();
        out.writeInt(def.code());
        int flags =
                (def.isVendorSpecific() ? Avp.FLAG_VENDOR : 0)
                        | (def.mandatoryWhenSent() ? Avp.FLAG_MANDATORY : 0);
        out.writeInt(flags << 24);
        if (def.isVendorSpecific()) {
            out.writeInt((int) def.vendorId());
        }
        return at;
    }

    /** Writes the AVP Length (without padding) into the header at {@code at}, then pads. */
    private void finish(int at) {
        if (out.overflowed()) {
            return;
        }
        out.putInt24(at + 5, out.position() - at);
        out.pad();
    }

    private static IllegalArgumentException wrongType(AvpDef def, String given) {
        return new IllegalArgumentException(def + " is " + def.type() + ", not " + given);
    }

    /**
     * One growing array shared by a message and its groups, never longer than a 24-bit length
     * allows: a write that would pass that limit marks the array overflowed and it takes no more
     * writes.
     */
    static final class Growable {
        private byte[] bytes;
        private int position;
        private boolean overflowed;

        Growable(int capacity) {
            bytes = new byte[capacity];
        }

        int position() {
            return position;
        }

        byte[] array() {
            return bytes;
        }

        boolean overflowed() {
            return overflowed;
        }

        void skip(int count) {
            if (room(count)) {
                position += count;
            }
        }

        void writeShort(int value) {
            if (room(2)) {
                bytes[position++] = (byte) (value >>> 8);
                bytes[position++] = (byte) value;
            }
        }

        void writeInt(int value) {
            if (room(4)) {
                Bytes.putInt32(bytes, position, value);
                position += 4;
            }
        }

        void writeLong(long value) {
            if (room(8)) {
                Bytes.putInt64(bytes, position, value);
                position += 8;
            }
        }

        void write(byte[] src, int offset, int length) {
            if (room(length)) {
                System.arraycopy(src, offset, bytes, position, length);
                position += length;
            }
        }

        /** ASCII is copied char by char; anything else goes through the UTF-8 encoder. */
        void writeUtf8(String value) {
            int length = value.length();
            if (!room(length)) {
                return;
            }
            for (int i = 0; i < length; i++) {
                char c = value.charAt(i);
                if (c >= 0x80) {
                    byte[] encoded = value.getBytes(StandardCharsets.UTF_8);
                    write(encoded, 0, encoded.length);
                    return;
                }
                bytes[position + i] = (byte) c;
            }
            position += length;
        }

        void putInt24(int at, int value) {
            Bytes.putInt24(bytes, at, value);
        }

        /** Zero octets up to the next multiple of 4 (the array is zeroed when it grows). */
        void pad() {
            int padded = Bytes.padded(position);
            if (!room(padded - position)) {
                return;
            }
            for (int i = position; i < padded; i++) {
                bytes[i] = 0;
            }
            position = padded;
        }

        /**
         * Grows the array for {@code more} octets, or marks it overflowed when they would not fit
         * 24 bits.
         */
        private boolean room(int more) {
            if (overflowed || (long) position + more > MessageTooLongException.MAX_LENGTH) {
                overflowed = true;
                return false;
            }
            if (position + more > bytes.length) {
                int limit = MessageTooLongException.MAX_LENGTH + 1;
                byte[] grown =
                        new byte
                                [(int)
                                        Math.min(
                                                limit,
                                                Math.max(bytes.length * 2L, position + more))];
                System.arraycopy(bytes, 0, grown, 0, position);
                bytes = grown;
            }
            return true;
        }
    }
}
