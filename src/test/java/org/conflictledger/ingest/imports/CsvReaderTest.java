package org.conflictledger.ingest.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * RFC 4180 as the import reads it, fed whole and one character per read (so that every look-ahead
 * crosses a buffer refill): quotes, line breaks in fields, the line each record starts on, NULs and
 * the record-length limit.
 */
class CsvReaderTest {

    /** A reader handing out at most {@code chunk} characters per read. */
    private static Reader chunked(String text, int chunk) {
        StringReader in = new StringReader(text);
        return new Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                return in.read(buffer, offset, Math.min(length, chunk));
            }

            @Override
            public void close() {
                in.close();
            }
        };
    }

    private record Row(long line, List<String> fields) {
    }

    private static List<Row> read(String text, int chunk) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (CsvReader reader = new CsvReader(chunked(text, chunk), 1000)) {
            for (String[] record = reader.next(); record != null; record = reader.next()) {
                rows.add(new Row(reader.recordLine(), List.of(record)));
            }
            assertThat(reader.next()).as("after the end").isNull();
        }
        return rows;
    }

    @ParameterizedTest(name = "{0} characters per read")
    @ValueSource(ints = {1, 2, 65536})
    void readsQuotesDoubledQuotesAndLineBreaksInsideFields(int chunk) throws IOException {
        String text = "id,note\r\n"
                + "1,\"a, b\"\r\n"
                + "2,\"say \"\"no\"\"\"\n"
                + "3,\"two\nlines\"\n"
                + "4,\"cr\rinside\"\r"
                + "5,\"crlf\r\ninside\"\n"
                + "6,ab\"c\n"
                + "7,\"q\"x\n"
                + "8,\"\"\n"
                + "\n"
                + "9,last";
        assertThat(read(text, chunk)).containsExactly(
                new Row(1, List.of("id", "note")),
                new Row(2, List.of("1", "a, b")),
                new Row(3, List.of("2", "say \"no\"")),
                new Row(4, List.of("3", "two\nlines")),
                new Row(6, List.of("4", "cr\rinside")),
                new Row(8, List.of("5", "crlf\r\ninside")),
                new Row(10, List.of("6", "ab\"c")),
                new Row(11, List.of("7", "qx")),
                new Row(12, List.of("8", "")),
                new Row(13, List.of("")),
                new Row(14, List.of("9", "last")));
    }

    @ParameterizedTest(name = "{0} characters per read")
    @ValueSource(ints = {1, 65536})
    void endsCleanlyAfterAClosingQuoteOrALoneCarriageReturn(int chunk) throws IOException {
        assertThat(read("a,\"b\"", chunk)).containsExactly(new Row(1, List.of("a", "b")));
        assertThat(read("a\r", chunk)).containsExactly(new Row(1, List.of("a")));
        assertThat(read("a\rb\r\nc", chunk)).extracting(Row::line).containsExactly(1L, 2L, 3L);
        assertThat(read("", chunk)).isEmpty();
    }

    @Test
    void marksRecordsHoldingNul() throws IOException {
        try (CsvReader reader = new CsvReader(new StringReader("a,b\u0000c\nd,e\n"), 100)) {
            reader.next();
            assertThat(reader.recordHasNul()).isTrue();
            reader.next();
            assertThat(reader.recordHasNul()).isFalse();
        }
    }

    @Test
    void refusesARecordPastTheLimitNamingTheLineItStartsOn() throws IOException {
        try (CsvReader reader = new CsvReader(new StringReader("ok\n\"unclosed,and,on\nand on and on"), 20)) {
            assertThat(reader.next()).containsExactly("ok");
            assertThatThrownBy(reader::next).isInstanceOfSatisfying(CsvReader.RecordTooLongException.class,
                    e -> {
                        assertThat(e.line()).isEqualTo(2);
                        assertThat(e.getMessage()).startsWith("line 2: a record longer than 20 characters");
                    });
        }
        try (CsvReader exact = new CsvReader(new StringReader("12345\n"), 6)) {
            assertThat(exact.next()).as("a record of exactly the limit").containsExactly("12345");
        }
    }

    @Test
    void blankRecordsAreOneEmptyOrWhiteField() {
        assertThat(CsvReader.blank(new String[] {""})).isTrue();
        assertThat(CsvReader.blank(new String[] {"  "})).isTrue();
        assertThat(CsvReader.blank(new String[] {"", ""})).isFalse();
        assertThat(CsvReader.blank(new String[] {"a"})).isFalse();
    }

    @Test
    void closingTheReaderClosesItsSource() throws IOException {
        boolean[] closed = {false};
        Reader source = new StringReader("a") {
            @Override
            public void close() {
                closed[0] = true;
                super.close();
            }
        };
        new CsvReader(source, 10).close();
        assertThat(closed[0]).isTrue();
    }
}
