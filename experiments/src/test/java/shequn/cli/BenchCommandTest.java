package shequn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import shequn.perf.BenchSuite;

/** {@code shequn bench --quick} end to end: every row of the table is printed (no timing is asserted). */
class BenchCommandTest {
    @Test
    void quickBenchPrintsEveryRow() {
        CliHarness.Outcome o = CliHarness.run("bench", "--quick");
        assertEquals(0, o.exit(), o.err());
        for (String row : BenchSuite.ROWS) {
            assertTrue(o.out().lines().anyMatch(l -> l.startsWith(row + " ")), "row " + row + " missing:\n" + o.out());
        }
        assertTrue(o.out().contains("same results: yes"), "replications agree across thread counts:\n" + o.out());
        assertTrue(o.out().contains("agent-days/s"), o.out());
        assertTrue(o.out().lines().anyMatch(l -> l.startsWith("mc-target ")
                && l.matches(".*projected [0-9.]+ s for 1,000 reps; target ≤ 60 s on 2 cores: (met|not met).*")),
                "the Monte-Carlo target is judged:\n" + o.out());
    }

    @Test
    void badRunsIsRefused() {
        CliHarness.Outcome o = CliHarness.run("bench", "--quick", "--runs", "0");
        assertEquals(2, o.exit());
        assertEquals("--runs: must be at least 1, got 0", o.err().strip());
    }
}
