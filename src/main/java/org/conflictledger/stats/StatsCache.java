package org.conflictledger.stats;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Finished answers (statistics, compliance reports), each kept with the version of the data it was
 * computed from ({@code strike_data_version}, {@code ceasefire_data_version}: bumped by triggers in
 * every transaction that writes those tables). An answer is served only while the versions are
 * unchanged, so it is exactly what a fresh computation would give: the cache never serves a stale
 * answer, it only saves recomputing an unchanged one. Least recently used answers go first when
 * {@code ledger.stats.cache-size} is exceeded.
 */
@Component
class StatsCache {

    /** An answer: the version of the data it was computed from, and its bytes. */
    record Answer(String version, byte[] body) {
    }

    private final long capacity;
    private final Map<String, Answer> answers = new LinkedHashMap<>(64, 0.75f, true);
    private long size;

    StatsCache(StatsProperties properties) {
        this.capacity = properties.cacheSize().toBytes();
    }

    /** The largest answer worth keeping: a quarter of the cache. */
    long largestAnswer() {
        return capacity / 4;
    }

    /** The answer for {@code key} computed at {@code version}, or null. */
    synchronized Answer get(String key, String version) {
        Answer answer = answers.get(key);
        if (answer == null) {
            return null;
        }
        if (!answer.version().equals(version)) {
            answers.remove(key);
            size -= answer.body().length;
            return null;
        }
        return answer;
    }

    synchronized void put(String key, Answer answer) {
        if (answer.body().length > largestAnswer()) {
            return;
        }
        Answer previous = answers.put(key, answer);
        size += answer.body().length - (previous == null ? 0 : previous.body().length);
        Iterator<Answer> oldest = answers.values().iterator();
        while (size > capacity && oldest.hasNext()) {
            size -= oldest.next().body().length;
            oldest.remove();
        }
    }
}
