package org.conflictledger.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The one reader of the extractor's data files ({@code src/main/resources/extract/*.tsv}), and the files
 * themselves: each loads, and what it holds reaches the rules that use it.
 */
class LexiconTest {

    private static List<Lexicon.Row> rows(String text, int min, int max) throws IOException {
        return Lexicon.rows("test.tsv", new BufferedReader(new StringReader(text)), min, max);
    }

    @Test
    void skipsCommentsAndBlankLinesAndKeepsLineNumbers() throws IOException {
        List<Lexicon.Row> rows = rows("# what the file holds\n# name\tcountry\n\nIstanbul\tTR\n   \n#Doha\tQA\nGeneva\tCH\n",
                2, 2);

        assertThat(rows).extracting(Lexicon.Row::fields)
                .containsExactly(List.of("Istanbul", "TR"), List.of("Geneva", "CH"));
        assertThat(rows).extracting(Lexicon.Row::line).containsExactly(4, 7);
    }

    @Test
    void aLineWithTooFewFieldsNamesTheFileAndTheLine() {
        assertThatThrownBy(() -> rows("# name\tcountry\nIstanbul\tTR\nGeneva CH\n", 2, 2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("test.tsv:3: expected 2 tab-separated fields, found 1");
    }

    @Test
    void aLineWithTooManyFieldsNamesTheFileAndTheLine() {
        assertThatThrownBy(() -> rows("Istanbul\tTR\textra\n", 2, 2))
                .hasMessageStartingWith("test.tsv:1: expected 2 tab-separated fields, found 3");
    }

    @Test
    void optionalTrailingFieldsMayBeLeftOut() throws IOException {
        List<Lexicon.Row> rows = rows("Kyiv\tCITY\tKyiv\tUA\t50.45\t30.52\nSumy\tCITY\tSumy Oblast\tUA\t50.91\t34.80\tSumy city\n",
                6, 7);

        assertThat(rows.get(0).optional(6)).isEmpty();
        assertThat(rows.get(1).optional(6)).isEqualTo("Sumy city");
    }

    @Test
    void anEmptyFirstFieldOrAnEmptyFileIsAnError() {
        assertThatThrownBy(() -> rows("\tTR\n", 2, 2)).hasMessageStartingWith("test.tsv:1: the first field is empty");
        assertThatThrownBy(() -> rows("# only a header\n\n", 2, 2)).hasMessage("test.tsv: no entries");
    }

    @Test
    void aBadRegularExpressionNamesTheFileAndTheLine() throws IOException {
        List<Lexicon.Row> rows = rows("# match\tparty\tname\nKremlin\tRU\tKremlin\n(?:Russia's\tRU\tRussian officials\n", 3, 3);

        assertThat(rows.get(0).compile(rows.get(0).get(0)).matcher("the Kremlin said").find()).isTrue();
        assertThatThrownBy(() -> rows.get(1).compile(rows.get(1).get(0)))
                .hasMessageStartingWith("test.tsv:3: not a regular expression");
    }

    @Test
    void theRowsOfOneListAreJoinedInTheOrderOfTheFile() throws IOException {
        Lexicon.Lists lists = Lexicon.lists("test.tsv",
                rows("UA\tUkraine|Ukrainian\nRU\tRussia\nUA\tKyiv|Kiev\n", 2, 2));

        assertThat(lists.get("UA")).isEqualTo("Ukraine|Ukrainian|Kyiv|Kiev");
        assertThat(lists.get("RU")).isEqualTo("Russia");
        assertThatThrownBy(() -> lists.get("FR")).hasMessage("test.tsv: no list FR");
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> Lexicon.rows("no-such-lexicon.tsv", 2, 2))
                .hasMessage("/extract/no-such-lexicon.tsv is missing from the class path");
    }

    /** Every shipped file loads (a broken line fails here, and in every test of the extractor). */
    @Test
    void theShippedLexiconsLoadAndReachTheRules() {
        assertThat(Vocabulary.UA.matcher("Kyiv said").find()).isTrue();
        assertThat(Vocabulary.UA.matcher("a Ukrainian-made drone").find()).isFalse();
        assertThat(Vocabulary.OTHER_STATE.matcher("talks in T\u00fcrkiye").find()).isTrue();
        assertThat(Vocabulary.WAR_REGION.matcher("fighting in the Donbas").find()).isTrue();
        assertThat(Vocabulary.FOREIGN_WAR.matcher("strikes on Gaza").find()).isTrue();
        assertThat(Vocabulary.WEAPONS.get(Vocabulary.Weapon.CRUISE).matcher("two Storm Shadow missiles").find()).isTrue();
        assertThat(Vocabulary.MODEL.matcher("Kh-101s").results().map(m -> m.group(1)).toList())
                .containsExactly("Kh-101");
        assertThat(Vocabulary.ATTRIBUTIONS.get(0).name()).isEqualTo("Ukrainian Air Force");
        assertThat(Vocabulary.ATTRIBUTIONS).hasSize(12);
        assertThat(Vocabulary.VENUES).containsEntry("Istanbul", "TR").hasSize(45);
        assertThat(Vocabulary.STRIKE_TERMS).hasSize(29);
        assertThat(Vocabulary.CEASEFIRE_TERMS).hasSize(13);
        assertThat(Vocabulary.NEGOTIATION_TERMS).hasSize(33);
        assertThat(Vocabulary.score(Vocabulary.CEASEFIRE_TERMS, "a truce and a ceasefire")).isEqualTo(6.0);
        assertThat(People.get().find(List.of("US special envoy Keith Kellogg met Russian Foreign Minister Sergei Lavrov.")))
                .extracting(p -> p.value().title()).containsExactly("US special envoy", "Russian Foreign Minister");
        assertThat(Gazetteer.get().byName("Kharkiv Oblast")).isPresent();
        assertThat(Languages.detect("Der Krieg und die Welt ist nicht mit den Leuten, die das wurde")).isEqualTo("de");
    }
}
