package org.conflictledger.party;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartyCodeTest {

    @Test
    void makesCodesForActorsMetOnFirstSight() {
        assertThat(PartyService.codeFor("NAF: United Armed Forces of Novorossiya")).isEqualTo("NAF");
        assertThat(PartyService.codeFor("Unidentified Armed Group (Ukraine)")).isEqualTo("UAGU");
        assertThat(PartyService.codeFor("Wagner")).isEqualTo("WAGNER");
        assertThat(PartyService.codeFor("1st Fixture Brigade")).isEqualTo("P1FB");
        assertThat(PartyService.codeFor("Казаки")).isEqualTo("PX");
        String longName = PartyService.codeFor("A B C D E F G H I J K L M N O P Q R");
        assertThat(longName).hasSize(12).matches("^[A-Z][A-Z0-9]{1,11}$");
    }

    @Test
    void keysAliasesInLowerCaseWithSingleSpaces() {
        assertThat(PartyService.aliasKey("  NAF:  United Armed Forces\tof Novorossiya ")).isEqualTo(
                "naf: united armed forces of novorossiya");
        assertThat(PartyService.aliasKey("   ")).isNull();
    }
}
