package org.conflictledger.strike;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.conflictledger.integrity.Representation;
import org.conflictledger.integrity.Representations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

/**
 * The kept bytes of {@code GET /strikes/{id}}: a hit answers them after asking only for the stamp, a
 * changed stamp reads the strike whole again, and nothing is kept inside a transaction or without room.
 * {@code StrikeReadPathIT} and {@code StampChecksIT} show freshness against PostgreSQL; this shows the hit.
 */
class StrikeRepresentationsTest {

    private final StrikeReads reads = mock(StrikeReads.class);
    private final StampChecks stamps = mock(StampChecks.class);
    private final Representations json = mock(Representations.class);

    @AfterEach
    void noTransaction() {
        TransactionSynchronizationManager.setActualTransactionActive(false);
    }

    private StrikeRepresentations kept(String capacity) {
        return new StrikeRepresentations(reads, stamps, json, DataSize.parse(capacity));
    }

    /** The strike as the database reads it under a stamp, and the bytes those views turn into. */
    private Representation stored(long id, String stamp, String body) {
        StrikeView view = mock(StrikeView.class);
        Representation representation = Representation.of(body.getBytes(StandardCharsets.UTF_8));
        when(reads.read(id)).thenReturn(Optional.of(new StrikeReads.Read(view, stamp)));
        when(json.of(view)).thenReturn(representation);
        when(stamps.stamp(id)).thenReturn(Optional.of(stamp));
        return representation;
    }

    @Test
    void aSecondReadUnderTheSameStampAnswersTheKeptBytesAskingOnlyForTheStamp() {
        StrikeRepresentations cache = kept("1MB");
        Representation first = stored(7, "100:101", "{\"id\":7}");

        assertThat(cache.find(7)).contains(first);
        assertThat(cache.find(7)).contains(first);
        assertThat(cache.find(7)).contains(first);

        verify(reads, times(1)).read(7);
        verify(json, times(1)).of(any());
        verify(stamps, times(2)).stamp(7);
    }

    @Test
    void aChangedStampReadsTheStrikeWholeAgainAndKeepsTheNewBytes() {
        StrikeRepresentations cache = kept("1MB");
        Representation before = stored(7, "100:101", "{\"id\":7,\"version\":1}");
        assertThat(cache.find(7)).contains(before);

        Representation after = stored(7, "100:205", "{\"id\":7,\"version\":2}");
        assertThat(cache.find(7)).contains(after);
        assertThat(after.etag()).isNotEqualTo(before.etag());
        verify(reads, times(2)).read(7);

        assertThat(cache.find(7)).contains(after);
        verify(reads, times(2)).read(7);
    }

    @Test
    void aStrikeGoneSinceItWasKeptIsNotFound() {
        StrikeRepresentations cache = kept("1MB");
        stored(7, "100:101", "{\"id\":7}");
        assertThat(cache.find(7)).isPresent();

        when(stamps.stamp(7)).thenReturn(Optional.empty());
        when(reads.read(7)).thenReturn(Optional.empty());
        assertThat(cache.find(7)).isEmpty();
        assertThat(cache.find(7)).isEmpty();
    }

    @Test
    void readsInsideATransactionBypassTheKeptBytes() {
        StrikeRepresentations cache = kept("1MB");
        stored(7, "100:101", "{\"id\":7}");
        assertThat(cache.find(7)).isPresent();

        TransactionSynchronizationManager.setActualTransactionActive(true);
        assertThat(cache.find(7)).isPresent();
        assertThat(cache.find(7)).isPresent();
        verify(reads, times(3)).read(7);
        verify(stamps, never()).stamp(anyLong());
    }

    @Test
    void withoutRoomEveryReadIsWhole() {
        StrikeRepresentations cache = kept("0B");
        stored(7, "100:101", "{\"id\":7}");
        cache.find(7);
        cache.find(7);
        verify(reads, times(2)).read(7);
        verify(stamps, never()).stamp(anyLong());
    }

    @Test
    void pastItsRoomItDropsEntriesAndReadsThemWholeAgain() {
        // each entry costs its body, twice the stamp's length and 128: 10 bodies of 1,000 bytes fill 8 KB
        StrikeRepresentations cache = kept("8KB");
        String body = "x".repeat(1000);
        for (long id = 1; id <= 10; id++) {
            stored(id, "1:" + id, body);
            cache.find(id);
        }
        for (long id = 1; id <= 10; id++) {
            cache.find(id);
        }
        long allReads = mockingDetails(reads).getInvocations().stream()
                .filter(i -> i.getMethod().getName().equals("read")).count();
        long readAgain = allReads - 10;
        assertThat(readAgain).as("entries dropped past 8 KB and read again").isPositive();
        assertThat(readAgain).as("the entries kept answered from memory").isLessThan(10);
    }
}
