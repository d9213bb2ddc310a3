package shequn.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
    static final String[] SMALL = {"--set", "population.consumers=1500", "--days", "120"};

    @TempDir
    Path tmp;

    CliHarness.Outcome run(Path out, String... extra) {
        String[] base = {"run", CliHarness.scenario("store-plus-community.yaml"), "--out", out.toString(), "--seed", "5"};
        String[] args = new String[base.length + SMALL.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(SMALL, 0, args, base.length, SMALL.length);
        System.arraycopy(extra, 0, args, base.length + SMALL.length, extra.length);
        return CliHarness.run(args);
    }

    @Test
    void writesDailyTableAndSummary() throws Exception {
        Path out = tmp.resolve("out");
        CliHarness.Outcome r = run(out);
        assertEquals(0, r.exit(), r.err());
        List<String> daily = Files.readAllLines(out.resolve("daily.csv"));
        assertEquals(121, daily.size());
        assertTrue(daily.get(0).startsWith("day,traffic,traffic_offline,traffic_online,purchases,conversion,basket,gmv,"
                + "repeat_rate,ladder_none,ladder_aware,ladder_weak,ladder_strong"));
        for (String col : new String[] {"active_members", "cost"}) {
            assertTrue(List.of(daily.get(0).split(",")).contains(col), col);
        }
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals("store-plus-community", summary.get("scenario").asText());
        assertEquals(5, summary.get("seed").asLong());
        assertEquals(120, summary.get("days").asInt());
        assertTrue(summary.get("totals").get("gmv").asDouble() > 0);
        assertTrue(summary.has("version") && summary.has("run_seconds"));
        assertTrue(r.out().contains("GMV"), r.out());
        assertTrue(Files.exists(out.resolve("daily_breakdown.csv")) && Files.exists(out.resolve("cascades.csv")));
    }

    @Test
    void writtenRowsKeepTheRetailIdentity() throws Exception {
        Path out = tmp.resolve("id");
        assertEquals(0, run(out).exit());
        List<String> rows = Files.readAllLines(out.resolve("daily.csv"));
        List<String> header = List.of(rows.get(0).split(","));
        for (String row : rows.subList(1, rows.size())) {
            String[] v = row.split(",");
            double traffic = Double.parseDouble(v[header.indexOf("traffic")]);
            double conv = Double.parseDouble(v[header.indexOf("conversion")]);
            double basket = Double.parseDouble(v[header.indexOf("basket")]);
            double gmv = Double.parseDouble(v[header.indexOf("gmv")]);
            assertEquals(gmv, traffic * conv * basket, 1e-5 * Math.max(1, gmv), row);
        }
    }

    @Test
    void sameSeedGivesByteIdenticalDailyCsv() throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertEquals(0, run(a).exit());
        assertEquals(0, run(b).exit());
        assertArrayEquals(Files.readAllBytes(a.resolve("daily.csv")), Files.readAllBytes(b.resolve("daily.csv")));
    }

    @Test
    void setOverridesAFieldWithTheFilesValidation() throws Exception {
        Path out = tmp.resolve("set");
        assertEquals(0, run(out, "--set", "campaigns[0].budget=100").exit());
        CliHarness.Outcome bad = run(tmp.resolve("bad"), "--set", "campaigns[0].budget=-5");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("campaigns[0].budget"), bad.err());
        assertFalse(Files.exists(tmp.resolve("bad")), "nothing written on bad input");
    }
}
