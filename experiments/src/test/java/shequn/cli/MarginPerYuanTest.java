package shequn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shequn.output.RunTotals;

/**
 * A single run's gross margin ÷ campaign spend is named for what it is, margin_per_yuan_spent
 * (not incremental), in summary.json, the console table, runs.csv and every --kpi; the engine's
 * old name {@code roi} is no longer written.
 */
class MarginPerYuanTest {
    @TempDir
    Path tmp;

    @Test
    void summaryJsonNamesTheRatioAndNoLongerCallsItRoi() throws Exception {
        Path out = tmp.resolve("run");
        CliHarness.Outcome r = CliHarness.run("run", CliHarness.scenario("store-plus-community.yaml"), "--out",
                out.toString(), "--seed", "5", "--set", "population.consumers=1500", "--days", "100");
        assertEquals(0, r.exit(), r.err());
        JsonNode totals = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("totals");
        assertFalse(totals.has("roi"), "the old name is gone");
        double cost = totals.get("cost").asDouble();
        assertTrue(cost > 0);
        assertEquals(totals.get("gross_margin").asDouble() / cost, totals.get("margin_per_yuan_spent").asDouble(), 1e-9);
        List<String> keys = new java.util.ArrayList<>();
        totals.fieldNames().forEachRemaining(keys::add);
        assertEquals(keys.indexOf("profit") + 1, keys.indexOf("margin_per_yuan_spent"), "where roi was: " + keys);
        assertTrue(r.out().contains("gross margin per yuan spent*"), r.out());
        assertTrue(r.out().contains("* all gross margin / all spend (campaigns and operating costs), not incremental"), r.out());
        assertTrue(r.out().contains("profit (gross margin - cost, yuan)"), r.out());
    }

    @Test
    void theEngineNameIsReplacedInPlaceAndComputedWhenMissing() {
        Map<String, Double> engine = new LinkedHashMap<>();
        engine.put("cost", 200.0);
        engine.put("gross_margin", 900.0);
        engine.put("roi", 4.5);
        engine.put("k_factor", 0.1);
        assertEquals(List.of("cost", "gross_margin", "margin_per_yuan_spent", "k_factor"),
                List.copyOf(RunTotals.named(engine).keySet()));
        assertEquals(4.5, RunTotals.named(engine).get("margin_per_yuan_spent"));
        engine.remove("roi");
        assertEquals(4.5, RunTotals.named(engine).get("margin_per_yuan_spent"));
        engine.put("cost", 0.0);
        assertTrue(RunTotals.named(engine).get("margin_per_yuan_spent").isNaN(), "no spend, no ratio");
    }

    @Test
    void runsCsvHasGrossMarginAndTheRenamedRatioAndKpiRoiSaysItsNewName() throws Exception {
        Path out = tmp.resolve("mc");
        CliHarness.Outcome o = CliHarness.run("mc", CliHarness.scenario("store-plus-community.yaml"), "--reps", "2",
                "--set", "population.consumers=800", "--set", "days=100", "--out", out.toString());
        assertEquals(0, o.exit(), o.err());
        assertEquals("rep,seed,traffic,purchases,conversion,basket,gmv,repeat_rate,ladder_strong,cost,gross_margin,profit,"
                + "margin_per_yuan_spent,aware,campaign_spend", Files.readAllLines(out.resolve("runs.csv")).get(0));
        ExperimentCommandsTest.assertOneLineRefusal(CliHarness.run("mc", CliHarness.scenario("store-plus-community.yaml"),
                "--reps", "2", "--precision", "0.01", "--kpi", "roi"),
                "'roi' is now margin_per_yuan_spent: gross margin per yuan spent, not incremental");
    }
}
