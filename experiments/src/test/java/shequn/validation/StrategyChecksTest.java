package shequn.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import shequn.campaigns.levers.KolPost;
import shequn.scenario.Scenario;

/**
 * The strategy rows can fail: run at a tiny size (800 consumers, 120 days, 2 paired reps), the
 * daily-pushes row fails when pushes cost nothing and take no attention, and fails when the two arms
 * are the same plan (Δ is exactly 0 with common random numbers, so the CI cannot be below 0).
 */
class StrategyChecksTest {
    final StrategyChecks tiny = new StrategyChecks(800, 2, 2);
    final Effort effort = new Effort(true, 2, Effort.locateRoot(), Effort.SEED);

    @Test
    void samePlanTwiceFailsThePushesRow() throws Exception {
        Scenario plan = tiny.load(effort, StrategyChecks.PLAN, "days=120");
        List<CheckResult> rows = tiny.pushes(effort, plan, plan);
        assertEquals(0.0, rows.get(0).measured(), 0.0, "common random numbers: identical arms, identical runs");
        assertTrue(rows.get(0).failed(), rows.get(0).toString());
    }

    @Test
    void harmlessFreeDailyPushesFailThePushesRow() throws Exception {
        // pushes take no attention and (but for the red packet) cost nothing: daily pushes can only help
        String[] free = {"days=120", "behaviour.push_weight=0", "behaviour.attention=100000", "campaigns[3].unit_cost=0",
            "campaigns[4].unit_cost=0", "campaigns[5].unit_cost=0", "kols[0].cost_per_post=0", "kols[1].cost_per_post=0",
            "campaigns[8].unit_cost=0", "campaigns[9].amount=1"};
        Scenario plan = tiny.load(effort, StrategyChecks.PLAN, free);
        CheckResult profit = tiny.pushes(effort, plan).get(0);
        assertTrue(profit.failed(), profit + "\n" + profit.note());
        assertTrue(profit.measured() > 0, profit.toString());
    }

    @Test
    void removingALeverRemovesOnlyItsCampaigns() throws Exception {
        Scenario plan = tiny.load(effort, StrategyChecks.PLAN);
        Scenario noKol = StrategyChecks.without(plan, KolPost.class);
        assertEquals(plan.campaigns().size() - 2, noKol.campaigns().size());
        assertTrue(noKol.campaigns().stream().noneMatch(c -> c.lever() instanceof KolPost));
    }

    @Test
    void inputRowsAreCountedApartAndNotAsPasses() {
        List<CheckResult> rows = List.of(CheckResult.of("sf1 x", 1, 1, "", true, "", null),
                CheckResult.input("sf3 x", 1, 1, "", true, "", null), CheckResult.input("sf2 x", 1, 1, "", false, "", null),
                CheckResult.gap("sf6 x", 1, 1, "", "", null), CheckResult.of("strategy x", 1, 1, "", false, "", null));
        assertEquals("5 rows: 3 validation (1 passed, 1 failed, 1 known gaps), 1 calibrated inputs, 1 strategy (0 passed, "
                + "1 failed, 0 gaps); gaps: see docs/VALIDATION.md\n", Suite.summary(rows).replace("\r", ""));
        assertEquals("input", rows.get(1).status().label());
    }
}
