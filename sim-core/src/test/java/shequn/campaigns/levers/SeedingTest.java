package shequn.campaigns.levers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shequn.engine.WorldBuilder;
import shequn.population.Ladder;
import shequn.scenario.ScenarioLoader;
import shequn.world.IntList;
import shequn.world.World;
import shequn.wom.WordOfMouthProbe;

/**
 * Seed users on a hand-built network of 12 consumers: a star around 0 (ties to 1..5), a star around 6
 * (ties to 7..9) and a path 10–11. Seeding by degree chooses 0 then 6 then the lowest-index others; each
 * seed costs its unit_cost, knows the store, starts a cascade of its own and talks for talk_days days.
 */
class SeedingTest {
    @TempDir
    Path dir;

    World world(String campaign) throws Exception {
        Files.writeString(dir.resolve("edges.csv"), "a,b\n0,1\n0,2\n0,3\n0,4\n0,5\n6,7\n6,8\n6,9\n10,11\n");
        String yaml = "population: {consumers: 12}\nnetwork: {type: edge-list, file: edges.csv}\nlevers: {seeding: {talk_days: 3}}\n"
                + "campaigns:\n  - " + campaign + "\n";
        return WorldBuilder.build(ScenarioLoader.parse(yaml, "t.yaml", dir, List.of()), 1, dir, new MersenneTwisterFast(2));
    }

    @Test
    void degreeSeedsTheHubsAsFarAsTheBudgetGoes() throws Exception {
        World w = world("{lever: seeding, rule: degree, seeds: 3, unit_cost: 10, budget: 25}");
        w.day = 4;
        w.plan.get(0).lever(Seeding.class).fire(w, 0);
        assertEquals(20.0, w.plan.spent(0), 1e-12); // the third seed would overrun the budget
        assertTrue(w.seeded.get(0) && w.seeded.get(6));
        assertEquals(2, w.seeded.cardinality());
        for (int i : new int[] {0, 6}) {
            assertTrue(w.people.everAware[i]);
            assertTrue(w.people.ladder[i] >= Ladder.AWARE);
            assertEquals(World.SEEDED, w.cascadeSources.get(w.people.cascade[i]));
            assertEquals(1, w.cascadeSizes.get(w.people.cascade[i]));
        }
        // each seed talks on days 4, 5 and 6 (talk_days 3): consumer, last day, in pairs
        assertArrayEquals(new int[] {0, 6, 6, 6}, w.seedTalkers.toArray());
    }

    @Test
    void aSecondWaveChoosesNewSeedUsers() throws Exception {
        World w = world("{lever: seeding, rule: degree, seeds: 2, unit_cost: 10}");
        Seeding lever = w.plan.get(0).lever(Seeding.class);
        lever.fire(w, 0);
        lever.fire(w, 0);
        // after the hubs 0 and 6 everyone left has one tie: the lowest indices, 1 and 2
        assertEquals(4, w.seeded.cardinality());
        assertTrue(w.seeded.get(1) && w.seeded.get(2));
        assertEquals(40.0, w.plan.spent(0), 1e-12);
    }

    @Test
    void listedSeedsAreTakenInTheOrderGivenOnceEach() throws Exception {
        World w = world("{lever: seeding, rule: listed, consumers: [11, 3, 3, 5], seeds: 2, unit_cost: 1}");
        w.plan.get(0).lever(Seeding.class).fire(w, 0);
        assertTrue(w.seeded.get(11) && w.seeded.get(3));
        assertEquals(2, w.seeded.cardinality());
    }

    @Test
    void seedUsersTalkEveryDayOfTheirTalkingDaysThenFallSilent() throws Exception {
        World w = world("{lever: seeding, rule: degree, seeds: 1, unit_cost: 0}");
        w.day = 0;
        w.plan.get(0).lever(Seeding.class).fire(w, 0);
        int[] talked = new int[5];
        for (int day = 0; day < 5; day++) {
            w.day = day;
            IntList talking = new IntList();
            WordOfMouthProbe.addSeedTalkers(w, talking);
            talked[day] = talking.size();
        }
        assertArrayEquals(new int[] {1, 1, 1, 0, 0}, talked);
        assertEquals(0, w.seedTalkers.size());
    }

    @Test
    void aListedRuleWithoutConsumersIsRefusedAtTheField() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(shequn.scenario.ScenarioException.class,
                () -> world("{lever: seeding, rule: listed}"));
        assertTrue(e.getMessage().contains("campaigns[0].consumers"), e.getMessage());
    }
}
