package org.conflictledger.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvWriterTest {

    private static String write(Object... fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter csv = new CsvWriter(out);
        Arrays.stream(fields).forEach(csv::field);
        csv.endRecord().flush();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void quotesFieldsWithCommasAndQuotesAndDoublesTheQuotes() {
        assertThat(write("Kyiv, city", "the \"Shahed\"", "plain")).isEqualTo("\"Kyiv, city\",\"the \"\"Shahed\"\"\",plain\r\n");
    }

    @Test
    void keepsEveryRecordOnOneLine() {
        assertThat(write("first\r\nsecond\nthird\rfourth")).isEqualTo("first second third fourth\r\n");
    }

    @Test
    void writesNullAsAnEmptyFieldAndNumbersPlainly() {
        assertThat(write(null, 1.0E-4, 50.45, 12L, true)).isEqualTo(",0.0001,50.45,12,true\r\n");
    }

    @Test
    void joinsListsWithBarsAndEscapesBarsInside() {
        assertThat(CsvWriter.joined(List.of("Shahed-136/131", "a|b", "c\\d"))).isEqualTo("Shahed-136/131|a\\|b|c\\\\d");
        assertThat(CsvWriter.joined(List.of())).isNull();
    }
    @Test
    void quotesAFieldWhoseFirstCharacterNeedsIt() {
        assertThat(write(",x", "\"x", "\nx", "\rx", "x")).isEqualTo("\",x\",\"\"\"x\", x, x,x\r\n");
    }

    @Test
    void writesAHeaderChainsFieldsAndFlushesOnClose() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter csv = new CsvWriter(out);
        csv.header(List.of("id", "place")).field(1).field("Odesa").endRecord();
        assertThat(out.size()).as("buffered until flushed").isZero();
        csv.close();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("id,place\r\n1,Odesa\r\n");
    }
}
