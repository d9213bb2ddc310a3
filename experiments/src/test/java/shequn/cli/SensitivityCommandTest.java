package shequn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code shequn sensitivity} on a small scenario where one parameter is known to dominate. */
class SensitivityCommandTest {
    @TempDir
    Path tmp;

    @Test
    void morrisRanksTheNeedRateFirstForGmv() throws Exception {
        Path f = tmp.resolve("s.yaml");
        // GMV is close to proportional to the need rate; the moms group's manager skill barely moves it
        Files.writeString(f, "scenario: " + SweepCommandTest.SCENARIO + "\n"
                + "set: [population.consumers=1000, days=100]\nreps: 1\nseed: 3\nparameters:\n"
                + "  - {path: 'groups[0].manager_skill', min: 0.4, max: 0.8}\n"
                + "  - {path: population.need_rate, min: 0.08, max: 0.2}\n");
        Path out = tmp.resolve("out");
        var o = ExperimentCommandsTest.shequn("sensitivity", f.toString(), "--method", "morris", "--trajectories", "3",
                "--kpi", "gmv", "--out", out.toString(), "--threads", "2", "--no-charts");
        assertEquals(0, o.exit(), o.err());
        assertFalse(Files.exists(out.resolve("charts")), "--no-charts drew charts");
        List<String> rows = Files.readAllLines(out.resolve("sensitivity.csv"));
        assertEquals("kpi,method,parameter,statistic,value,ci_low,ci_high,rank", rows.get(0));
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("gmv,morris,population.need_rate,mu_star,") && r.endsWith(",1")),
                String.join("\n", rows));
        assertEquals(1 + 3 * 3, Files.readAllLines(out.resolve("sweep.csv")).size());
        assertTrue(o.out().indexOf("population.need_rate") < o.out().indexOf("groups[0].manager_skill"), o.out());
    }

    @Test
    void anUnknownKpiIsRefused() throws Exception {
        Path f = tmp.resolve("s.yaml");
        Files.writeString(f, "scenario: " + SweepCommandTest.SCENARIO + "\nparameters:\n"
                + "  - {path: population.need_rate, min: 0.08, max: 0.2}\n");
        ExperimentCommandsTest.assertOneLineRefusal(ExperimentCommandsTest.shequn("sensitivity", f.toString(), "--kpi", "fun",
                "--out", tmp.resolve("o").toString()), "--kpi: unknown KPI 'fun'");
    }
}
