package shequn.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import shequn.engine.Simulation;

/** A second store brings its own neighbourhood unless the scenario says the stores share one. */
class CatchmentTest {
    static final String TWO_STORES = """
            days: 5
            population: {consumers: 300}
            stores: [{id: a}, {id: b, catchment: 0.5}]
            """;

    @Test
    void ownCatchmentsAddUp() throws Exception {
        Scenario s = ScenarioLoader.parse(TWO_STORES, "t.yaml", null, List.of());
        assertEquals(450, s.households());
        assertEquals(450, Simulation.run(s, 1).consumers());
    }

    @Test
    void sharedCatchmentsSplitOnePopulation() throws Exception {
        Scenario s = ScenarioLoader.parse(TWO_STORES, "t.yaml", null, List.of("population.catchment=shared"));
        assertEquals(300, s.households());
        assertEquals(300, Simulation.run(s, 1).consumers());
    }

    @Test
    void oneStoreOfCatchmentOneIsTheOldCount() throws Exception {
        Scenario s = ScenarioLoader.parse("population: {consumers: 1234}\n", "t.yaml", null, List.of());
        assertEquals(1234, s.households());
    }

    @Test
    void indicesAreCheckedAgainstAllHouseholds() throws Exception {
        // consumer 400 exists only because store b brings its own 150 households
        Scenario ok = ScenarioLoader.parse(TWO_STORES + "kols: [{id: k, followers: 400}]\n", "t.yaml", null, List.of());
        assertEquals(450, ok.households());
        String shared = "days: 5\npopulation: {consumers: 300, catchment: shared, seed_users: [400]}\n"
                + "stores: [{id: a}, {id: b, catchment: 0.5}]\n";
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.parse(shared, "t.yaml", null, List.of()));
        assertTrue(e.getMessage().contains("seed_users[0]"), e.getMessage());
    }

    @Test
    void tooManyHouseholdsInAllIsRefused() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(
                "population: {consumers: 40000000}\nstores: [{id: a}, {id: b}]\n", "t.yaml", null, List.of()));
        assertTrue(e.getMessage().contains("80,000,000 in all"), e.getMessage());
    }
}
