package shequn.montecarlo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal's files do not depend on the order replications arrive in: appended in order, held
 * back in a window, written out of order and copied sorted at the end, or resumed around a hole.
 */
class JournalTest {
    private static final int DAYS = 5;
    private static final List<String> NAMES = List.of("base", "plan");

    @TempDir
    Path tmp;

    @Test
    void anyArrivalOrderGivesTheSortedFiles() throws Exception {
        List<Outcome> all = outcomes(2, 30);
        Path sorted = journal(tmp.resolve("sorted"), all, all, 0);
        Random random = new Random(3);
        for (int window : new int[] {0, 2, 100}) {
            List<Outcome> shuffled = new ArrayList<>(all);
            Collections.shuffle(shuffled, random);
            Path dir = journal(tmp.resolve("window" + window), all, shuffled, window);
            assertSameFiles(sorted, dir);
        }
        // overtaken by one, within the window: held back and written in order
        List<Outcome> swapped = new ArrayList<>(all);
        Collections.swap(swapped, 4, 5);
        assertSameFiles(sorted, journal(tmp.resolve("swapped"), all, swapped, 2));
    }

    @Test
    void heldBackRowsAreWrittenWhenTheJournalClosesUnfinished() throws Exception {
        List<Outcome> all = outcomes(1, 6);
        Path dir = tmp.resolve("stopped");
        Files.createDirectories(dir);
        try (Journal j = new Journal(dir, (List<String>) null)) {
            j.open(List.of());
            j.expect(jobs(all), 10);
            for (Outcome o : all.subList(1, 6)) { // the first never arrives: every other one waits for it
                j.append(j.rows(o));
            }
            assertEquals(1, Files.readAllLines(dir.resolve(Journal.RUNS)).size(), "held back, only the header");
        }
        List<Outcome> read = new Journal(dir, (List<String>) null).read(new int[] {DAYS});
        assertEquals(5, read.size());
        assertEquals(1, read.get(0).rep());
    }

    @Test
    void resumingAroundAHoleGivesTheSortedFiles() throws Exception {
        List<Outcome> all = outcomes(2, 8);
        Path sorted = journal(tmp.resolve("sorted"), all, all, 0);
        Path dir = tmp.resolve("resumed");
        Files.createDirectories(dir);
        List<Outcome> kept = new ArrayList<>(all);
        List<Outcome> missing = List.of(kept.remove(3), kept.remove(9));
        try (Journal j = new Journal(dir, NAMES)) {
            j.open(kept);
            j.expect(jobs(missing), 4);
            for (Outcome o : missing) {
                j.append(j.rows(o));
            }
            j.finish(all);
        }
        assertSameFiles(sorted, dir);
    }

    /** A journal in {@code dir} that is told to expect {@code all} and receives {@code arrivals} in that order. */
    private static Path journal(Path dir, List<Outcome> all, List<Outcome> arrivals, int window) throws Exception {
        Files.createDirectories(dir);
        try (Journal j = new Journal(dir, NAMES)) {
            j.open(List.of());
            j.expect(jobs(all), window);
            for (Outcome o : arrivals) {
                j.append(j.rows(o));
            }
            j.finish(all);
        }
        return dir;
    }

    private static List<Replicator.Job> jobs(List<Outcome> outcomes) {
        return outcomes.stream().map(o -> new Replicator.Job(o.scenario(), o.rep(), o.seed(), null, null)).toList();
    }

    /** Outcomes sorted by scenario then replication, with values of every magnitude. */
    private static List<Outcome> outcomes(int scenarios, int reps) {
        Random random = new Random(11);
        List<Outcome> list = new ArrayList<>();
        for (int s = 0; s < scenarios; s++) {
            for (int r = 0; r < reps; r++) {
                double[] totals = new double[Outcome.TOTALS.size()];
                for (int k = 0; k < totals.length; k++) {
                    totals[k] = Cells.exact(random.nextGaussian() * Math.pow(10, random.nextInt(9) - 3));
                }
                double[][] daily = new double[DAYS][Outcome.DAILY.size() + 1];
                for (int d = 0; d < DAYS; d++) {
                    daily[d][0] = d;
                    for (int k = 1; k < daily[d].length; k++) {
                        daily[d][k] = Cells.exact(random.nextDouble() * 1000);
                    }
                }
                list.add(new Outcome(s, r, 1000L * s + r, totals, daily));
            }
        }
        return list;
    }

    private static void assertSameFiles(Path expected, Path actual) throws Exception {
        for (String name : List.of(Journal.RUNS, Journal.DAILY_RUNS)) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(name)), Files.readAllBytes(actual.resolve(name)),
                    actual + "/" + name);
        }
    }
}
