package org.conflictledger.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.conflictledger.ingest.FeedServer;
import org.conflictledger.ingest.Feeds;
import org.conflictledger.support.Api;
import org.conflictledger.support.Instances;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of the service on one database, their schedulers ticking every 100 ms: each due
 * feed is polled once per tick, by one of them (ShedLock on PostgreSQL, plus the atomic claim of
 * each feed). Runs on a database of its own so that the shared test context's feeds stay out.
 */
class TwoInstancesPollOnceIT {

    private static Instances instances;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;
    private static FeedServer server;

    @BeforeAll
    static void startTwoInstances() {
        instances = new Instances("ledger_lock");
        server = new FeedServer();
        first = start();
        second = start();
    }

    private static ConfigurableApplicationContext start() {
        return instances.start("--ledger.feeds.allowed-networks=127.0.0.1/32",
                "--ledger.feeds.tick=PT0.1S", "--ledger.feeds.initial-delay=PT0.1S",
                "--ledger.feeds.read-timeout=PT2S");
    }

    @AfterAll
    static void stop() {
        if (instances != null) {
            instances.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void eachDueFeedIsPolledOncePerTickAcrossTwoInstances() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Api one = new Api(Instances.port(first));
        Api two = new Api(Instances.port(second));
        for (int i = 0; i < 3; i++) {
            server.serve("/f" + i + ".xml", "application/rss+xml",
                    Feeds.rss("F" + i, Feeds.items(tag + "-" + i, 1, "Russian drones attacked Odesa overnight")));
        }
        // registered through both instances; due at once, interval one minute
        List<Long> feeds = List.of(
                one.post("/api/v1/feeds", feed(tag, 0)).id(),
                two.post("/api/v1/feeds", feed(tag, 1)).id(),
                one.post("/api/v1/feeds", feed(tag, 2)).id());

        // until each feed is polled (at most 30 s on a loaded machine), then some 30 ticks of the two
        // schedulers together
        awaitHits(3, 1);
        Thread.sleep(1_500);

        for (int i = 0; i < 3; i++) {
            assertThat(server.hits("/f" + i + ".xml")).as("polls of feed %d in the first tick", i).isEqualTo(1);
        }
        // make them due again: the next tick polls each once more, not twice
        for (long id : feeds) {
            instances.execute("update ledger.feed set next_poll_at = now() - interval '1 second' where id = " + id);
        }
        awaitHits(3, 2);
        Thread.sleep(1_500);
        for (int i = 0; i < 3; i++) {
            assertThat(server.hits("/f" + i + ".xml")).as("polls of feed %d after the second tick", i).isEqualTo(2);
        }
        long articles = one.get("/api/v1/articles?q=Odesa").json().get("total").asLong();
        assertThat(articles).isEqualTo(3);
        assertThat(two.get("/api/v1/feeds/" + feeds.get(0)).json().get("status").get("polls").asLong()).isEqualTo(2);
        // the ticks ran under the ShedLock lock kept in the database
        assertThat(instances.count("select count(*) from ledger.shedlock where name = 'feeds-tick'")).isEqualTo(1);
    }

    private static void awaitHits(int feeds, int hits) throws InterruptedException {
        long until = System.nanoTime() + 30_000_000_000L;
        for (int i = 0; i < feeds; i++) {
            while (server.hits("/f" + i + ".xml") < hits && System.nanoTime() < until) {
                Thread.sleep(100);
            }
        }
    }

    private static String feed(String tag, int i) {
        return Api.json("{'name':'Feed " + i + " " + tag + "','url':'" + server.url("/f" + i + ".xml")
                + "','pollInterval':'PT1M'}");
    }
}
