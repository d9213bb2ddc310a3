package shequn.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code shequn mc} and {@code shequn compare} as a user runs them. */
class ExperimentCommandsTest {
    static final String BASELINE = "../scenarios/baseline-no-community.yaml";
    static final String COMMUNITY = "../scenarios/store-plus-community.yaml";
    static final String KOL = "../scenarios/kol-livestream.yaml";
    static final String[] SMALL = {"--set", "population.consumers=2000", "--set", "days=100"};

    @TempDir
    Path tmp;

    static CliHarness.Outcome shequn(String... args) {
        return CliHarness.run(args);
    }

    /** The command with the small-scenario overrides after it. */
    static String[] with(String[] overrides, String... command) {
        List<String> all = new ArrayList<>(Arrays.asList(command));
        all.addAll(Arrays.asList(overrides));
        return all.toArray(String[]::new);
    }

    static void assertOneLineRefusal(CliHarness.Outcome o, String mentions) {
        assertEquals(2, o.exit(), o.err());
        assertEquals(1, o.err().strip().lines().count(), o.err());
        assertTrue(o.err().contains(mentions), o.err());
    }

    @Test
    void compareWritesTheComparisonAndNamesTheWinner() throws Exception {
        Path dir = tmp.resolve("cmp");
        CliHarness.Outcome o = shequn(with(SMALL, "compare", BASELINE, COMMUNITY, "--reps", "3", "--threads", "2", "--out", dir.toString()));
        assertEquals(0, o.exit(), o.err());
        assertTrue(o.out().contains("verdict (paired, 95% CI):\n  store-plus-community "), o.out());
        assertTrue(o.out().contains("store-plus-community against baseline-no-community, paired"), o.out());
        assertTrue(o.out().contains("  incremental ROI "), o.out());
        List<String> rows = Files.readAllLines(dir.resolve("comparison.csv"));
        assertEquals("kpi,scenario,mean,ci_low,ci_high,diff_mean,diff_ci_low,diff_ci_high,p_better", rows.get(0));
        assertEquals(1 + 13 * 2, rows.size());
        List<String> incremental = Files.readAllLines(dir.resolve("incremental.csv"));
        assertEquals("scenario,baseline,measure,mean,ci_low,ci_high,p_better,note", incremental.get(0));
        assertEquals(List.of("gmv", "gross_margin", "cost", "profit", "incremental_roi"),
                incremental.subList(1, 6).stream().map(r -> r.split(",", -1)[2]).toList());
        assertTrue(incremental.get(1).startsWith("store-plus-community,baseline-no-community,gmv,"), incremental.get(1));
        assertTrue(rows.get(1).startsWith("traffic,baseline-no-community,") && rows.get(1).endsWith(",,,,"), rows.get(1));
        assertTrue(Files.readString(dir.resolve("daily_summary.csv")).startsWith("scenario,day,kpi,mean,sd,ci_low,ci_high,p5,p95\n"));
    }

    @Test
    void mcWritesItsFilesAndSummary() throws Exception {
        Path dir = tmp.resolve("mc");
        CliHarness.Outcome o = shequn(with(SMALL, "mc", COMMUNITY, "--reps", "2", "--seed", "5", "--out", dir.toString()));
        assertEquals(0, o.exit(), o.err());
        assertEquals("rep,seed,traffic,purchases,conversion,basket,gmv,repeat_rate,ladder_strong,cost,gross_margin,profit,"
                + "margin_per_yuan_spent,aware,campaign_spend",
                Files.readAllLines(dir.resolve("runs.csv")).get(0));
        String summary = Files.readString(dir.resolve("summary.json"));
        assertTrue(summary.contains("\"stop_reason\" : \"reps\"") && summary.contains("\"master_seed\" : 5"), summary);
    }

    @Test
    void badCountsAreRefusedInOneLine() {
        assertOneLineRefusal(shequn(with(SMALL, "mc", COMMUNITY, "--reps", "0", "--out", tmp.resolve("a").toString())), "--reps");
        assertOneLineRefusal(shequn(with(SMALL, "mc", COMMUNITY, "--reps", "2", "--threads", "0", "--out",
                tmp.resolve("a").toString())), "--threads");
        assertOneLineRefusal(shequn(with(SMALL, "compare", BASELINE, COMMUNITY, "--reps", "-1")), "--reps");
        assertOneLineRefusal(shequn("mc", COMMUNITY, "--reps", "2", "--precision", "0.01", "--kpi", "happiness"), "--kpi");
        assertFalse(Files.exists(tmp.resolve("a")));
    }

    @Test
    void unreadableScenarioIsRefusedInOneLine() {
        assertOneLineRefusal(shequn("mc", tmp.resolve("missing.yaml").toString(), "--reps", "2"), "no such file");
    }

    @Test
    void populationsOfDifferentSizesCannotBePaired() throws Exception {
        Path smaller = tmp.resolve("smaller-baseline.yaml");
        Files.writeString(smaller, Files.readString(Path.of(BASELINE)).replace("consumers: 10000", "consumers: 3000"));
        Path dir = tmp.resolve("p");
        assertOneLineRefusal(shequn("compare", smaller.toString(), COMMUNITY, "--reps", "2", "--out", dir.toString()),
                "populations differ (10000 vs 3000 consumers)");
        assertFalse(Files.exists(dir));
    }

    @Test
    void existingResultsAreNeverOverwritten() throws Exception {
        Path dir = tmp.resolve("mc");
        assertEquals(0, shequn(with(SMALL, "mc", COMMUNITY, "--reps", "2", "--out", dir.toString())).exit());
        byte[] runs = Files.readAllBytes(dir.resolve("runs.csv"));
        byte[] summary = Files.readAllBytes(dir.resolve("daily_summary.csv"));

        assertOneLineRefusal(shequn(with(SMALL, "mc", COMMUNITY, "--reps", "2", "--out", dir.toString())), "--resume");
        assertOneLineRefusal(shequn(with(SMALL, "mc", COMMUNITY, "--reps", "3", "--resume", dir.toString())),
                "different experiment");
        assertOneLineRefusal(shequn("mc", COMMUNITY, "--reps", "2", "--set", "population.consumers=3000", "--set", "days=100",
                "--resume", dir.toString()), "different experiment");
        assertOneLineRefusal(shequn(with(SMALL, "mc", BASELINE, "--reps", "2", "--out", dir.toString(),
                "--resume", tmp.resolve("elsewhere").toString())), "different folders");

        assertArrayEquals(runs, Files.readAllBytes(dir.resolve("runs.csv")));
        assertArrayEquals(summary, Files.readAllBytes(dir.resolve("daily_summary.csv")));
    }

    @Test
    void resumeCommandRepeatsTheArgumentsWithResumeInsteadOfOut() {
        shequn("mc", "a b.yaml", "--reps", "2", "--out", "x", "--resume", "y");
        assertEquals("shequn mc 'a b.yaml' --reps 2 --resume dir", ExperimentRunner.resumeCommand(Path.of("dir")));
    }
}
