package shequn.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import shequn.metrics.DailyKpis;
import shequn.metrics.Kpi;
import shequn.scenario.Scenario;

/**
 * Property-style checks over randomised scenarios: whatever the parameters, the retail identity
 * holds, nothing goes negative, the ladder partitions the population, and ratios stay in [0,1].
 */
class InvariantsTest {

    /** Random but valid overrides of the community scenario, drawn from a seeded stream. */
    static List<String> randomOverrides(long seed) {
        MersenneTwisterFast r = new MersenneTwisterFast(seed);
        List<String> o = new ArrayList<>();
        o.add("population.consumers=" + (900 + r.nextInt(2100)));
        o.add("days=" + (100 + r.nextInt(60)));
        o.add("population.need_rate=" + (0.02 + 0.4 * r.nextDouble()));
        o.add("population.loyalty=" + (0.05 + 0.9 * r.nextDouble()));
        o.add("population.share_propensity=" + (0.01 + 0.5 * r.nextDouble()));
        String[] types = {"small-world", "scale-free", "homophilous-blocks", "none"};
        o.add("network.type=" + types[r.nextInt(types.length)]);
        o.add("network.mean_degree=" + (2 + r.nextInt(15)));
        o.add("groups[0].max_size=" + (5 + r.nextInt(495)));
        o.add("groups[1].manager=" + r.nextBoolean());
        o.add("behaviour.tie_decay=" + (0.001 + 0.1 * r.nextDouble()));
        o.add("behaviour.wom_strong=" + r.nextDouble());
        o.add("behaviour.accept_invite=" + r.nextDouble());
        o.add("campaigns[2].budget=" + r.nextInt(3000));
        o.add("stores[0].price_level=" + (0.5 + r.nextDouble()));
        return o;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void identityAndRangesHoldOnRandomScenarios(long seed) throws Exception {
        Scenario s = Scenarios.load("store-plus-community.yaml", randomOverrides(seed).toArray(String[]::new));
        DailyKpis k = Simulation.run(s, seed).daily();
        int n = s.population().consumers();
        assertEquals(s.days(), k.days());
        for (int d = 0; d < k.days(); d++) {
            double traffic = k.get(d, Kpi.TRAFFIC);
            double gmv = k.get(d, Kpi.GMV);
            assertEquals(gmv, traffic * k.get(d, Kpi.CONVERSION) * k.get(d, Kpi.BASKET), 1e-9 * Math.max(1, gmv),
                    "GMV = traffic × conversion × basket on day " + d);
            assertEquals(traffic, k.get(d, Kpi.TRAFFIC_OFFLINE) + k.get(d, Kpi.TRAFFIC_ONLINE));
            assertTrue(k.get(d, Kpi.PURCHASES) <= traffic, "a purchase needs a visit");
            double ladder = k.get(d, Kpi.LADDER_NONE) + k.get(d, Kpi.LADDER_AWARE) + k.get(d, Kpi.LADDER_WEAK)
                    + k.get(d, Kpi.LADDER_STRONG);
            assertEquals(n, ladder, "ladder rungs partition the population on day " + d);
            assertEquals(k.get(d, Kpi.MEMBERS), k.get(d, Kpi.ACTIVE_MEMBERS) + k.get(d, Kpi.LURKING_MEMBERS)
                    + k.get(d, Kpi.MUTED_MEMBERS));
            for (Kpi kpi : Kpi.values()) {
                assertTrue(k.get(d, kpi) >= 0 || kpi == Kpi.PROFIT, kpi + " negative on day " + d);
                if (kpi.ratio()) {
                    assertTrue(k.get(d, kpi) <= 1, kpi + " above 1 on day " + d);
                }
            }
            assertTrue(k.get(d, Kpi.ADVOCATES) <= k.get(d, Kpi.LADDER_STRONG));
            assertTrue(k.get(d, Kpi.WEEKLY_ACTIVES) <= k.get(d, Kpi.MONTHLY_ACTIVES));
            assertTrue(k.get(d, Kpi.CHURNED) <= n);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13})
    void campaignsNeverSpendMoreThanTheirBudget(long seed) throws Exception {
        Scenario s = Scenarios.load("store-plus-community.yaml", "population.consumers=1500", "days=120",
                "campaigns[2].budget=300", "campaigns[9].budget=250", "campaigns[12].budget=50");
        Simulation sim = Simulation.start(s, seed, Scenarios.LIBRARY);
        sim.stepToEnd(DayListener.NONE);
        var plan = sim.world().plan;
        for (int c = 0; c < plan.size(); c++) {
            assertTrue(plan.spent(c) <= plan.get(c).budgetOrInfinity() + 1e-6, plan.get(c).name() + " overspent");
        }
        assertEquals(200, plan.spent(9), 1e-9, "red packets of 100 stop at the last whole packet 250 pays");
    }
}
