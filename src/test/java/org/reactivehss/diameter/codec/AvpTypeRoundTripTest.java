package org.reactivehss.diameter.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.reactivehss.diameter.dict.AvpDef;
import org.reactivehss.diameter.dict.AvpType;
import org.reactivehss.diameter.dict.BaseCommands;
import org.reactivehss.diameter.dict.TestAvpDefs;

/** Every RFC 6733 §4.2/§4.3 type survives encode then decode, with lengths and padding right. */
class AvpTypeRoundTripTest {

    @Property
    void unsigned32(@ForAll @LongRange(min = 0, max = 0xffffffffL) long value) {
        assertThat(
                        roundTrip(AvpType.UNSIGNED32, b -> b.add(def(AvpType.UNSIGNED32), value))
                                .asUnsigned32())
                .isEqualTo(value);
    }

    @Property
    void integer32(@ForAll int value) {
        assertThat(
                        roundTrip(AvpType.INTEGER32, b -> b.add(def(AvpType.INTEGER32), value))
                                .asInteger32())
                .isEqualTo(value);
    }

    @Property
    void enumerated(@ForAll int value) {
        assertThat(
                        roundTrip(AvpType.ENUMERATED, b -> b.add(def(AvpType.ENUMERATED), value))
                                .asEnumerated())
                .isEqualTo(value);
    }

    @Property
    void time(@ForAll @LongRange(min = 0, max = 0xffffffffL) long ntpSeconds) {
        assertThat(roundTrip(AvpType.TIME, b -> b.add(def(AvpType.TIME), ntpSeconds)).asTime())
                .isEqualTo(ntpSeconds);
    }

    @Property
    void integer64(@ForAll long value) {
        assertThat(
                        roundTrip(AvpType.INTEGER64, b -> b.add(def(AvpType.INTEGER64), value))
                                .asInteger64())
                .isEqualTo(value);
    }

    @Property
    void unsigned64(@ForAll long bits) {
        assertThat(
                        roundTrip(AvpType.UNSIGNED64, b -> b.add(def(AvpType.UNSIGNED64), bits))
                                .asUnsigned64())
                .isEqualTo(bits);
    }

    @Property
    void float32(@ForAll float value) {
        Avp avp = roundTrip(AvpType.FLOAT32, b -> b.add(def(AvpType.FLOAT32), value));
        assertThat(Float.floatToIntBits(avp.asFloat32())).isEqualTo(Float.floatToIntBits(value));
    }

    @Property
    void float64(@ForAll double value) {
        Avp avp = roundTrip(AvpType.FLOAT64, b -> b.add(def(AvpType.FLOAT64), value));
        assertThat(Double.doubleToLongBits(avp.asFloat64()))
                .isEqualTo(Double.doubleToLongBits(value));
    }

    @Property
    void octetString(@ForAll @Size(max = 300) byte[] value) {
        Avp avp = roundTrip(AvpType.OCTET_STRING, b -> b.add(def(AvpType.OCTET_STRING), value));
        assertThat(avp.asOctets()).isEqualTo(value);
        assertThat(avp.dataLength()).isEqualTo(value.length);
    }

    @Property
    void utf8String(@ForAll("unicodeText") String value) {
        assertThat(
                        roundTrip(AvpType.UTF8STRING, b -> b.add(def(AvpType.UTF8STRING), value))
                                .asUtf8())
                .isEqualTo(value);
    }

    @Property
    void diameterIdentity(@ForAll("fqdn") String value) {
        assertThat(
                        roundTrip(
                                        AvpType.DIAMETER_IDENTITY,
                                        b -> b.add(def(AvpType.DIAMETER_IDENTITY), value))
                                .asIdentity())
                .isEqualTo(value);
    }

    @Property
    void diameterUri(
            @ForAll("fqdn") String host, @ForAll @LongRange(min = 1, max = 65535) long port) {
        String uri = "aaa://" + host + ":" + port + ";transport=tcp;protocol=diameter";
        assertThat(
                        roundTrip(AvpType.DIAMETER_URI, b -> b.add(def(AvpType.DIAMETER_URI), uri))
                                .asUtf8())
                .isEqualTo(uri);
    }

    @Property
    void address(@ForAll("ipOctets") byte[] octets) throws UnknownHostException {
        InetAddress address = InetAddress.getByAddress(octets);
        Avp avp = roundTrip(AvpType.ADDRESS, b -> b.add(def(AvpType.ADDRESS), address));
        assertThat(avp.asAddress()).isEqualTo(address);
        assertThat(avp.dataLength()).isEqualTo(2 + octets.length);
    }

    @Property
    void groupedHoldsItsMembersInOrder(
            @ForAll @Size(max = 6) List<@Size(max = 40) byte[]> members) {
        AvpDef inner = def(AvpType.OCTET_STRING);
        Avp group =
                roundTrip(
                        AvpType.GROUPED,
                        b ->
                                b.addGroup(
                                        def(AvpType.GROUPED),
                                        g -> {
                                            members.forEach(m -> g.add(inner, m));
                                            g.addGroup(
                                                    def(AvpType.GROUPED),
                                                    nested ->
                                                            nested.add(def(AvpType.UNSIGNED32), 7));
                                        }));
        assertThat(group.all(inner)).extracting(Avp::asOctets).containsExactlyElementsOf(members);
        assertThat(group.first(def(AvpType.GROUPED)).first(def(AvpType.UNSIGNED32)).asUnsigned32())
                .isEqualTo(7);
        assertThat(group.asGrouped()).hasSize(members.size() + 1);
    }

    @Provide
    Arbitrary<String> unicodeText() {
        Arbitrary<Integer> codePoint =
                Arbitraries.oneOf(
                        Arbitraries.integers().between(0, 0xd7ff),
                        Arbitraries.integers().between(0xe000, 0x10ffff));
        return codePoint
                .list()
                .ofMaxSize(100)
                .map(
                        cps ->
                                cps.stream()
                                        .collect(
                                                StringBuilder::new,
                                                StringBuilder::appendCodePoint,
                                                StringBuilder::append)
                                        .toString());
    }

    @Provide
    Arbitrary<String> fqdn() {
        return Arbitraries.strings()
                .withCharRange('a', 'z')
                .numeric()
                .withChars('-')
                .ofMinLength(1)
                .ofMaxLength(20)
                .list()
                .ofMinSize(1)
                .ofMaxSize(4)
                .map(labels -> String.join(".", labels));
    }

    @Provide
    Arbitrary<byte[]> ipOctets() {
        return Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofSize(4),
                Arbitraries.bytes().array(byte[].class).ofSize(16));
    }

    /** Vendor-specific AVP 9000 + type ordinal, so V-bit headers are covered too. */
    private static AvpDef def(AvpType type) {
        return TestAvpDefs.vendorSpecific(9000 + type.ordinal(), type);
    }

    private static Avp roundTrip(AvpType type, Consumer<MessageBuilder> add) {
        MessageBuilder builder = MessageBuilder.request(BaseCommands.DEVICE_WATCHDOG);
        add.accept(builder);
        byte[] frame = builder.build();
        assertThat(frame.length % 4).isZero();
        DecodeResult parsed = DiameterMessage.parse(frame);
        assertThat(parsed.problem()).isNull();
        Avp avp = parsed.message().first(def(type));
        assertThat(avp.isVendorSpecific()).isTrue();
        assertThat(avp.isMandatory()).isTrue();
        assertThat(avp.problemAs(type)).isNull();
        assertThat(frame.length)
                .isEqualTo(DiameterMessage.HEADER_LENGTH + (avp.length() + 3) / 4 * 4);
        return avp;
    }
}
