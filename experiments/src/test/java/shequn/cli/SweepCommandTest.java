package shequn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code shequn sweep} as a user runs it: outputs, and one-line refusals with exit code 2. */
class SweepCommandTest {
    static final String SCENARIO = Path.of("../scenarios/store-plus-community.yaml").toAbsolutePath().toString();

    @TempDir
    Path tmp;

    Path file(String parameters, String design) throws Exception {
        Path f = tmp.resolve("s.yaml");
        Files.writeString(f, "scenario: " + SCENARIO + "\n"
                + "set: [population.consumers=1000, days=100]\n"
                + design
                + "reps: 2\n"
                + "parameters:\n" + parameters);
        return f;
    }

    static void assertRefused(CliHarness.Outcome o, String mentions) {
        ExperimentCommandsTest.assertOneLineRefusal(o, mentions);
    }

    @Test
    void writesSweepAndPointsTables() throws Exception {
        Path f = file("  - {path: behaviour.tie_decay, min: 0.005, max: 0.02}\n"
                + "  - {path: population.need_rate, min: 0.1, max: 0.2}\n", "design: lhs\npoints: 3\n");
        Path out = tmp.resolve("out");
        var o = ExperimentCommandsTest.shequn("sweep", f.toString(), "--out", out.toString(), "--threads", "2");
        assertEquals(0, o.exit(), o.err());
        List<String> sweep = Files.readAllLines(out.resolve("sweep.csv"));
        assertEquals(1 + 3 * 2, sweep.size());
        assertTrue(sweep.get(0).startsWith("point,rep,seed,behaviour.tie_decay,population.need_rate,traffic,"), sweep.get(0));
        List<String> points = Files.readAllLines(out.resolve("points.csv"));
        assertEquals("point,behaviour.tie_decay,population.need_rate,kpi,n,mean,sd,ci_low,ci_high", points.get(0));
        assertEquals(1 + 3 * 13, points.size()); // the 13 runs.csv totals per point
        assertTrue(o.out().contains("best 3 by mean GMV"), o.out());
        // two parameters by Latin hypercube: a scatter coloured by the KPI, drawn after the tables
        assertTrue(Files.exists(out.resolve("charts/sweep-scatter-gmv.png")));
        assertTrue(Files.exists(out.resolve("charts/sweep-scatter-gmv.svg")));
        // a second run into the same folder is refused; --resume completes nothing new and succeeds
        assertRefused(ExperimentCommandsTest.shequn("sweep", f.toString(), "--out", out.toString()), "already holds results");
        var again = ExperimentCommandsTest.shequn("sweep", f.toString(), "--resume", out.toString());
        assertEquals(0, again.exit(), again.err());
        assertEquals(sweep, Files.readAllLines(out.resolve("sweep.csv")));
    }

    @Test
    void oneParameterDrawsItsLineAndNoChartsDrawsNone() throws Exception {
        Path f = file("  - {path: behaviour.tie_decay, values: [0.005, 0.02]}\n", "");
        Path with = tmp.resolve("with");
        Path without = tmp.resolve("without");
        assertEquals(0, ExperimentCommandsTest.shequn("sweep", f.toString(), "--out", with.toString()).exit());
        assertEquals(0, ExperimentCommandsTest.shequn("sweep", f.toString(), "--out", without.toString(), "--no-charts")
                .exit());
        assertTrue(Files.exists(with.resolve("charts/sweep-gmv.svg")));
        assertFalse(Files.exists(without.resolve("charts")));
        // shequn chart redraws them from the tables
        assertEquals(0, ExperimentCommandsTest.shequn("chart", without.toString(), "--format", "png").exit());
        assertTrue(Files.exists(without.resolve("charts/sweep-repeat-rate.png")));
    }

    @Test
    void aPathThatDoesNotExistIsOneLineWithItsPosition() throws Exception {
        Path f = file("  - {path: behaviour.tie_decay, min: 0.005, max: 0.02}\n"
                + "  - {path: behaviour.tie_decayy, values: [1, 2]}\n", "");
        Path out = tmp.resolve("out");
        var o = ExperimentCommandsTest.shequn("sweep", f.toString(), "--out", out.toString());
        assertRefused(o, f + ":6:6: parameters[1].path: unknown field 'tie_decayy'");
        assertFalse(Files.exists(out));
    }

    @Test
    void aMissingListElementIsRefused() throws Exception {
        Path f = file("  - {path: 'campaigns[40].budget', values: [100, 200]}\n", "");
        assertRefused(ExperimentCommandsTest.shequn("sweep", f.toString(), "--out", tmp.resolve("o").toString()),
                "parameters[0].path: campaigns[40]: no such element: campaigns has 13 entries");
    }

    @Test
    void aValueOfTheWrongTypeIsOneLineWithItsPosition() throws Exception {
        Path f = file("  - {path: 'groups[0].max_size', values: [100, 2.5]}\n", "");
        assertRefused(ExperimentCommandsTest.shequn("sweep", f.toString(), "--out", tmp.resolve("o").toString()),
                "parameters[0].values[1]: expected a whole number, got 2.5");
        Path g = file("  - {path: behaviour.tie_decay, min: low, max: 0.02}\n", "");
        assertRefused(ExperimentCommandsTest.shequn("sweep", g.toString(), "--out", tmp.resolve("o").toString()),
                "parameters[0].min: expected a number, got 'low'");
        Path h = file("  - {path: network.type, values: [small-world, hexagonal]}\n", "");
        assertRefused(ExperimentCommandsTest.shequn("sweep", h.toString(), "--out", tmp.resolve("o").toString()),
                "parameters[0].values[1]: expected one of");
    }

    @Test
    void aValueOutOfRangeForTheScenarioIsRefused() throws Exception {
        Path f = file("  - {path: 'groups[0].max_size', values: [100, 900]}\n", "");
        assertRefused(ExperimentCommandsTest.shequn("sweep", f.toString(), "--out", tmp.resolve("o").toString()),
                "parameters[0].values[1]:");
    }

    @Test
    void anUnknownDesignOrFieldIsRefused() throws Exception {
        Path f = file("  - {path: behaviour.tie_decay, min: 0.005, max: 0.02}\n", "design: random\n");
        assertRefused(ExperimentCommandsTest.shequn("sweep", f.toString(), "--out", tmp.resolve("o").toString()),
                "design: unknown design 'random'");
        Path g = file("  - {path: behaviour.tie_decay, mn: 0.005, max: 0.02}\n", "");
        assertRefused(ExperimentCommandsTest.shequn("sweep", g.toString(), "--out", tmp.resolve("o").toString()),
                "parameters[0].mn: unknown field 'mn'");
    }
}
