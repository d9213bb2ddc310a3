package shequn.ladder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.junit.jupiter.api.Test;
import shequn.engine.WorldBuilder;
import shequn.groups.Membership;
import shequn.population.Consumers;
import shequn.population.Ladder;
import shequn.scenario.Scenario;
import shequn.scenario.ScenarioLoader;
import shequn.world.World;

/** A store without a tie settles where habit keeps its customers; households move and newcomers start afresh. */
class HabitAndTurnoverTest {

    @Test
    void withoutATieLoyaltySettlesAtHabitTimesPotentialFromAbove() {
        Consumers c = new Consumers(2);
        c.potential[0] = 0.6f;
        c.loyalty[0] = 0.6f; // a customer: pulled down
        c.potential[1] = 0.6f;
        c.loyalty[1] = 0.06f; // a newcomer: habits form upwards
        for (int day = 0; day < 20_000; day++) {
            TieUpdate.updateTies(c, 0.99f, 0.0014f, 0.5f, 0.33f, day);
        }
        assertEquals(0.33 * 0.6, c.loyalty[0], 1e-4);
        assertEquals(0.33 * 0.6, c.loyalty[1], 1e-4);
    }

    @Test
    void oneDayOfPullMovesLoyaltyByTheDocumentedStep() {
        Consumers c = new Consumers(1);
        c.potential[0] = 0.5f;
        c.loyalty[0] = 0.5f;
        c.tie[0] = 0;
        TieUpdate.updateTies(c, 1f, 0.01f, 0.5f, 0.4f, 0);
        // l + pull × (hold × s × (1 − l) − (1 − s) × (l − habit × potential)) with s = 0
        assertEquals(0.5 - 0.01 * (0.5 - 0.2), c.loyalty[0], 1e-6);
    }

    @Test
    void aNewcomerLeavesTheLeaversGroupsAndKnowsNothingOfTheStore() throws Exception {
        World w = world("population: {consumers: 50}\ngroups: [{id: g, max_size: 50}]\n");
        int i = 7;
        w.people.tie[i] = 0.7f;
        w.people.gone[i] = true;
        w.people.everAware[i] = true;
        w.people.gone[i] = false;
        assertTrue(Membership.join(w, i, 0));
        w.people.gone[i] = true;
        w.people.purchases[i] = 4;
        Turnover.moveIn(w, i);
        assertFalse(w.people.gone[i]);
        assertFalse(w.people.everAware[i]);
        assertEquals(0f, w.people.tie[i]);
        assertEquals(0, w.people.purchases[i]);
        assertEquals(Ladder.NONE, w.people.ladder[i]);
        assertEquals(-1, w.people.firstGroup(i));
        assertEquals(0, w.groups[0].size);
        assertEquals(0.1f * w.people.potential[i], w.people.loyalty[i], 1e-7);
        assertEquals(1, w.today.movedIn);
    }

    @Test
    void movesHappenAtTheTurnoverRate() throws Exception {
        World w = world("population: {consumers: 20000, turnover: 0.365}\n");
        for (int day = 0; day < 10; day++) {
            Turnover.step(w);
        }
        // 20,000 homes × 0.001 a day × 10 days = 200 moves expected (sd ≈ 14)
        assertTrue(Math.abs(w.today.movedIn - 200) < 60, "moves: " + w.today.movedIn);
    }

    static World world(String yaml) throws Exception {
        Scenario s = ScenarioLoader.parse(yaml, "test.yaml", null, List.of());
        return WorldBuilder.build(s, 1, null, new MersenneTwisterFast(2));
    }
}
