package org.conflictledger.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.conflictledger.support.Api;
import org.conflictledger.support.Instances;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances on one database with budgets of 20 requests an hour: what one spends, the other cannot
 * spend again; and rows of buckets that are full again are removed without changing any answer.
 */
class SharedBudgetsIT {

    private static Instances instances;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoInstances() {
        instances = new Instances("ledger_budget");
        String[] budgets = {"--ledger.rate-limit.anonymous.capacity=20", "--ledger.rate-limit.anonymous.period=1h",
                "--ledger.rate-limit.keyed.capacity=20", "--ledger.rate-limit.keyed.period=1h",
                "--ledger.feeds.scheduler-enabled=false"};
        first = instances.start(budgets);
        second = instances.start(budgets);
    }

    @AfterAll
    static void stop() {
        if (instances != null) {
            instances.close();
        }
    }

    @Test
    void aBudgetSpentOnOneInstanceIsSpentOnTheOther() {
        Api one = new Api(Instances.port(first)).anonymous();
        Api two = new Api(Instances.port(second)).anonymous();
        for (int i = 1; i <= 20; i++) {
            Api.Response answer = one.get("/api/v1/parties");
            assertThat(answer.status()).as("request %d of 20", i).isEqualTo(200);
            assertThat(answer.header("RateLimit-Remaining")).isEqualTo(Long.toString(20 - i));
        }
        Api.Response refusedByTheOther = two.get("/api/v1/parties");
        assertThat(refusedByTheOther.status()).isEqualTo(429);
        assertThat(refusedByTheOther.isProblem()).isTrue();
        assertThat(Long.parseLong(refusedByTheOther.header("Retry-After"))).isBetween(1L, 180L);
        assertThat(one.get("/api/v1/parties").status()).isEqualTo(429);

        // a key has a budget of its own, shared the same way
        Api keyedOne = new Api(Instances.port(first)).as(Api.READER);
        Api keyedTwo = new Api(Instances.port(second)).as(Api.READER);
        for (int i = 0; i < 10; i++) {
            assertThat(keyedOne.get("/api/v1/parties").status()).isEqualTo(200);
            assertThat(keyedTwo.get("/api/v1/parties").status()).isEqualTo(200);
        }
        assertThat(keyedTwo.get("/api/v1/parties").status()).isEqualTo(429);
        assertThat(keyedOne.get("/api/v1/parties").status()).isEqualTo(429);
    }

    @Test
    void rowsOfBucketsFullAgainAreRemoved() {
        instances.execute("insert into ledger.rate_budget (caller, tokens, refilled_at, expires_at) values"
                + " ('ip:full-again', 20, now() - interval '2 hours', now() - interval '1 hour'),"
                + " ('ip:still-spent', 3, now(), now() + interval '1 hour')");
        first.getBean(SharedBudgets.class).dropFullBuckets();
        assertThat(instances.count("select count(*) from ledger.rate_budget where caller = 'ip:full-again'")).isZero();
        assertThat(instances.count("select count(*) from ledger.rate_budget where caller = 'ip:still-spent'"))
                .isEqualTo(1);
    }
}
