package org.reactivehss.diameter.dict;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The grouped-AVP grammars and Enumerated values, pinned as the clauses write them. */
class GrammarTablesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Vendor-Specific-Application-Id | 1*{ Vendor-Id } [ Auth-Application-Id ] [ Acct-Application-Id ]",
                "Experimental-Result | { Vendor-Id } { Experimental-Result-Code }",
                "Proxy-Info | { Proxy-Host } { Proxy-State }",
                "Requested-EUTRAN-Authentication-Info | [ Number-Of-Requested-Vectors ] [ Immediate-Response-Preferred ] [ Re-Synchronization-Info ]",
                "Terminal-Information | [ IMEI ] [ Software-Version ]",
                "Supported-Features | { Vendor-Id } { Feature-List-ID } { Feature-List }",
            })
    void groupedGrammar_isTheClausesOwn(String grouped, String rules) {
        AvpDef def =
                Avps.all().stream().filter(a -> a.name().equals(grouped)).findFirst().orElseThrow();

        assertThat(
                        String.join(
                                " ",
                                GroupedGrammars.of(def).stream().map(GroupRule::toString).toList()))
                .isEqualTo(rules);
    }

    @ParameterizedTest(name = "{0} = {1}: {2}")
    @CsvSource({
        "Auth-Session-State, 0, true",
        "Auth-Session-State, 1, true",
        "Auth-Session-State, 2, false",
        "Server-Assignment-Type, 14, true",
        "Server-Assignment-Type, 15, false",
        "Server-Assignment-Type, -1, false",
        "User-Authorization-Type, 2, true",
        "User-Authorization-Type, 3, false",
        "User-Data-Already-Available, 1, true",
        "User-Data-Already-Available, 2, false",
        "Originating-Request, 0, true",
        "Originating-Request, 1, false",
        "RAT-Type, 1004, true",
        "RAT-Type, 2003, true",
        "RAT-Type, 3000, false",
        "Result-Code, 99999, true",
    })
    void enumeratedValue_isAllowedExactlyWhenItsClauseDefinesIt(
            String avp, int value, boolean allowed) {
        AvpDef def =
                Avps.all().stream().filter(a -> a.name().equals(avp)).findFirst().orElseThrow();

        assertThat(EnumeratedValues.allows(def, value)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "application {0}")
    @CsvSource({"0, 0, -1", "16777251, 10415, 1", "16777216, 10415, 1", "16777217, 10415, 1"})
    void applicationHead_comesFromTheDictionary(
            int applicationId, long vendorId, int authSessionState) {
        assertThat(Applications.vendorId(applicationId)).isEqualTo(vendorId);
        assertThat(Applications.authSessionState(applicationId)).isEqualTo(authSessionState);
    }
}
