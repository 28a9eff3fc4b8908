package org.conflictledger.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.conflictledger.strike.Qualifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Numbers in digits and words, with the fixed readings of DOMAIN.md for vague words and qualifiers. */
class NumbersTest {

    private static String first(String sentence) {
        List<Numbers.Mention> found = Numbers.find(sentence);
        return found.isEmpty() ? "none" : found.get(0).value() + " " + found.get(0).qualifier();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Russia launched 147 drones                      | 147 EXACT",
            "Russia launched 1,200 drones this week          | 1200 EXACT",
            "one hundred and forty-seven drones              | 147 EXACT",
            "twenty-five were lost to jamming                | 25 EXACT",
            "two hundred fifty drones                        | 250 EXACT",
            "a hundred drones                                | 100 EXACT",
            "three thousand shells                           | 3000 EXACT",
            "about 1.5 million people fled                   | 1500000 ABOUT",
            "Russia launched 1200 drones                     | 1200 EXACT",
            "a swarm of 30 drones                            | 30 EXACT",
            "3 thousand shells                               | 3000 EXACT",
            "2 million people                                | 2000000 EXACT",
            "2025 drones were launched                       | 2025 EXACT",
            "2147.483647 million                             | 2147483647 EXACT"})
    void readsNumbersInDigitsAndWords(String sentence, String expected) {
        assertThat(first(sentence)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "a dozen drones                                  | 12 ABOUT",
            "dozens of drones                                | 24 AT_LEAST",
            "scores of missiles                              | 40 AT_LEAST",
            "hundreds of drones                              | 200 AT_LEAST",
            "nearly 200 drones                               | 200 AT_MOST",
            "almost 90 drones                                | 90 AT_MOST",
            "some 150 drones                                 | 150 ABOUT",
            "around 60 missiles                              | 60 ABOUT",
            "about 40 drones                                 | 40 ABOUT",
            "more than seven dozen drones                    | 84 MORE_THAN",
            "at least two people                             | 2 AT_LEAST",
            "at least three people                           | 3 AT_LEAST",
            "more than 100 drones                            | 100 MORE_THAN",
            "over 90 drones                                  | 90 MORE_THAN",
            "up to 30 drones                                 | 30 AT_MOST",
            "fewer than ten drones                           | 9 AT_MOST",
            "half a dozen drones                             | 6 ABOUT",
            "seven dozen drones                              | 84 ABOUT"})
    void codesVagueWordsAndQualifiersAsDomainSays(String sentence, String expected) {
        assertThat(first(sentence)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a 12-year-old boy was hurt",
            "on April 12",
            "at 3 a.m. local time",
            "Kh-101 cruise missiles",
            "a 30% rise",
            "in 2024",
            "the 24th brigade",
            "some 40 km from the front",
            "the village was founded in 1850",
            "Russia's 2024 offensive",
            "3,000 million",
            "2.5 drones"})
    void leavesOutNumbersThatAreNotCounts(String sentence) {
        assertThat(first(sentence)).isEqualTo("none");
    }

    @Test
    void findsEveryCountInASentenceInOrder() {
        List<Numbers.Mention> found = Numbers.find("Russia launched 147 drones and three ballistic missiles;"
                + " 97 were shot down and 25 lost to jamming.");
        assertThat(found).extracting(Numbers.Mention::value).containsExactly(147, 3, 97, 25);
        assertThat(found).extracting(Numbers.Mention::qualifier).containsOnly(Qualifier.EXACT);
    }

    @Test
    void parsesDigitsUpToNineAndWordsItKnows() {
        assertThat(Numbers.parse("123456789")).isEqualTo(123456789);
        assertThat(Numbers.parse("1234567890")).isNull();
        assertThat(Numbers.parse("1,200.7")).isEqualTo(1200);
        assertThat(Numbers.parse("seven hundred and two")).isEqualTo(702);
        assertThat(Numbers.parse("seven apples")).isNull();
        assertThat(Numbers.parse("and")).isNull();
    }
}
