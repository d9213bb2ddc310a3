package shequn.cli;

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

/** {@code shequn response} as a user runs it: the files it writes, and one-line refusals with exit code 2. */
class ResponseCommandTest {
    static final String HEADER = "campaign,name,lever,parameter,point,value,intensity,spend,d_spend,d_spend_lo,d_spend_hi,"
            + "d_gmv,d_gmv_lo,d_gmv_hi,d_gross_margin,d_gross_margin_lo,d_gross_margin_hi,d_profit,d_profit_lo,d_profit_hi,"
            + "p_profit_up,roi_inc,roi_inc_lo,roi_inc_hi,n,is_current,is_best";

    @TempDir
    Path tmp;

    Path tiny() throws Exception {
        Path f = tmp.resolve("tiny.yaml");
        Files.writeString(f, shequn.response.ResponseDesignTest.TINY);
        return f;
    }

    static void assertRefused(CliHarness.Outcome o, String mentions) {
        ExperimentCommandsTest.assertOneLineRefusal(o, mentions);
    }

    @Test
    void writesTheCurvesTheirSummaryChartAndReport() throws Exception {
        Path out = tmp.resolve("out");
        var o = CliHarness.run("response", tiny().toString(), "--all", "--points", "4", "--reps", "2", "--threads", "2",
                "--out", out.toString());
        assertEquals(0, o.exit(), o.err());
        assertTrue(o.err().startsWith("response: 3 campaigns, 10 points, 8 scenarios x 2 replications"), o.err());
        List<String> csv = Files.readAllLines(out.resolve("response.csv"));
        assertEquals(HEADER, csv.get(0));
        assertEquals(1 + 2 + 4 + 4, csv.size(), "qr_code on/off, red_packet and emotion at 4 points each");
        assertTrue(csv.get(1).startsWith("0,qr_code,qr_code,presence,0,,0,"), csv.get(1));
        assertTrue(csv.get(2).startsWith("0,qr_code,qr_code,presence,1,1,1,"), csv.get(2));
        assertTrue(csv.get(3).startsWith("1,red_packet,red_packet,amount,0,,0,"), csv.get(3));
        assertTrue(csv.stream().anyMatch(l -> l.startsWith("1,red_packet,red_packet,amount,") && l.contains(",80,80,")
                && l.contains(",true,")), "the current amount, 80, is marked");
        assertTrue(csv.stream().anyMatch(l -> l.startsWith("2,emotion,emotion,every,") && l.contains(",7,4.285714,")));
        for (int c = 0; c < 3; c++) {
            String campaign = Integer.toString(c);
            List<String[]> curve = csv.stream().skip(1).map(l -> l.split(",", -1)).filter(r -> r[0].equals(campaign)).toList();
            assertEquals(1, curve.stream().filter(r -> r[25].equals("true")).count(), "one current point");
            assertEquals(1, curve.stream().filter(r -> r[26].equals("true")).count(), "one best point");
        }
        // point 0 is the counterfactual itself: every difference exactly 0
        for (String row : csv.subList(1, csv.size())) {
            String[] cells = row.split(",", -1);
            if (cells[4].equals("0")) {
                for (int k = 8; k <= 19; k++) {
                    assertEquals("0", cells[k], "column " + k + " of " + row);
                }
            }
        }
        assertEquals(1 + 8 * 2, Files.readAllLines(out.resolve("response_runs.csv")).size());
        JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals("response", s.path("command").asText());
        assertEquals(2, s.path("replications").asInt());
        assertEquals(3, s.path("campaigns").size());
        assertEquals("amount", s.path("campaigns").path(1).path("parameter").asText());
        assertEquals(80.0, s.path("campaigns").path(1).path("current").path("value").asDouble());
        assertTrue(o.out().contains("red_packet") && o.out().contains("amount 80"), o.out());
        assertTrue(Files.exists(out.resolve("charts/response-profit.png")));
        assertTrue(Files.exists(out.resolve("charts/response-profit.svg")));
        var report = CliHarness.run("report", out.toString());
        assertEquals(0, report.exit(), report.err());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<h2>Response curves</h2>"), "the report shows the response section");
        assertTrue(html.contains("red_packet"));
        // a second run into the same folder is refused
        assertRefused(CliHarness.run("response", tiny().toString(), "--all", "--reps", "2", "--out", out.toString()),
                "already holds results");
    }

    @Test
    void oneLeverByIndexWithoutCharts() throws Exception {
        Path out = tmp.resolve("one");
        var o = CliHarness.run("response", tiny().toString(), "--lever", "campaigns[2]", "--points", "3", "--reps", "2",
                "--no-charts", "--set", "population.consumers=200", "--out", out.toString());
        assertEquals(0, o.exit(), o.err());
        List<String> csv = Files.readAllLines(out.resolve("response.csv"));
        assertEquals(1 + 3, csv.size());
        assertTrue(csv.stream().skip(1).allMatch(l -> l.startsWith("2,emotion,")));
        assertFalse(Files.exists(out.resolve("charts")));
    }

    @Test
    void badLeversAndCountsAreOneLineRefusals() throws Exception {
        String f = tiny().toString();
        Path out = tmp.resolve("never");
        assertRefused(CliHarness.run("response", f, "--lever", "campaigns[3]", "--out", out.toString()),
                "--lever campaigns[3]: no such campaign; " + f + " has 3 campaigns (campaigns[0] to campaigns[2])");
        assertRefused(CliHarness.run("response", f, "--lever", "-1", "--out", out.toString()), "no such campaign");
        assertRefused(CliHarness.run("response", f, "--lever", "red_packet", "--out", out.toString()),
                "--lever: expected campaigns[N]");
        assertRefused(CliHarness.run("response", f, "--out", out.toString()), "--lever");
        assertRefused(CliHarness.run("response", f, "--all", "--lever", "0", "--out", out.toString()), "--all");
        assertRefused(CliHarness.run("response", f, "--all", "--points", "1", "--out", out.toString()), "--points");
        assertRefused(CliHarness.run("response", f, "--all", "--reps", "1", "--out", out.toString()), "--reps");
        assertRefused(CliHarness.run("response", f, "--all", "--lang", "fr", "--out", out.toString()), "--lang");
        assertRefused(CliHarness.run("response", f, "--all", "--set", "campaigns[1].amount=-5", "--out", out.toString()),
                "campaigns[1].amount");
        Path empty = tmp.resolve("empty.yaml");
        Files.writeString(empty, "name: nothing\ndays: 30\npopulation: {consumers: 100}\n");
        assertRefused(CliHarness.run("response", empty.toString(), "--all", "--out", out.toString()), "no campaigns");
        assertFalse(Files.exists(out), "a refusal writes nothing");
    }

    @Test
    void helpSaysWhatItCostsAndWhatItWrites() {
        var o = CliHarness.run("response", "--help");
        assertEquals(0, o.exit());
        String help = o.out().replaceAll("\\s+", " ");
        assertTrue(help.contains("--lever=campaigns[N]"), help);
        assertTrue(help.contains("minutes on a busy 2-core machine"), help);
        assertTrue(help.contains("response.csv"), help);
        assertTrue(help.contains("firings per 30 days"), help);
    }
}
