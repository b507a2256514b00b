package org.reactivehss.diameter.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reactivehss.diameter.dict.AvpDef;
import org.reactivehss.diameter.dict.Avps;

/** Every byte fixture is what the encoder writes, and the decoder reads back what it says. */
class FixtureEncodeDecodeTest {
    private static final Map<String, AvpDef> BY_NAME =
            Avps.all().stream()
                    .collect(Collectors.toMap(AvpDef::name, Function.identity(), (a, b) -> a));

    static Stream<Fixture> fixtures() {
        return Fixture.all();
    }

    @Test
    void everyRecipeHasAFixtureAndBack() {
        assertThat(fixtures().map(Fixture::name))
                .containsExactlyInAnyOrderElementsOf(FixtureMessages.recipes().keySet());
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void encoderWritesTheFixtureOctetForOctet(Fixture fixture) {
        byte[] encoded = FixtureMessages.recipes().get(fixture.name()).get();

        assertThat(HexFormat.of().formatHex(encoded))
                .isEqualTo(HexFormat.of().formatHex(fixture.bytes()));
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void decoderFindsTheFieldsTheFixtureStates(Fixture fixture) {
        DecodeResult result = DiameterMessage.parse(fixture.bytes());
        assertThat(result.problem()).isNull();
        DiameterMessage message = result.message();

        assertThat(message.version()).isEqualTo(1);
        assertThat(message.length()).isEqualTo(fixture.bytes().length);
        for (String expectation : fixture.expectations()) {
            String[] keyValue = expectation.split(" ", 2);
            switch (keyValue[0]) {
                case "command" ->
                        assertThat(message.commandCode()).isEqualTo(Integer.parseInt(keyValue[1]));
                case "application" ->
                        assertThat(Integer.toUnsignedString(message.applicationId()))
                                .isEqualTo(keyValue[1]);
                case "flags" -> assertThat(message.flags()).isEqualTo(Integer.decode(keyValue[1]));
                case "hop-by-hop" ->
                        assertThat(message.hopByHopId())
                                .isEqualTo(Integer.parseUnsignedInt(keyValue[1].substring(2), 16));
                case "end-to-end" ->
                        assertThat(message.endToEndId())
                                .isEqualTo(Integer.parseUnsignedInt(keyValue[1].substring(2), 16));
                case "avp" -> assertAvp(message, keyValue[1]);
                default -> throw new IllegalArgumentException("unknown expectation " + expectation);
            }
        }
    }

    private static void assertAvp(DiameterMessage message, String pathAndValue) {
        String[] parts = pathAndValue.split(" = ", 2);
        List<String> path = List.of(parts[0].split("/"));
        Avp avp = message.first(def(path.get(0)));
        for (String inner : path.subList(1, path.size())) {
            assertThat(avp).as(parts[0]).isNotNull();
            avp = avp.first(def(inner));
        }
        assertThat(avp).as(parts[0]).isNotNull();
        assertThat(AvpText.of(avp, def(path.get(path.size() - 1))))
                .as(parts[0])
                .isEqualTo(parts[1]);
    }

    private static AvpDef def(String name) {
        AvpDef def = BY_NAME.get(name);
        assertThat(def).as("dictionary entry " + name).isNotNull();
        return def;
    }
}
