package shequn.montecarlo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shequn.scenario.Scenario;
import shequn.scenario.ScenarioLoader;

/** The runner on small scenarios (2,000 consumers, 100 days: a replication takes about a tenth of a second). */
class ExperimentTest {
    static final Path BASELINE = Path.of("../scenarios/baseline-no-community.yaml");
    static final Path COMMUNITY = Path.of("../scenarios/store-plus-community.yaml");
    static final List<String> SMALL = List.of("population.consumers=2000", "days=100");
    static final List<String> FILES = List.of("runs.csv", "daily_runs.csv", "daily_summary.csv");

    @TempDir
    Path tmp;

    static Plan mc(int reps) throws Exception {
        Scenario s = ScenarioLoader.load(COMMUNITY, SMALL);
        return Plan.fixed("mc", List.of(COMMUNITY), List.of(s), SMALL, 42, reps);
    }

    static Plan pair(int reps) throws Exception {
        return Plan.fixed("compare", List.of(BASELINE, COMMUNITY),
                List.of(ScenarioLoader.load(BASELINE, SMALL), ScenarioLoader.load(COMMUNITY, SMALL)), SMALL, 42, reps);
    }

    static Experiment.Result run(Plan plan, Path dir, int threads) throws Exception {
        Experiment.Result r = new Experiment(plan, dir, threads, new AtomicBoolean(), null).run(false);
        Reports.writeMc(dir, r, threads);
        return r;
    }

    static void assertSameFiles(Path expected, Path actual) throws Exception {
        for (String name : FILES) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(name)), Files.readAllBytes(actual.resolve(name)), name);
        }
    }

    @Test
    void filesAreIdenticalForOneAndThreeThreads() throws Exception {
        run(mc(6), tmp.resolve("one"), 1);
        run(mc(6), tmp.resolve("three"), 3);
        assertSameFiles(tmp.resolve("one"), tmp.resolve("three"));
        assertEquals(7, Files.readAllLines(tmp.resolve("one/runs.csv")).size());
    }

    @Test
    void comparisonFilesAreIdenticalForAnyThreadCount() throws Exception {
        run(pair(3), tmp.resolve("one"), 1);
        run(pair(3), tmp.resolve("two"), 2);
        assertSameFiles(tmp.resolve("one"), tmp.resolve("two"));
        assertTrue(Files.readString(tmp.resolve("one/runs.csv")).startsWith("scenario,rep,seed,"));
    }

    @Test
    void resumingAfterAStopGivesTheFilesOfAnUninterruptedRun() throws Exception {
        Path whole = tmp.resolve("whole");
        Path cut = tmp.resolve("cut");
        run(mc(6), whole, 2);
        AtomicBoolean stop = new AtomicBoolean();
        Experiment.Result first = new Experiment(mc(6), cut, 2, stop, null)
                .afterEach(n -> stop.set(n >= 2)).run(false);
        assertEquals(Experiment.StopReason.INTERRUPTED, first.stopReason());
        assertTrue(first.outcomes().size() >= 2 && first.outcomes().size() < 6, "kept " + first.outcomes().size());
        assertEquals(first.outcomes().size() + 1, Files.readAllLines(cut.resolve("runs.csv")).size());

        Experiment.Result second = new Experiment(mc(6), cut, 2, new AtomicBoolean(), null).run(true);
        Reports.writeMc(cut, second, 2);
        assertEquals(first.outcomes().size(), second.resumed());
        assertEquals(6 - first.outcomes().size(), second.ranNow());
        assertSameFiles(whole, cut);
    }

    @Test
    void resumingAfterAKillMidWriteDropsTheTornRowAndRerunsOnlyWhatIsMissing() throws Exception {
        Path whole = tmp.resolve("whole");
        Path killed = tmp.resolve("killed");
        run(pair(4), whole, 2);
        run(pair(4), killed, 2);
        // as a kill would leave it: three complete runs.csv rows, half of the fourth, no summaries
        List<String> rows = Files.readAllLines(killed.resolve("runs.csv"));
        String torn = String.join("\n", rows.subList(0, 4)) + "\n" + rows.get(4).substring(0, 20);
        Files.writeString(killed.resolve("runs.csv"), torn, StandardCharsets.UTF_8);
        Files.delete(killed.resolve("daily_summary.csv"));
        Files.delete(killed.resolve("summary.json"));

        Experiment.Result resumed = new Experiment(pair(4), killed, 1, new AtomicBoolean(), null).run(true);
        Reports.writeMc(killed, resumed, 1);
        assertEquals(3, resumed.resumed());
        assertEquals(5, resumed.ranNow());
        assertSameFiles(whole, killed);
    }

    /** Common random numbers: the paired GMV difference is known far more tightly than with independent seeds. */
    @Test
    void commonRandomNumbersNarrowTheIntervalOfTheDifference() throws Exception {
        Experiment.Result crn = run(pair(8), tmp.resolve("crn"), 2);
        Experiment.Result indep = run(pair(8).withIndependentSeeds(), tmp.resolve("indep"), 2);
        double crnWidth = width(new Comparison(crn).row("gmv", 1).diff());
        double indepWidth = width(new Comparison(indep).row("gmv", 1).diff());
        assertTrue(crnWidth < 0.7 * indepWidth, "CRN width " + crnWidth + " vs independent " + indepWidth);
        assertEquals(crn.of(0).get(3).seed(), crn.of(1).get(3).seed());
        assertTrue(indep.of(0).get(3).seed() != indep.of(1).get(3).seed());
    }

    @Test
    void precisionRunStopsOnceTheIntervalIsNarrowEnough() throws Exception {
        Experiment.Result loose = run(mc(3).withPrecision(0.2, "gmv", 30), tmp.resolve("loose"), 2);
        assertEquals(Experiment.StopReason.PRECISION, loose.stopReason());
        assertEquals(3, loose.reps());

        Experiment.Result tight = run(mc(3).withPrecision(1e-9, "gmv", 7), tmp.resolve("tight"), 2);
        assertEquals(Experiment.StopReason.MAX_REPS, tight.stopReason());
        assertEquals(7, tight.reps());
        assertEquals(8, Files.readAllLines(tmp.resolve("tight/runs.csv")).size());
    }

    @Test
    void aFolderOfAnotherExperimentIsRefusedAndLeftAlone() throws Exception {
        Path dir = tmp.resolve("dir");
        run(mc(2), dir, 1);
        byte[] before = Files.readAllBytes(dir.resolve("runs.csv"));
        Plan other = Plan.fixed("mc", List.of(COMMUNITY), mc(2).scenarios(), SMALL, 43, 2);
        ExperimentException e = assertThrows(ExperimentException.class,
                () -> new Experiment(other, dir, 1, new AtomicBoolean(), null).run(true));
        assertTrue(e.getMessage().contains("seed differs"), e.getMessage());
        assertThrows(ExperimentException.class, () -> new Experiment(mc(2), dir, 1, new AtomicBoolean(), null).run(false));
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("runs.csv")));
    }

    private static double width(Stats.Estimate e) {
        return e.high() - e.low();
    }
}
