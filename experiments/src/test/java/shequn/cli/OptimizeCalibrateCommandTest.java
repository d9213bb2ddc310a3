package shequn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code shequn optimize} and {@code shequn calibrate} as a user runs them, and their one-line refusals. */
class OptimizeCalibrateCommandTest {
    @TempDir
    Path tmp;

    Path write(String name, String text) throws Exception {
        Path f = tmp.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    @Test
    void optimizeWritesARunnablePlanAndAPairedVerdict() throws Exception {
        Path opt = write("opt.yaml", "scenario: " + SweepCommandTest.SCENARIO + "\n"
                + "set: [population.consumers=800, days=100]\nobjective: profit\nlevers: [emotion, content, 8]\n"
                + "budget: 3000\nkeep_unspent: true\nreps: 2\nvalidation_reps: 3\nevaluations: 8\nseed: 2\n");
        Path out = tmp.resolve("out");
        var o = ExperimentCommandsTest.shequn("optimize", opt.toString(), "--out", out.toString(), "--threads", "2");
        assertEquals(0, o.exit(), o.err());
        assertTrue(o.out().contains("on 3 fresh replications"), o.out());
        // the best plan's economics against the base plan, paired on the same fresh replications
        assertTrue(o.out().contains("store-plus-community-optimised against store-plus-community, paired"), o.out());
        assertTrue(o.out().contains("  incremental ROI "), o.out());
        assertTrue(o.out().contains("verdict (paired, 95% CI):\n  store-plus-community-optimised "), o.out());
        var summary = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("summary.json").toFile());
        var inc = summary.get("incremental");
        assertEquals(3, inc.get("replications").asInt());
        assertEquals(inc.get("gross_margin").get("mean").asDouble() - inc.get("cost").get("mean").asDouble(),
                inc.get("profit").get("mean").asDouble(), 1e-6, "Δ profit = Δ margin − Δ spend");
        assertTrue(inc.get("incremental_roi").has("note") && inc.get("incremental_roi").has("method"), inc.toString());
        assertEquals("rep,seed,base_objective,best_objective,difference,base_cost,best_cost,base_gross_margin,best_gross_margin",
                Files.readAllLines(out.resolve("validation.csv")).get(0));
        Path plan = out.resolve("store-plus-community-optimised.yaml");
        var check = ExperimentCommandsTest.shequn("validate", plan.toString());
        assertEquals(0, check.exit(), check.err());
        assertEquals(9, Files.readAllLines(out.resolve("trace.csv")).size());
        assertEquals(4, Files.readAllLines(out.resolve("validation.csv")).size());
        // the search's chart is drawn after the tables (--no-charts is tested on sweep and sensitivity)
        assertTrue(Files.exists(out.resolve("charts/optimize-trace.png")), o.err());
        assertTrue(Files.exists(out.resolve("charts/optimize-trace.svg")));
    }

    @Test
    void optimizeRefusesAnUnknownLeverOrObjective() throws Exception {
        Path a = write("a.yaml", "scenario: " + SweepCommandTest.SCENARIO + "\nbudget: 100\nlevers: [emotion, bogus]\n");
        ExperimentCommandsTest.assertOneLineRefusal(ExperimentCommandsTest.shequn("optimize", a.toString(), "--out",
                tmp.resolve("o").toString()), a + ":3:19: levers[1]: no campaign named 'bogus'");
        Path b = write("b.yaml", "scenario: " + SweepCommandTest.SCENARIO + "\nobjective: happiness\n");
        ExperimentCommandsTest.assertOneLineRefusal(ExperimentCommandsTest.shequn("optimize", b.toString(), "--out",
                tmp.resolve("o").toString()), "objective: unknown objective 'happiness'");
    }

    @Test
    void calibrateRefusesAnUnknownTargetAndAMissingColumn() throws Exception {
        Path cal = write("c.yaml", "scenario: " + SweepCommandTest.SCENARIO + "\n"
                + "parameters:\n  - {path: population.need_rate, min: 0.05, max: 0.3}\ntargets: [traffic, footfall]\n");
        Path obs = write("obs.csv", "day,traffic\n0,10\n1,12\n");
        ExperimentCommandsTest.assertOneLineRefusal(ExperimentCommandsTest.shequn("calibrate", cal.toString(), "--observed",
                obs.toString(), "--out", tmp.resolve("o").toString()), "targets[1]: expected one of traffic");
        Path cal2 = write("c2.yaml", "scenario: " + SweepCommandTest.SCENARIO + "\n"
                + "parameters:\n  - {path: population.need_rate, min: 0.05, max: 0.3}\ntargets: [traffic, gmv]\n");
        ExperimentCommandsTest.assertOneLineRefusal(ExperimentCommandsTest.shequn("calibrate", cal2.toString(), "--observed",
                obs.toString(), "--out", tmp.resolve("o").toString()), "no 'gmv' column");
    }

