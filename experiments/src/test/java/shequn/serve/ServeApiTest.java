package shequn.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shequn.scenario.ScenarioException;
import shequn.scenario.ScenarioLoader;

/** The planning server over plain HTTP: what the page relies on, and what a bad or vanished page cannot do. */
class ServeApiTest {
    @TempDir
    static Path out;
    @TempDir
    static Path elsewhere;
    static ServeFixture serve;
    static String plan;

    @BeforeAll
    static void start() throws IOException {
        serve = new ServeFixture(out);
        plan = serve.id("store-plus-community.yaml");
    }

    @AfterAll
    static void stop() {
        serve.close();
    }

    @Test
    void servesThePageAndEchartsFromTheJar() throws IOException {
        ServeFixture.Answer page = serve.get("/");
        assertEquals(200, page.status());
        assertTrue(page.text().contains("<script src=\"/assets/echarts.min.js\">"), "the page loads ECharts from the server");
        ServeFixture.Answer echarts = serve.get("/assets/echarts.min.js");
        assertEquals(200, echarts.status());
        assertTrue(echarts.text().contains("Apache"), "the ECharts bundle");
        assertTrue(echarts.body().length > 500_000);
        JsonNode list = serve.get("/api/scenarios").json();
        assertEquals(3, list.get("scenarios").size(), list.toString());
    }

    @Test
    void thePlanIsATableOfLeversWithTheirSettings() throws IOException {
        JsonNode v = serve.get("/api/scenario?scenario=" + plan).json();
        assertTrue(v.get("ok").asBoolean(), v.toString());
        assertEquals(1000, v.get("consumers").asInt(), "the server's --set applies");
        JsonNode redPacket = v.get("campaigns").get(9);
        assertEquals("red_packet", redPacket.get("lever").asText());
        assertEquals(14, redPacket.get("start").asInt());
        assertEquals(14, redPacket.get("every").asInt());
        assertEquals(100, redPacket.get("amount").asDouble());
    }

    @Test
    void anInvalidEditGetsTheLoadersOwnMessage() throws Exception {
        List<String> edit = List.of("campaigns[3].every=abc");
        ServeFixture.Answer a = serve.get("/api/scenario?" + ServeFixture.query(plan, edit));
        assertEquals(200, a.status(), "a validation answer");
        assertFalse(a.json().get("ok").asBoolean());
        List<String> all = new ArrayList<>(ServeFixture.SMALL);
        all.addAll(edit);
        String cli = null;
        try {
            ScenarioLoader.load(ServeFixture.LIBRARY.resolve("store-plus-community.yaml"), all);
        } catch (ScenarioException e) {
            cli = e.getMessage();
        }
        assertNotNull(cli);
        assertEquals(cli, a.json().get("message").asText());
        assertEquals("--set campaigns[3].every=abc: campaigns[3].every: expected a whole number, got 'abc'", cli);
    }

    @Test
    void aWorldTooLargeIsRefusedWithTheMemoryGuardsMessage() throws Exception {
        List<String> edit = List.of("population.consumers=50000000");
        String message = serve.get("/api/scenario?" + ServeFixture.query(plan, edit)).json().get("message").asText();
        assertTrue(message.startsWith(ServeFixture.LIBRARY.resolve("store-plus-community.yaml").toAbsolutePath()
                + ": population.consumers: a world of 50,000,000 consumers needs about "), message);
        try (ServeFixture.Stream s = serve.stream("/api/run?" + ServeFixture.query(plan, edit))) {
            List<ServeFixture.Event> events = s.rest();
            assertEquals("problem", events.get(0).name());
            assertEquals(message, events.get(0).data().get("message").asText());
            assertEquals("failed", events.get(events.size() - 1).data().get("state").asText());
        }
    }

