package org.reactivehss.diameter.dict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** The dictionary agrees with itself and with the codes the reference card states. */
class DictionaryTest {

    @Test
    void noTwoAvpsShareCodeAndVendor() {
        assertThat(Avps.all())
                .extracting(d -> d.code() + "/" + d.vendorId())
                .doesNotHaveDuplicates();
    }

    @Test
    void noTwoAvpsShareAName() {
        assertThat(Avps.all()).extracting(AvpDef::name).doesNotHaveDuplicates();
    }

    @Test
    void lookupByCodeFindsEveryDefinition() {
        for (AvpDef def : Avps.all()) {
            assertThat(Avps.byCode(def.code(), def.vendorId())).isSameAs(def);
        }
        assertThat(Avps.byCode(1407, 0)).as("Visited-PLMN-Id without the 3GPP vendor").isNull();
    }

    @Test
    void everyCommandRequiresOnlyAvpsOfTheDictionary() {
        for (CommandDef command : Commands.all()) {
            for (List<AvpDef> list :
                    List.of(
                            command.requestRequired(),
                            command.answerRequired(),
                            command.atMostOnce())) {
                assertThat(list)
                        .as(command.name())
                        .allSatisfy(
                                def ->
                                        assertThat(Avps.byCode(def.code(), def.vendorId()))
                                                .isSameAs(def));
            }
        }
    }

    @Test
    void noTwoCommandsShareApplicationAndCode() {
        assertThat(Commands.all())
                .extracting(c -> c.applicationId() + "/" + c.code())
                .doesNotHaveDuplicates();
        for (CommandDef command : Commands.all()) {
            assertThat(Commands.byCode(command.applicationId(), command.code())).isSameAs(command);
        }
    }

    @Test
    void commandsOfApplicationsAreProxiableAndBaseOnesAreNot() {
        assertThat(Commands.all())
                .allSatisfy(
                        c ->
                                assertThat(c.proxiable())
                                        .as(c.name())
                                        .isEqualTo(c.applicationId() != Applications.BASE));
    }

    @Test
    void noResultCodeIsDefinedTwiceInOneSpace() {
        assertThat(ResultCodes.all())
                .extracting(r -> r.applicationId() + "/" + r.code())
                .doesNotHaveDuplicates();
        assertThat(ResultCodes.all())
                .extracting(r -> r.applicationId() + "/" + r.name())
                .doesNotHaveDuplicates();
    }

    @Test
    void fixedSizeTypesKnowTheirSize() {
        assertThat(AvpType.UNSIGNED32.fixedLength()).isEqualTo(4);
        assertThat(AvpType.UNSIGNED64.fixedLength()).isEqualTo(8);
        assertThat(AvpType.TIME.fixedLength()).isEqualTo(4);
        assertThat(AvpType.ADDRESS.minimumLength()).isEqualTo(6);
    }

    @ParameterizedTest(name = "{0} {1} = {2} ({3})")
    @CsvFileSource(resources = "/dict/spec-codes.csv", delimiter = ',')
    void referenceCardCodesAreInTheDictionary(String kind, String name, int code, long space) {
        switch (kind) {
            case "avp" ->
                    assertThat(Avps.byCode(code, space)).extracting(AvpDef::name).isEqualTo(name);
            case "command" ->
                    assertThat(Commands.byCode(space, code))
                            .extracting(CommandDef::requestAbbreviation)
                            .isEqualTo(name);
            case "result" ->
                    assertThat(ResultCodes.all())
                            .anySatisfy(
                                    r -> {
                                        assertThat(r.name()).isEqualTo(name);
                                        assertThat(r.code()).isEqualTo(code);
                                        assertThat(r.applicationId()).isEqualTo((int) space);
                                    });
            default -> throw new IllegalArgumentException(kind);
        }
    }
}
