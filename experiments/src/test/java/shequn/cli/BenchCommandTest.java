package shequn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import shequn.perf.BenchSuite;

/**
 * {@code shequn bench --quick} end to end: every row of the table is printed, and each row of the
 * performance issue's table names its target — at quick sizes with "target not applicable", since
 * they are not the sizes (no timing is asserted; the verdict itself is TargetTest's).
 */
class BenchCommandTest {
    /** The rows and the targets each must print, written out here so that losing one fails. */
    private static final Map<String, List<String>> TARGETS = Map.of(
            "day-step", List.of("≤ 3 s wall", "≥ 52.6 M agent-days/s by CPU (2 × 26.3 M at ab986b3)"),
            "day-step-large", List.of("≤ 40 s wall"),
            "monte-carlo", List.of("efficiency ≥ 0.85"),
            "mc-target", List.of("≤ 60 s on 2 cores", "efficiency ≥ 0.85"),
            "ratio-engine/mason", List.of("≥ 10× (whole engine day, CPU)"),
            "ratio-engine/bare", List.of("≥ 0.5× (whole engine day, CPU)"));

    @Test
    void quickBenchPrintsEveryRowWithItsTarget() {
        CliHarness.Outcome o = CliHarness.run("bench", "--quick");
        assertEquals(0, o.exit(), o.err());
        for (String row : BenchSuite.ROWS) {
            assertTrue(o.out().lines().anyMatch(l -> l.startsWith(row + " ")), "row " + row + " missing:\n" + o.out());
        }
        TARGETS.forEach((row, targets) -> {
            assertTrue(BenchSuite.ROWS.contains(row), row);
            String line = o.out().lines().filter(l -> l.startsWith(row + " ")).findFirst().orElseThrow();
            for (String target : targets) {
                assertTrue(line.contains("target " + target + ": (quick sizes: target not applicable)"),
                        row + " does not give its target " + target + ":\n" + line);
            }
        });
        assertEquals(2, count(o.out(), "same results: yes"), "mc agrees across thread counts:\n" + o.out());
        assertTrue(o.out().lines().anyMatch(l -> l.startsWith("ratio-engine/bare-skip ") && l.contains("no target")),
                "the stricter bare loop is reported, without a target:\n" + o.out());
        assertTrue(o.out().contains("agent-days/s"), o.out());
        assertTrue(o.out().lines().anyMatch(l -> l.startsWith("mc-target ")
                && l.matches(".*projected [0-9.]+ s for 1,000 reps; .*efficiency \\(speed-up ÷ cores\\) [0-9.]+.*")),
                "the Monte-Carlo target is projected and its efficiency measured:\n" + o.out());
    }

    @Test
    void badRunsIsRefused() {
        CliHarness.Outcome o = CliHarness.run("bench", "--quick", "--runs", "0");
        assertEquals(2, o.exit());
        assertEquals("--runs: must be at least 1, got 0", o.err().strip());
    }

    private static long count(String text, String part) {
        return Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
    }
}
