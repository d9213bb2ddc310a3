package shequn.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import shequn.population.Consumers;
import shequn.population.Ladder;
import shequn.scenario.Behaviour;
import shequn.scenario.Scenario;
import shequn.world.Census;
import shequn.world.World;

/**
 * The census is kept incrementally: only touched consumers and booked tie decays are read each evening.
 * Every evening this test reads every consumer the way a full sweep would and checks that the head
 * counts and every consumer's rung agree — so a place that changes a consumer without telling the
 * census (a missed touch), or a decay booked a day late, fails here.
 */
class IncrementalCensusTest {

    @ParameterizedTest
    @ValueSource(strings = {"store-plus-community.yaml", "baseline-no-community.yaml", "kol-livestream.yaml",
        "playbook/05-seven-levers.yaml", "playbook/08-seed-referral-share.yaml", "playbook/09-vip-pruning.yaml",
        "validation/bass.yaml", "validation/bgnbd.yaml", "validation/sf5-mixed.yaml"})
    void countsMatchAFullSweepEveryEvening(String file) throws Exception {
        check(Scenarios.load(file, "population.consumers=4000", "days=150"), 3);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void countsMatchOnRandomScenariosWithMovesArrivalsAndChurn(long seed) throws Exception {
        List<String> o = new ArrayList<>(InvariantsTest.randomOverrides(seed));
        o.add("population.turnover=0.5");
        o.add("population.entry.share=0.3");
        o.add("population.entry.first_day=10");
        o.add("population.entry.last_day=90");
        o.add("behaviour.churn_hazard=0.05");
        o.add("behaviour.lapse_days=20");
        check(Scenarios.load("store-plus-community.yaml", o.toArray(String[]::new)), seed);
    }

    /**
     * Churn is booked by day now, not tossed daily; the law must be the daily coin's: among customers
     * lapsed and still there at the end of a day, the share gone by the next evening is churn_hazard.
     * Nobody shops (loyalty 0, held there) and nobody moves, so lapses come only from the customers' last visits
     * before day 0.
     */
    @org.junit.jupiter.api.Test
    void lapsedCustomersLeaveAtTheDailyHazard() throws Exception {
        double hazard = 0.03;
        Scenario s = Scenarios.load("baseline-no-community.yaml", "population.consumers=20000", "days=120",
                "population.loyalty=0", "behaviour.competitor_pull=0", "population.turnover=0", "behaviour.churn_hazard=" + hazard,
                "behaviour.lapse_days=30");
        Simulation sim = Simulation.start(s, 5, Scenarios.LIBRARY);
        Consumers c = sim.world().people;
        long atRisk = 0;
        long left = 0;
        boolean[] lapsed = new boolean[c.n];
        for (int d = 0; d < s.days(); d++) {
            sim.step();
            for (int i = 0; i < c.n; i++) {
                if (lapsed[i] && c.gone[i]) {
                    left++;
                }
                lapsed[i] = !c.gone[i] && c.lastVisit[i] != Consumers.NEVER && c.lastVisit[i] < d - 30 + 1;
                atRisk += lapsed[i] ? 1 : 0;
            }
        }
        sim.finish();
        double rate = (double) left / atRisk;
        double se = Math.sqrt(hazard * (1 - hazard) / atRisk);
        assertTrue(atRisk > 100_000, "enough customer-days at risk: " + atRisk);
        assertEquals(hazard, rate, 4 * se, "daily churn among lapsed customers");
    }

    private static void check(Scenario s, long seed) throws Exception {
        Simulation sim = Simulation.start(s, seed, Scenarios.LIBRARY);
        long churned = 0;
        for (int d = 0; d < s.days(); d++) {
            sim.step();
            churned = Math.max(churned, sweep(sim.world(), d));
        }
        sim.finish();
        if (s.behaviour().churnHazard() > 0.01) {
            assertTrue(churned > 0, "the check saw churn");
        }
    }

    /** Reads every consumer as the old daily sweep did and compares; returns the churned count. */
    private static long sweep(World w, int day) {
        Consumers c = w.people;
        Behaviour b = w.behaviour;
        Census census = w.census;
        long[] ladder = new long[4];
        long advocates = 0;
        long aware = 0;
        long churned = 0;
        long weekly = 0;
        long monthly = 0;
        long buyers = 0;
        long repeaters = 0;
        int window = day - b.repeatWindow() + 1;
        for (int i = 0; i < c.n; i++) {
            if (c.entryDay[i] > day) {
                continue;
            }
            float s = c.tie[i];
            boolean known = c.everAware[i] | s >= b.awareThreshold().floatValue();
            assertEquals(known, c.everAware[i], "consumer " + i + " reached the aware threshold unread on day " + day);
            byte rung = s >= b.strongThreshold().floatValue() ? Ladder.STRONG
                    : s >= b.weakThreshold().floatValue() || c.linked(i) ? Ladder.WEAK : known ? Ladder.AWARE : Ladder.NONE;
            assertEquals(rung, c.ladder[i], "rung of consumer " + i + " (tie " + s + ") on day " + day);
            boolean advocate = rung == Ladder.STRONG && s >= b.advocateThreshold().floatValue();
            assertEquals(advocate, c.advocate[i], "advocate " + i + " on day " + day);
            ladder[rung]++;
            advocates += advocate ? 1 : 0;
            aware += known ? 1 : 0;
            churned += c.gone[i] ? 1 : 0;
            weekly += c.lastVisit[i] > day - 7 ? 1 : 0;
            monthly += c.lastVisit[i] > day - 30 ? 1 : 0;
            boolean buyer = c.lastBuy[i] >= window;
            buyers += buyer ? 1 : 0;
            repeaters += buyer && c.prevBuy[i] >= window ? 1 : 0;
            if (c.gone[i] || c.lastVisit[i] == Consumers.NEVER || c.lastVisit[i] >= day - b.lapseDays()) {
                continue;
            }
            assertTrue(c.churnDay[i] > day && c.churnDay[i] != Consumers.NEVER,
                    "lapsed customer " + i + " has its churn day drawn, after today, on day " + day);
        }
        for (int r = 0; r < 4; r++) {
            assertEquals(ladder[r], census.ladder[r], Ladder.NAMES[r] + " on day " + day);
        }
        assertEquals(advocates, census.advocates, "advocates on day " + day);
        assertEquals(aware, census.aware, "aware on day " + day);
        assertEquals(churned, census.churned, "churned on day " + day);
        assertEquals(weekly, census.weeklyActives, "weekly actives on day " + day);
        assertEquals(monthly, census.monthlyActives, "monthly actives on day " + day);
        assertEquals(buyers, census.buyersInWindow, "buyers on day " + day);
        assertEquals(repeaters, census.repeatersInWindow, "repeaters on day " + day);
        return churned;
    }
}