    @Test
    void nothingOutsideTheScenarioFoldersCanBeRead() throws IOException {
        String[] refused = {
            "/assets/../pom.xml", "/assets/%2e%2e/%2e%2e/pom.xml", "/assets/", "/index.htm", "/etc/passwd",
            "/api/scenario?scenario=../../etc/passwd", "/api/scenario?scenario=-1", "/api/scenario?scenario=99",
            "/api/scenario", "/api/yaml?scenario=%2Fetc%2Fpasswd",
            "/api/scenario?" + ServeFixture.query(plan, List.of("network.file=/etc/passwd")),
            "/api/scenario?" + ServeFixture.query(plan, List.of("network.type=edge-list")),
            "/api/scenario?" + ServeFixture.query(plan, List.of("network={type: edge-list, file: /etc/passwd}")),
            "/api/scenario?" + ServeFixture.query(plan, List.of("network=x")),
            "/api/results.zip?run=999", "/api/results.zip?run=../../x",
        };
        for (String path : refused) {
            ServeFixture.Answer a = serve.get(path);
            assertTrue(a.status() >= 400 && a.status() < 500 || !a.json().get("ok").asBoolean(),
                    path + " answered " + a.status() + " " + a.text());
            assertFalse(a.text().contains("root:"), path);
            assertEquals(1, a.json().get("message").asText().lines().count(), path + ": one line");
        }
    }

    @Test
    void aRunStreamsEveryDayThenTheVerdictAndItsFilesAsCompareWritesThem() throws Exception {
        List<String> edit = List.of("campaigns[9].amount=200", "campaigns[4].every=7");
        List<ServeFixture.Event> events;
        try (ServeFixture.Stream s = serve.stream("/api/run?" + ServeFixture.query(plan, edit, "reps=4", "pace=0"))) {
            events = s.rest();
        }
        List<JsonNode> days = events.stream().filter(e -> e.name().equals("day")).map(ServeFixture.Event::data).toList();
        assertEquals(120, days.size());
        assertEquals(119, days.get(119).get("day").asInt());
        JsonNode verdict = events.stream().filter(e -> e.name().equals("verdict")).findFirst().orElseThrow().data();
        assertTrue(verdict.get("lines").get(0).asText().contains("yuan of profit"), verdict.toString());
        assertTrue(verdict.get("lines").get(0).asText().contains("store-plus-community-edited"), verdict.toString());
        JsonNode last = events.get(events.size() - 1).data();
        assertEquals("done", last.get("state").asText());
        JsonNode bands = events.stream().filter(e -> e.name().equals("bands")).reduce((a, b) -> b).orElseThrow().data();
        assertEquals(4, bands.get("paired").get("n").asInt());
        assertEquals(120, bands.get("scenarios").get(1).get("gmv").get("mean").size());
        JsonNode soFar = bands.get("paired").get("cum_profit").get("mean");
        assertEquals(bands.get("paired").get("profit").get("mean").asDouble(), soFar.get(119).asDouble(),
                1e-6 * Math.abs(soFar.get(119).asDouble()), "the paired running total ends at the paired total");

        int run = last.get("run").asInt();
        Map<String, byte[]> zip = unzip(serve.get("/api/results.zip?run=" + run).body());
        for (String f : List.of("comparison.csv", "incremental.csv", "runs.csv", "daily_runs.csv", "summary.json",
                "edited.yaml", "original.yaml")) {
            assertTrue(zip.containsKey("run-" + run + "/" + f), f + " in " + zip.keySet());
        }
        // the day streamed live is replication 0 of the edited plan in the experiment: same scenario, same seed
        String dailyRuns = new String(zip.get("run-" + run + "/daily_runs.csv"), StandardCharsets.UTF_8);
        List<String> rep0 = dailyRuns.lines().filter(l -> l.startsWith("store-plus-community-edited,0,")).toList();
        assertEquals(120, rep0.size());
        for (int d = 0; d < 120; d++) {
            double gmv = Double.parseDouble(rep0.get(d).split(",")[7]);
            assertEquals(gmv, days.get(d).get("gmv").asDouble(), 1e-9 * Math.max(1, gmv), "day " + d);
        }
        // nothing is written outside the server's folder, one folder per run
        try (Stream<Path> s = Files.list(out)) {
            assertTrue(s.allMatch(p -> p.getFileName().toString().matches("run-\\d+")));
        }
    }