    @Test
    void aKilledKpiSeriesCalibrationResumesToTheSameAnswer() throws Exception {
        Path root = shequn.validation.Effort.locateRoot();
        Path cal = write("traffic.yaml", java.nio.file.Files.readString(root.resolve("scenarios/experiments/calibrate-traffic.yaml"))
                .replace("scenario: ../baseline-no-community.yaml", "scenario: " + root.resolve("scenarios/baseline-no-community.yaml"))
                .replace("set: [population.consumers=2000, days=120]", "set: [population.consumers=600, days=120]")
                .replace("reps: 4", "reps: 2").replace("evaluations: 60", "evaluations: 16"));
        String obs = root.resolve("scenarios/experiments/observed-traffic.csv").toString();
        Path whole = tmp.resolve("whole");
        var first = ExperimentCommandsTest.shequn("calibrate", cal.toString(), "--observed", obs, "--out", whole.toString(),
                "--threads", "2");
        assertEquals(0, first.exit(), first.err());
        // as a kill leaves it: the journal's first 7 evaluations and a torn eighth, no results
        Path cut = tmp.resolve("cut");
        java.nio.file.Files.createDirectories(cut);
        List<String> lines = java.nio.file.Files.readAllLines(whole.resolve("search-journal.csv"));
        assertEquals(1 + 16, lines.size(), "fingerprint and one line per evaluation");
        java.nio.file.Files.writeString(cut.resolve("search-journal.csv"), String.join("\n", lines.subList(0, 8)) + "\n0x1.8p3,0x");
        var resumed = ExperimentCommandsTest.shequn("calibrate", cal.toString(), "--observed", obs, "--resume", cut.toString(),
                "--threads", "1");
        assertEquals(0, resumed.exit(), resumed.err());
        assertTrue(resumed.err().contains("resuming after 7 evaluations"), resumed.err());
        for (String f : List.of("calibration.csv", "trace.csv", "search-journal.csv")) {
            assertEquals(java.nio.file.Files.readAllLines(whole.resolve(f)), java.nio.file.Files.readAllLines(cut.resolve(f)), f);
        }
        ExperimentCommandsTest.assertOneLineRefusal(ExperimentCommandsTest.shequn("calibrate", cal.toString(), "--observed", obs,
                "--resume", cut.toString()), "complete");
        ExperimentCommandsTest.assertOneLineRefusal(ExperimentCommandsTest.shequn("calibrate", cal.toString(), "--observed", obs,
                "--resume", tmp.resolve("nothing").toString()), "resume");
    }

    @Test
    void anIntervalTheRangeCutsShortIsSaidSo() throws Exception {
        Path root = shequn.validation.Effort.locateRoot();
        Path cal = write("narrow.yaml", java.nio.file.Files.readString(root.resolve("scenarios/experiments/calibrate-traffic.yaml"))
                .replace("scenario: ../baseline-no-community.yaml", "scenario: " + root.resolve("scenarios/baseline-no-community.yaml"))
                .replace("set: [population.consumers=2000, days=120]", "set: [population.consumers=600, days=120]")
                .replace("{path: population.need_rate, min: 0.05, max: 0.30}", "{path: population.need_rate, min: 0.117, max: 0.1185}")
                .replace("reps: 4", "reps: 2").replace("evaluations: 60", "evaluations: 12"));
        var o = ExperimentCommandsTest.shequn("calibrate", cal.toString(), "--observed",
                root.resolve("scenarios/experiments/observed-traffic.csv").toString(), "--out", tmp.resolve("narrow").toString());
        assertEquals(0, o.exit(), o.err());
        assertTrue(o.out().contains("warning: population.need_rate's 95% interval reaches beyond its range [0.117, 0.1185]"),
                o.out());
    }
}
