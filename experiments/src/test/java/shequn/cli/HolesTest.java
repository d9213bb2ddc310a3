package shequn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shequn.files.Written;

/**
 * The holes of issue 14 (items 4-7, 9-15), each as a new user would meet it: one line naming the file,
 * exit code 2, and nothing written or left behind.
 */
class HolesTest {
    @TempDir
    Path tmp;

    @AfterEach
    void diskBack() {
        Written.failAfter(-1);
    }

    private Path out() {
        return tmp.resolve("out");
    }

    /** Exit 2, one line starting with {@code start}, and no output folder. */
    private String refused(String start, String... args) {
        CliHarness.Outcome r = CliHarness.run(args);
        String err = r.err().strip();
        assertEquals(2, r.exit(), err);
        assertEquals(1, err.lines().count(), "one line: " + err);
        assertTrue(err.startsWith(start), "got: " + err);
        assertFalse(err.contains("Exception"), err);
        assertFalse(Files.exists(out()), "nothing written: " + list(out()));
        return err;
    }

    private static List<String> list(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.map(Path::toString).toList();
        } catch (Exception e) {
            return List.of();
        }
    }

    private Path write(String name, String text) throws Exception {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private Path small(String extra) throws Exception {
        return write("s.yaml", "name: s\ndays: 8\nseed: 3\npopulation: {consumers: 200}\n" + extra);
    }

    // item 4
    @Test
    void fullDiskNamesTheFileAndRemovesWhatTheRunWrote() throws Exception {
        Path s = small("");
        Written.failAfter(3000);
        String err = refused(out().resolve("") + "", "run", s.toString(), "--out", out().toString());
        assertTrue(err.contains(": cannot write: no space left on device; removed the "), err);
        assertTrue(err.endsWith("free some space and run it again"), err);
    }

    @Test
    void fullDiskInAnMcRemovesItsJournalAndManifest() throws Exception {
        // the disk fills during the journal's appends (the manifest and the headers take about 650 bytes,
        // each replication about 1 KB); the journal no longer rewrites files it appended in order
        fullDiskInAnMc(2000);
    }

    @Test
    void fullDiskWhileCopyingTheInputsLeavesNoEmptyFolder() throws Exception {
        // the journal and its three replications fit, the copy of the scenario in inputs/ does not: no
        // output folder is left, not even an empty inputs/
        fullDiskInAnMc(6000);
    }

    private void fullDiskInAnMc(long bytes) throws Exception {
        Path s = small("");
        Written.failAfter(bytes);
        String err = refused(out() + "/", "mc", s.toString(), "--reps", "3", "--threads", "1", "--no-charts",
                "--out", out().toString());
        assertTrue(err.contains("no space left on device"), err);
    }

    @Test
    void fullDiskWithForceLeavesNoMixture() throws Exception {
        Path s = small("");
        assertEquals(0, CliHarness.run("run", s.toString(), "--out", out().toString()).exit());
        Written.failAfter(3000);
        CliHarness.Outcome r = CliHarness.run("run", s.toString(), "--out", out().toString(), "--force");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("no space left on device"), r.err());
        try (Stream<Path> left = Files.list(out())) {
            List<String> names = left.map(p -> p.getFileName().toString()).filter(n -> !n.equals(OutputFolder.LOCK)).toList();
            assertTrue(names.isEmpty(), "no new file beside an old one: " + names);
        }
    }

    @Test
    void aStoppedCommandRemovesWhatItMade() throws Exception {
        Written.begin();
        try {
            Path f = write("trace.csv", "x");
            Written.created(f);
            assertEquals(1, Written.abandon());
            assertFalse(Files.exists(f));
            Path later = write("late.csv", "y");
            Written.created(later);
            assertFalse(Files.exists(later), "made after the stop: removed at once");
        } finally {
            Written.end();
        }
    }

    // item 5
    @Test
    void sizesThatMultiplyAreBoundedUpFront() throws Exception {
        Path s = small("");
        StringBuilder grid = new StringBuilder("scenario: " + s + "\nreps: 2\nparameters:\n");
        for (String p : new String[] {"need_rate", "loyalty", "aware", "parent_share", "need_shape"}) {
            grid.append("  - {path: population.").append(p).append(", min: 0.1, max: 0.5, levels: 1000}\n");
        }
        Path sweep = write("grid.yaml", grid.toString());
        long t0 = System.nanoTime();
        refused(sweep + ": 1,000,000,000,000,000 design points", "sweep", sweep.toString(), "--out", out().toString());
        assertTrue(System.nanoTime() - t0 < 20e9, "refused before drawing the design");
        Path sens = write("sens.yaml", "scenario: " + s + "\nreps: 1\nparameters:\n  - {path: population.aware, min: 0.1, "
                + "max: 0.5}\n  - {path: population.loyalty, min: 0.1, max: 0.5}\n");
        refused(sens + ": ", "sensitivity", sens.toString(), "--samples", "100000000", "--out", out().toString());
        refused(sens + ": ", "sensitivity", sens.toString(), "--method", "morris", "--trajectories", "2000000000",
                "--out", out().toString());
        refused(sens + ": --bootstrap: 2,000,000,000 resamples", "sensitivity", sens.toString(), "--bootstrap", "2000000000",
                "--out", out().toString());
        refused("--set stores=[{id: main, skus: 2147483647}]: stores[0].skus: must be between 1 and 1,000,000", "validate",
                s.toString(), "--set", "stores=[{id: main, skus: 2147483647}]");
    }

    @Test
    void amountsThatWouldSumToInfinityAreRefused() throws Exception {
        Path s = small("campaigns:\n  - {lever: red_packet, start: 1, every: 2, amount: 1e308}\n");
        refused(s + ":6:45: campaigns[0].amount: must be at most 1,000,000,000, got 1E+308", "run", s.toString(),
                "--out", out().toString());
        Path k = small("kols: [{id: k, followers: 10, cost_per_post: 1e308}]\n");
        refused(k + ":5:31: kols[0].cost_per_post: must be between 0 and 1000000000", "run", k.toString(),
                "--out", out().toString());
    }

    // items 6, 7, 10
    @Test
    void badEdgeListsAreRefusedByEveryCommandBeforeAnyWrite() throws Exception {
        write("e.csv", "0,1\n1,500\n");
        Path s = small("network: {type: edge-list, file: e.csv}\n");
        String where = tmp.resolve("e.csv") + ":2:3: network.file: index 500 out of range [0,200)";
        refused(where, "validate", s.toString());
        refused(where, "run", s.toString(), "--out", out().toString());
        refused(where, "mc", s.toString(), "--reps", "2", "--out", out().toString());
        Path s2 = write("s2.yaml", Files.readString(s).replace("name: s\n", "name: s2\n"));
        refused(where, "compare", s.toString(), s2.toString(), "--reps", "2", "--out", out().toString());
        Path sweep = write("sw.yaml", "scenario: s.yaml\nreps: 1\nparameters:\n  - {path: population.aware, values: [0.1, 0.2]}\n");
        refused(where, "sweep", sweep.toString(), "--out", out().toString());
        Path cal = write("cal.yaml", "scenario: s.yaml\nparameters:\n  - {path: population.aware, min: 0.1, max: 0.5}\n"
                + "targets: [traffic]\nevaluations: 4\nreps: 1\n");
        Path observed = write("obs.csv", "day,traffic\n0,1\n1,2\n2,3\n3,4\n4,5\n5,6\n6,7\n7,8\n");
        refused(where, "calibrate", cal.toString(), "--observed", observed.toString(), "--out", out().toString());
    }

    @Test
    void aNulInTheEdgeListNameIsOneLine() throws Exception {
        Path s = small("");
        refused("--set network={type: edge-list, file: \"a\\0b.csv\"}: network.file: not a usable file name", "run", s.toString(), "--set", "network={type: edge-list, "
                + "file: \"a\\0b.csv\"}", "--out", out().toString());
    }

    @Test
    void anOversizedWorldIsRefusedBeforeAnExperimentWrites() throws Exception {
        Path s = small("");
        refused(s + ": population.consumers: a world of 50,000,000 consumers", "mc", s.toString(), "--reps", "2",
                "--set", "population.consumers=50000000", "--set", "network.mean_degree=2000", "--out", out().toString());
    }

    // item 9, 13
    @Test
    void optimizeSpecsOutOfRange() throws Exception {
        Path s = small("campaigns:\n  - {lever: coupon, start: 1, budget: 100}\n  - {lever: emotion, start: 2, budget: 100}\n");
        Path opt = write("opt.yaml", "scenario: s.yaml\nbudget: 1.0e+308\nevaluations: 4\nreps: 1\nvalidation_reps: 2\n");
        refused(opt + ":2:1: budget: must be above 0 and at most 1,000,000,000,000 yuan", "optimize", opt.toString(),
                "--out", out().toString());
        Files.writeString(opt, "scenario: s.yaml\npopulation: 0\nevaluations: 4\n");
        refused(opt + ":2:1: population: must be between 2 and 10000", "optimize", opt.toString(), "--out", out().toString());
        Files.writeString(opt, "scenario: s.yaml\nseed: 18446744073709551617\n");
        refused(opt + ":2:1: seed: must be between", "optimize", opt.toString(), "--out", out().toString());
    }

    @Test
    void anOptimizeWhoseBasePlanSpendsNothingIsRefusedAndLeavesNothing() throws Exception {
        small("campaigns:\n  - {lever: coupon, start: 1, budget: 100}\n  - {lever: emotion, start: 2, budget: 100}\n");
        Path opt = write("opt.yaml", "scenario: s.yaml\nset: [days=2, 'campaigns[0].start=1', 'campaigns[1].start=1', "
                + "'campaigns[0].budget=0', 'campaigns[1].budget=0']\nevaluations: 4\nreps: 1\nvalidation_reps: 2\n");
        CliHarness.Outcome r = CliHarness.run("optimize", opt.toString(), "--out", out().toString(), "--no-charts");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().strip().endsWith(opt + ": budget: the base plan spends nothing over its 2 days, so there is no "
                + "budget to share out; give budget: (yuan)"), r.err());
        assertFalse(Files.exists(out()), "no trace.csv left to block a rerun");
    }

    @Test
    void observedCsvsThatCannotBeMatched() throws Exception {
        Path s = small("");
        Path cal = write("cal.yaml", "scenario: s.yaml\nparameters:\n  - {path: population.aware, min: 0.1, max: 0.5}\n"
                + "targets: [traffic]\nevaluations: 4\nreps: 1\nfit_days: 8\n");
        String[][] cases = {
            {"day,traffic\n0,1\n1,NaN\n", ":3:1: traffic: expected a finite number"},
            {"day,traffic,traffic\n0,1,1\n", ":1:1: column 3 repeats the name of column 2"},
            {"day,traffic\n0,1,7\n", ":2:1: row 2 has 3 cells, the header 2"},
            {"day,traffic\n0,0x1p3\n", ":2:1: traffic: expected a finite number"},
            {"day,traffic\n0,1\n1,2\n", ": 2 observed days, fewer than fit_days: 8"},
        };
        for (String[] c : cases) {
            Path observed = write("obs.csv", c[0]);
            String err = refused(observed.toString(), "calibrate", cal.toString(), "--observed", observed.toString(),
                    "--out", out().toString());
            assertTrue(err.contains(c[1]), err);
        }
    }

    @Test
    void emptyOrNullSettingsAreRefused() throws Exception {
        Path s = small("");
        refused("--set days=: days: no value after '='", "run", s.toString(), "--set", "days=", "--out", out().toString());
        refused("--set days=~: days: '~' is YAML's null", "run", s.toString(), "--set", "days=~", "--out", out().toString());
        refused(s + ":1:1: stores: an empty list", "run", write("s.yaml", "stores: []\n").toString(), "--out", out().toString());
    }

    // item 11
    @Test
    void yamlAliasesAreRefused() throws Exception {
        Path s = write("a.yaml", "days: &d 30\nseed: *d\n");
        refused(s + ":2:7: seed: YAML aliases (*name) are not supported", "run", s.toString(), "--out", out().toString());
    }

    // item 12
    @Test
    void namesThatWouldBreakCsvRowsAreRefused() throws Exception {
        Path s = small("");
        for (String name : new String[] {"a,b", "say \\\"hi\\\"", "two\\nlines"}) {
            refused("--set name=\"" + name + "\": name: must not hold a comma, a double quote or a line break", "compare",
                    s.toString(), s.toString(), "--set", "name=\"" + name + "\"", "--reps", "1", "--out", out().toString());
        }
    }

    // item 14
    @Test
    void rawParserTextsAreSaidInWords() throws Exception {
        Path s = write("i.yaml", "population:\n    consumers: 100\n  need_rate: 0.1\n");
        refused(s + ":3:3: the indentation does not line up", "validate", s.toString());
        Path deep = write("d.yaml", "name: " + "[".repeat(1500) + "]".repeat(1500) + "\n");
        refused(deep + ": nested too deeply", "validate", deep.toString());
        Path sweep = write("sw.yaml", "scenario: x.yaml\n  reps: 1\n");
        refused(sweep + ":2:7: a field is indented under a value", "sweep", sweep.toString(), "--out", out().toString());
        Path bin = tmp.resolve("b.yaml");
        Files.write(bin, new byte[] {(byte) 0xff, (byte) 0xfe, 'a'});
        refused(bin + ": cannot read: not UTF-8 text", "validate", bin.toString());
    }

    @Test
    void aBrokenSummaryIsOneLine() throws Exception {
        Path s = small("");
        Path runs = tmp.resolve("runs");
        assertEquals(0, CliHarness.run("run", s.toString(), "--out", runs.toString()).exit());
        String json = Files.readString(runs.resolve("summary.json"));
        Files.writeString(runs.resolve("summary.json"), json.substring(0, json.length() / 2));
        CliHarness.Outcome r = CliHarness.run("report", runs.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().strip().startsWith(runs.resolve("summary.json") + ":"), r.err());
        assertTrue(r.err().contains("not valid JSON"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(Files.exists(runs.resolve("report.html")));
    }

    // item 15
    @Test
    void aDailyCsvLongerThanAnyScenarioIsRefusedAtOnce() throws Exception {
        Path s = small("");
        Path runs = tmp.resolve("runs");
        assertEquals(0, CliHarness.run("run", s.toString(), "--out", runs.toString()).exit());
        List<String> lines = Files.readAllLines(runs.resolve("daily.csv"));
        List<String> big = new ArrayList<>(List.of(lines.get(0)));
        for (int d = 0; d < 5000; d++) {
            String row = lines.get(1 + d % (lines.size() - 1));
            big.add(d + row.substring(row.indexOf(',')));
        }
        Files.write(runs.resolve("daily.csv"), big);
        CliHarness.Outcome r = CliHarness.run("chart", runs.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().startsWith(runs.resolve("daily.csv") + ": more than 3650 rows"), r.err());
        assertFalse(Files.exists(runs.resolve("charts")));
    }
}
