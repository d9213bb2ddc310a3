package shequn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The playbook as one comparison, its charts and report; and charts drawn after compare by default. */
class ShowcaseCommandTest {
    static final String[] SMALL = {"--set", "population.consumers=3000", "--set", "days=120"};

    @TempDir
    Path tmp;

    @Test
    void showcaseComparesEveryPlaybookPlanAndWritesTheReport() throws Exception {
        Path out = tmp.resolve("show");
        CliHarness.Outcome o = CliHarness.run("showcase", "--out", out.toString(), "--reps", "2",
                "--scenarios", CliHarness.SCENARIOS.toString(), SMALL[0], SMALL[1], SMALL[2], SMALL[3]);
        assertEquals(0, o.exit(), o.err());
        long plans;
        try (var files = Files.list(CliHarness.SCENARIOS.resolve("playbook"))) {
            plans = files.filter(p -> p.toString().endsWith(".yaml")).count();
        }
        assertTrue(plans >= 8, "the playbook holds at least eight plans");
        List<String> rows = Files.readAllLines(out.resolve("comparison.csv"));
        long scenarios = rows.stream().skip(1).filter(r -> r.startsWith("gmv,")).count();
        assertEquals(plans + 1, scenarios, "baseline plus every plan");
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<svg") && html.contains("baseline-no-community"), "report with inline charts");
        assertTrue(Files.exists(out.resolve("charts/difference-to-baseline.png")));
    }

    @Test
    void compareDrawsChartsUnlessToldNotTo() throws Exception {
        Path with = tmp.resolve("with");
        Path without = tmp.resolve("without");
        String base = CliHarness.scenario("baseline-no-community.yaml");
        String plan = CliHarness.scenario("store-plus-community.yaml");
        assertEquals(0, CliHarness.run("compare", base, plan, "--reps", "2", "--out", with.toString(),
                SMALL[0], SMALL[1], SMALL[2], SMALL[3]).exit());
        assertEquals(0, CliHarness.run("compare", base, plan, "--reps", "2", "--out", without.toString(), "--no-charts",
                SMALL[0], SMALL[1], SMALL[2], SMALL[3]).exit());
        assertTrue(Files.exists(with.resolve("charts/compare-gmv.svg")));
        assertFalse(Files.exists(without.resolve("charts")));
    }

    @Test
    void aLibraryWithoutPlaybookIsOneLineExitTwo() {
        CliHarness.Outcome o = CliHarness.run("showcase", "--out", tmp.resolve("x").toString(), "--scenarios",
                tmp.toString());
        assertEquals(2, o.exit());
        assertEquals(1, o.err().strip().lines().count(), o.err());
        assertFalse(Files.exists(tmp.resolve("x")));
    }
}
