package shequn.campaigns;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import shequn.engine.RunResult;
import shequn.engine.Simulation;
import shequn.metrics.Kpi;
import shequn.scenario.ScenarioLoader;

/** A lever with no money left does nothing: a campaign with budget 0 is the plan without it. */
class UnfundedLeversTest {
    static final String PLAN = """
            days: 90
            population: {consumers: 1500}
            groups: [{id: g, max_size: 200, initial_members: 150}]
            campaigns:
              - {lever: qr_code}
            """;

    @Test
    void budgetZeroIsAbsence() throws Exception {
        RunResult without = run(PLAN);
        for (String lever : List.of("{lever: share_incentive, commission: 0.05, budget: 0}",
                "{lever: coupon, discount: 0.2, every: 7, budget: 0}", "{lever: red_packet, budget: 0}",
                "{lever: emotion, budget: 0}", "{lever: staff_invite, budget: 0}")) {
            RunResult with = run(PLAN + "  - " + lever + "\n");
            for (Kpi k : List.of(Kpi.GMV, Kpi.PURCHASES, Kpi.SHARERS, Kpi.COUPONS_REDEEMED, Kpi.JOINS, Kpi.COST)) {
                assertArrayEquals(without.daily().column(k), with.daily().column(k), lever + " changed " + k.column());
            }
        }
    }

    @Test
    void aFundedIncentiveDoesSomething() throws Exception {
        RunResult without = run(PLAN);
        RunResult with = run(PLAN + "  - {lever: share_incentive, commission: 0.05}\n");
        assertTrue(with.daily().sum(Kpi.SHARERS) != without.daily().sum(Kpi.SHARERS));
    }

    static RunResult run(String yaml) throws Exception {
        return Simulation.run(ScenarioLoader.parse(yaml, "t.yaml", null, List.of()), 3);
    }
}
