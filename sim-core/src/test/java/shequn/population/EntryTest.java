package shequn.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import shequn.engine.RunResult;
import shequn.engine.Simulation;
import shequn.metrics.Kpi;
import shequn.scenario.ScenarioException;
import shequn.scenario.ScenarioLoader;

/** Customers who arrive over time: before their entry day they do nothing and count nowhere. */
class EntryTest {
    static final String COHORT = """
            days: 60
            population: {consumers: 3000, entry: {share: 0.5, first_day: 20, last_day: 39}}
            """;

    @Test
    void householdsCountOnlyFromTheirEntryDay() throws Exception {
        RunResult r = Simulation.run(ScenarioLoader.parse(COHORT, "t.yaml", null, List.of()), 7);
        double before = ladder(r, 10);
        // about half the households are not there on day 10 (sd 27); all are there from day 39 on
        assertTrue(Math.abs(before - 1500) < 120, "present on day 10: " + before);
        assertEquals(3000, ladder(r, 50), 0.0);
        // the ~1,500 absent are gone to every phase but not counted as customers gone for good
        assertTrue(r.daily().get(10, Kpi.CHURNED) < 50, "churned: " + r.daily().get(10, Kpi.CHURNED));
        assertTrue(r.daily().get(10, Kpi.TRAFFIC) < r.daily().get(50, Kpi.TRAFFIC), "fewer shoppers before the cohort");
    }

    @Test
    void withoutEntryEveryoneIsThereFromDayZero() throws Exception {
        RunResult r = Simulation.run(ScenarioLoader.parse("days: 5\npopulation: {consumers: 800}\n", "t.yaml", null,
                List.of()), 7);
        assertEquals(800, ladder(r, 0), 0.0);
    }

    @Test
    void arrivalsAreIndexedByDay() {
        Consumers c = new Consumers(5);
        c.entryDay[1] = 3;
        c.entryDay[3] = 3;
        c.entryDay[4] = 1;
        c.gone[1] = true;
        c.gone[3] = true;
        c.gone[4] = true;
        Arrivals a = Arrivals.of(c, 10);
        assertEquals(3, a.size());
        java.util.List<Integer> arrived = new java.util.ArrayList<>();
        a.arrive(c, 1, arrived::add);
        assertTrue(!c.gone[4] && c.gone[1] && c.gone[3]);
        assertEquals(java.util.List.of(4), arrived);
        a.arrive(c, 3, arrived::add);
        assertTrue(!c.gone[1] && !c.gone[3]);
        assertEquals(java.util.List.of(4, 1, 3), arrived);
    }

    @Test
    void anEntryWindowPastTheHorizonIsRefused() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(
                "days: 30\npopulation: {entry: {share: 0.2, first_day: 5, last_day: 40}}\n", "t.yaml", null, List.of()));
        assertTrue(e.getMessage().contains("population.entry.last_day"), e.getMessage());
    }

    @Test
    void anEntryFileGivesEachHouseholdItsDay(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        // a client's customers, entering on the days of their first orders: household i on row i's day
        java.nio.file.Files.writeString(dir.resolve("entry.csv"), "customer,entry_day\nA,0\nB,12\nC,12\nD,29\n");
        String yaml = "days: 30\nnetwork: {type: none, mean_degree: 0}\npopulation: {consumers: 4, entry: {file: entry.csv}}\n";
        var s = ScenarioLoader.parse(yaml, "t.yaml", dir, List.of());
        RunResult r = Simulation.run(s, 7, dir, shequn.engine.DayListener.NONE);
        assertEquals(1, ladder(r, 11), 0.0);
        assertEquals(3, ladder(r, 12), 0.0);
        assertEquals(4, ladder(r, 29), 0.0);
        java.nio.file.Files.writeString(dir.resolve("bad.csv"), "entry_day\n0\n3\n30\n1\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(
                yaml.replace("entry.csv", "bad.csv"), "t.yaml", dir, List.of()));
        assertTrue(e.getMessage().contains("population.entry.file: " + dir.resolve("bad.csv") + ": line 4: entry_day must be "
                + "a whole day from 0 to 29"), e.getMessage());
        e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(yaml.replace("file: entry.csv",
                "file: entry.csv, share: 0.5"), "t.yaml", dir, List.of()));
        assertTrue(e.getMessage().contains("leave out share, first_day and last_day"), e.getMessage());
    }

    static double ladder(RunResult r, int day) {
        return r.daily().get(day, Kpi.LADDER_NONE) + r.daily().get(day, Kpi.LADDER_AWARE)
                + r.daily().get(day, Kpi.LADDER_WEAK) + r.daily().get(day, Kpi.LADDER_STRONG);
    }
}
