package shequn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code shequn seed} as a user runs it: seeding rules against the KOL at equal spend, paired with the plan. */
class SeedCommandTest {
    static final String TINY = """
            name: tiny
            days: 60
            seed: 3
            population: {consumers: 600, aware: 0.1}
            kols: [{id: chef, followers: 120, cost_per_post: 100}]
            groups: [{id: g, max_size: 100, initial_members: 30}]
            campaigns:
              - {lever: emotion}
            """;

    @TempDir
    Path tmp;

    Path tiny() throws Exception {
        Path f = tmp.resolve("tiny.yaml");
        Files.writeString(f, TINY);
        return f;
    }

    @Test
    void comparesTheRulesAndTheKolAtEqualSpend() throws Exception {
        Path out = tmp.resolve("out");
        var o = CliHarness.run("seed", tiny().toString(), "--budget", "600", "--unit-cost", "20", "--start", "5",
                "--rules", "random,degree,celf", "--reps", "3", "--threads", "2", "--no-charts", "--out", out.toString());
        assertEquals(0, o.exit(), o.err());
        assertTrue(o.err().startsWith("seed: 3 rules and the KOL at 600 yuan, 5 scenarios x 3 replications"), o.err());
        List<String> csv = Files.readAllLines(out.resolve("seeding.csv"));
        assertTrue(csv.get(0).startsWith("variant,rule,units,d_spend,d_aware,"), csv.get(0));
        assertEquals(5, csv.size(), "three rules and the KOL");
        assertTrue(csv.get(1).startsWith("seeding:random,random,30,600.000000,"), csv.get(1));
        assertTrue(csv.get(2).startsWith("seeding:degree,degree,30,600.000000,"), csv.get(2));
        assertTrue(csv.get(4).startsWith("kol_post:chef,kol_post,6,"), csv.get(4));
        // 30 seed users who did not know the store make more people aware than the plan alone, every rule
        for (int r = 1; r <= 3; r++) {
            double dAware = Double.parseDouble(csv.get(r).split(",")[4]);
            assertTrue(dAware >= 25, csv.get(r));
        }
        assertTrue(o.out().contains("seed users or a KOL for 600 yuan each"), o.out());
        assertTrue(Files.exists(out.resolve("comparison.csv")) && Files.exists(out.resolve("incremental.csv")));
        // the variants are named apart in the tables
        assertTrue(Files.readString(out.resolve("comparison.csv")).contains("tiny+seeding-celf"));
    }

    @Test
    void refusesWithOneLine() throws Exception {
        Path f = tiny();
        ExperimentCommandsTest.assertOneLineRefusal(CliHarness.run("seed", f.toString(), "--budget", "0", "--reps", "2"),
                "--budget");
        ExperimentCommandsTest.assertOneLineRefusal(CliHarness.run("seed", f.toString(), "--rules", "loudest", "--reps", "2"),
                "unknown rule 'loudest'");
        ExperimentCommandsTest.assertOneLineRefusal(CliHarness.run("seed", f.toString(), "--kol", "nobody", "--reps", "2"),
                "no such KOL");
        ExperimentCommandsTest.assertOneLineRefusal(CliHarness.run("seed", f.toString(), "--start", "60", "--reps", "2"),
                "--start");
    }
}