    @Test
    void responseCurvesAreThoseOfTheResponseCommand() throws Exception {
        List<ServeFixture.Event> events;
        try (ServeFixture.Stream s = serve.stream("/api/response?" + ServeFixture.query(plan, List.of(),
                "lever=9", "points=3", "reps=3"))) {
            events = s.rest();
        }
        JsonNode end = events.get(events.size() - 1).data();
        assertEquals("done", end.get("state").asText(), events.toString());
        JsonNode curves = events.stream().filter(e -> e.name().equals("curves")).findFirst().orElseThrow().data();
        assertEquals(3, curves.get("rows").size());
        assertTrue(curves.get("table").asText().contains("red_packet"));
        Path cli = elsewhere.resolve("response-cli");
        List<String> args = new ArrayList<>(List.of("--quiet", "response",
                ServeFixture.LIBRARY.resolve("store-plus-community.yaml").toString(), "--lever", "campaigns[9]",
                "--points", "3", "--reps", "3", "--threads", "2", "--no-charts", "--out", cli.toString()));
        ServeFixture.SMALL.forEach(x -> args.addAll(List.of("--set", x)));
        assertEquals(0, shequn.cli.Main.execute(args.toArray(String[]::new)));
        assertEquals(Files.readString(cli.resolve("response.csv")),
                Files.readString(out.resolve("run-" + end.get("run").asInt()).resolve("response.csv")),
                "the page's curves are the response command's, number for number");
    }

    @Test
    void theBestBudgetSplitComesBackAsEditsThePageCanApply() throws Exception {
        List<ServeFixture.Event> events;
        try (ServeFixture.Stream s = serve.stream("/api/optimize?" + ServeFixture.query(plan, List.of(),
                "objective=profit", "evaluations=6", "reps=2", "validation_reps=4"))) {
            events = s.rest();
        }
        assertEquals("done", events.get(events.size() - 1).data().get("state").asText(), events.toString());
        JsonNode best = events.stream().filter(e -> e.name().equals("optimized")).findFirst().orElseThrow().data();
        assertEquals(13, best.get("rows").size());
        List<String> overrides = new ArrayList<>();
        best.get("overrides").forEach(o -> overrides.add(o.asText()));
        assertTrue(overrides.stream().anyMatch(o -> o.matches("campaigns\\[\\d+]\\.budget=.*")), overrides.toString());
        assertEquals(overrides, Edits.parse(overrides).settings(), "the page may send them back as edits");
        assertTrue(serve.get("/api/scenario?" + ServeFixture.query(plan, overrides)).json().get("ok").asBoolean());
        assertTrue(best.get("table").asText().contains("the best plan"), best.toString());
    }

    @Test
    void theEditedYamlValidatesAndCarriesTheEdits() throws Exception {
        List<String> edit = List.of("campaigns[9].amount=250", "behaviour.attention=30");
        ServeFixture.Answer a = serve.get("/api/yaml?" + ServeFixture.query(plan, edit));
        assertEquals(200, a.status());
        Path saved = elsewhere.resolve("edited.yaml");
        Files.write(saved, a.body());
        var s = ScenarioLoader.load(saved, List.of());
        assertEquals(250.0, s.campaigns().get(9).field("amount"));
        assertEquals(30.0, s.behaviour().attention());
        assertEquals(1000, s.consumers());
        assertEquals(400, serve.get("/api/yaml?" + ServeFixture.query(plan, List.of("days=0"))).status(),
                "a scenario that does not validate is not offered");
    }

    @Test
    void aBadRunRequestIsAProblemOnItsStream() throws Exception {
        for (String q : List.of("scenario=99", "scenario=" + plan + "&reps=5000", "scenario=" + plan + "&pace=x")) {
            try (ServeFixture.Stream s = serve.stream("/api/run?" + q)) {
                List<ServeFixture.Event> events = s.rest();
                assertEquals(List.of("problem", "end"), events.stream().map(ServeFixture.Event::name).toList(), q);
            }
        }
        try (ServeFixture.Stream s = serve.stream("/api/response?" + ServeFixture.query(serve.id("baseline-no-community.yaml"),
                List.of()))) {
            assertTrue(s.next().data().get("message").asText().endsWith("the plan has no campaigns, so there is no response to draw"));
        }
    }

    @Test
    void closingThePageStopsItsRun() throws Exception {
        int run;
        try (ServeFixture.Stream s = serve.stream("/api/run?" + ServeFixture.query(plan, List.of(), "reps=50", "pace=200"))) {
            ServeFixture.Event start = s.next();
            run = start.data().get("run").asInt();
            assertEquals("day", s.next().name());
            assertEquals(1, serve.server.activeRuns());
            s.drop(); // the tab closed or the browser was killed
        }
        serve.awaitIdle();
        assertEquals(0, serve.server.activeRuns(), "the run went on after its page had gone");
        assertFalse(Files.exists(out.resolve("run-" + run).resolve("comparison.csv")), "it went on to the comparison");
        assertEquals(200, serve.get("/api/scenarios").status());
    }

