package shequn.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import shequn.metrics.Kpi;
import shequn.scenario.Scenario;

/** The one run loop: stepping by hand, to the end, or through {@link Simulation#run} gives the same run. */
class SimulationTest {

    @Test
    void steppingByHandMatchesRun() throws Exception {
        Scenario s = Scenarios.load("baseline-no-community.yaml", "population.consumers=1000", "days=30");
        RunResult whole = Simulation.run(s, 5, Scenarios.LIBRARY, DayListener.NONE);

        Simulation sim = Simulation.start(s, 5, Scenarios.LIBRARY);
        sim.step(10);
        assertEquals(10, sim.day());
        List<Integer> told = new ArrayList<>();
        sim.stepToEnd((day, days) -> told.add(day));
        assertEquals(30, sim.day());
        assertEquals(20, told.size());
        assertEquals(10, told.get(0));
        assertEquals(29, told.get(19));
        RunResult parts = sim.result();
        sim.finish();

        assertEquals(whole.totals(), parts.totals());
        for (int d = 0; d < s.days(); d++) {
            assertEquals(whole.daily().get(d, Kpi.GMV), parts.daily().get(d, Kpi.GMV), 0.0);
        }
        assertArrayEquals(whole.cascadeSizes(), parts.cascadeSizes());
    }

    @Test
    void atEndSeesTheFinishedWorldAndPhaseTimes() throws Exception {
        Scenario s = Scenarios.load("baseline-no-community.yaml", "population.consumers=1000", "days=15");
        long[] phases = Simulation.run(s, 3, Scenarios.LIBRARY, DayListener.NONE, sim -> {
            assertEquals(15, sim.day());
            assertTrue(sim.world().people.n == 1000);
            assertTrue(sim.buildNanos() > 0 && sim.stepNanos() > 0);
            return sim.phaseNanos();
        });
        assertEquals(ShequnModel.PHASES.length, phases.length);
        for (long p : phases) {
            assertTrue(p > 0);
        }
    }
}
