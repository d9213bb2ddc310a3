package shequn.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import shequn.metrics.DailyKpis;
import shequn.metrics.Kpi;
import shequn.scenario.Scenario;

/**
 * The engine's headline behaviour (DESIGN SF4, seed 001): with every community lever off, traffic
 * erodes and weekly shoppers thin out; with the store-plus-community plan over the same horizon,
 * the same people (same seed) grow strong ties and repeat more.
 */
class CommunityEffectTest {
    static final String[] SMALL = {"population.consumers=4000", "days=365"};

    @Test
    void withoutCommunityTrafficErodesAndCommunityGrowsTiesAndRepeat() throws Exception {
        Scenario baseline = Scenarios.load("baseline-no-community.yaml", SMALL);
        Scenario community = Scenarios.load("store-plus-community.yaml", SMALL);
        DailyKpis base = Simulation.run(baseline, 3).daily();
        DailyKpis plan = Simulation.run(community, 3).daily();

        double startTraffic = mean(base, Kpi.TRAFFIC, 0, 60);
        double endTraffic = mean(base, Kpi.TRAFFIC, 305, 365);
        assertTrue(endTraffic < 0.95 * startTraffic, "baseline traffic erodes: " + startTraffic + " -> " + endTraffic);
        assertTrue(mean(base, Kpi.WEEKLY_ACTIVES, 305, 365) < mean(base, Kpi.WEEKLY_ACTIVES, 0, 60),
                "weekly actives thin out");
        assertTrue(base.get(364, Kpi.CHURNED) > 0, "some customers are gone for good");
        assertTrue(base.get(364, Kpi.LADDER_STRONG) <= 2, "no fans without community");

        assertTrue(plan.get(364, Kpi.LADDER_STRONG) > 0.05 * 4000, "community grows strong ties");
        assertTrue(mean(plan, Kpi.REPEAT_RATE, 305, 365) > mean(base, Kpi.REPEAT_RATE, 305, 365) + 0.03,
                "community raises repeat rate");
        assertTrue(mean(plan, Kpi.TRAFFIC, 305, 365) > endTraffic, "community holds traffic");
        assertTrue(plan.get(364, Kpi.MEMBERS) > 500, "groups were built");
    }

    static double mean(DailyKpis k, Kpi kpi, int from, int to) {
        double s = 0;
        for (int d = from; d < to; d++) {
            s += k.get(d, kpi);
        }
        return s / (to - from);
    }
}