    @Test
    void closingThePageStopsItsReplicationsToo() throws Exception {
        int run;
        try (ServeFixture.Stream s = serve.stream("/api/run?" + ServeFixture.query(plan,
                List.of("population.consumers=3000"), "reps=1000", "pace=0"))) {
            run = s.next().data().get("run").asInt();
            ServeFixture.Event e;
            do {
                e = s.next();
            } while (!e.name().equals("bands"));
            s.drop();
        }
        serve.awaitIdle();
        assertEquals(0, serve.server.activeRuns(), "the replications went on after the page had gone");
        Path folder = out.resolve("run-" + run);
        assertFalse(Files.exists(folder.resolve("comparison.csv")), "it finished the experiment");
        long rows;
        try (Stream<String> lines = Files.lines(folder.resolve("runs.csv"))) {
            rows = lines.count() - 1;
        }
        assertTrue(rows > 0 && rows < 2000, rows + " replications journaled: the finished ones are kept, the rest abandoned");
    }

    @Test
    void stopEndsARunAndPauseHoldsIt() throws Exception {
        try (ServeFixture.Stream s = serve.stream("/api/run?" + ServeFixture.query(plan, List.of(), "reps=50", "pace=100"))) {
            int run = s.next().data().get("run").asInt();
            assertEquals(200, serve.call("POST", "/api/control?run=" + run + "&action=pause").status());
            assertEquals(405, serve.get("/api/control?run=" + run + "&action=stop").status(), "control needs POST");
            assertEquals(400, serve.call("POST", "/api/control?run=" + run + "&action=explode").status());
            assertEquals(200, serve.call("POST", "/api/control?run=" + run + "&action=stop").status());
            List<ServeFixture.Event> rest = s.rest();
            assertTrue(rest.stream().filter(e -> e.name().equals("day")).count() < 120);
            assertEquals("stopped", rest.get(rest.size() - 1).data().get("state").asText());
        }
        assertEquals(404, serve.call("POST", "/api/control?run=99999&action=stop").status());
    }

    @Test
    void survivesGarbage() throws Exception {
        String[] raw = {
            "GARBAGE\r\n\r\n", "GET /api/scenario?scenario=%zz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
            "GET /api/run?scenario=0&reps=-5 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
            "GET /api/run?scenario=0&reps=abc HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
            "POST /api/scenario HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\n\r\n\u0000\u0001\u0002\u0003\u0004",
            "GET /" + "a".repeat(100_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
            "GET /api/scenarios HTTP/1.1\r\nHost: attacker.example\r\n\r\n",
            "GET /api/run?scenario=0 HTTP/1.1\r\nHost: 127.0.0.1\r\n", // cut short: no blank line
        };
        for (String r : raw) {
            try (Socket s = new Socket("127.0.0.1", serve.server.port())) {
                s.setSoTimeout(5000);
                OutputStream o = s.getOutputStream();
                o.write(r.getBytes(StandardCharsets.ISO_8859_1));
                o.flush();
                s.shutdownOutput();
                try {
                    s.getInputStream().readAllBytes();
                } catch (IOException reset) {
                    // the server may drop such a connection: what counts is that it still serves the next
                }
            }
        }
        ServeFixture.Answer a = serve.get("/api/scenario?" + ServeFixture.query(plan, List.of("seed=abc", "days=1e999")));
        assertTrue(a.json().get("message").asText().startsWith("--set "), a.text());
        assertEquals(200, serve.get("/api/scenarios").status());
        assertEquals(403, forbiddenHost("Host: evil.example:80"), "a page on another host name cannot drive the server");
        assertEquals(403, forbiddenHost("Host: 127.0.0.1\r\nSec-Fetch-Site: cross-site"), "nor a page of another site");
        assertEquals(200, forbiddenHost("Host: localhost\r\nSec-Fetch-Site: same-origin"));
    }

    private static int forbiddenHost(String headers) throws IOException {
        try (Socket s = new Socket("127.0.0.1", serve.server.port())) {
            s.getOutputStream().write(("GET /api/scenarios HTTP/1.1\r\n" + headers + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            String status = new String(s.getInputStream().readNBytes(12), StandardCharsets.ISO_8859_1);
            return Integer.parseInt(status.substring(9, 12));
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> out = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }
}
