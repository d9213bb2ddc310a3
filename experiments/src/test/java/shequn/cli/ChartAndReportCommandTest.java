package shequn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code shequn chart} and {@code shequn report} end to end on a short run's output folder. */
class ChartAndReportCommandTest {
    @TempDir
    static Path tmp;
    static Path run;

    @BeforeAll
    static void runOnce() {
        run = tmp.resolve("run");
        CliHarness.Outcome r = CliHarness.run("run", CliHarness.scenario("store-plus-community.yaml"), "--days", "120",
                "--out", run.toString());
        assertEquals(0, r.exit(), r.err());
    }

    @Test
    void chartRedrawsEverythingTheRunSupportsInEveryFormat() throws Exception {
        CliHarness.Outcome r = CliHarness.run("chart", run.toString(), "--format", "png,svg", "--dpi", "72");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("wrote 9 charts (18 files)"), r.out());
        try (Stream<Path> files = Files.list(run.resolve("charts"))) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertTrue(names.containsAll(List.of("ladder.png", "ladder.svg", "funnel.png", "cascades-ccdf.svg",
                    "group-vitality.png", "kpi-gmv.svg")), names.toString());
        }
    }

    @Test
    void chartInChineseToAnotherFolder() throws Exception {
        Path out = tmp.resolve("zh");
        CliHarness.Outcome r = CliHarness.run("chart", run.toString(), "--lang", "zh", "--format", "svg", "--out",
                out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.readString(out.resolve("ladder.svg")).contains("关系阶梯"));
    }

    @Test
    void reportIsWrittenWhereAsked() throws Exception {
        Path html = tmp.resolve("r/report.html");
        Files.createDirectories(html.getParent());
        CliHarness.Outcome r = CliHarness.run("report", run.toString(), "--out", html.toString(), "--question",
                "Do groups pay?");
        assertEquals(0, r.exit(), r.err());
        String text = Files.readString(html);
        assertTrue(text.contains("Do groups pay?") && text.contains("store-plus-community"));
        assertTrue(text.contains("store-plus-community.yaml"), "the scenario file is named in the report");
    }

    @Test
    void badOptionsAreOneLineAndExitTwo() {
        assertBad(CliHarness.run("chart", run.toString(), "--lang", "fr"), "--lang: expected en or zh, got 'fr'");
        assertBad(CliHarness.run("chart", run.toString(), "--format", "gif"), "--format: expected png, svg or pdf");
        assertBad(CliHarness.run("chart", run.toString(), "--dpi", "5"), "--dpi: expected 36 to 1200, got 5");
        assertBad(CliHarness.run("chart", tmp.resolve("nowhere").toString()), "not a folder");
        assertBad(CliHarness.run("report", tmp.toString()), "no summary.json");
    }

    @Test
    void aMalformedTableIsBadInputNotACrash() throws Exception {
        Path dir = tmp.resolve("broken");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("cascades.csv"), "cascade,size\n0,3\n1\n");
        CliHarness.Outcome r = CliHarness.run("chart", dir.toString());
        assertBad(r, "cascades.csv:3: 1 cells, the header has 2");
        assertFalse(Files.exists(dir.resolve("charts/cascades-ccdf.png")));
    }

    static void assertBad(CliHarness.Outcome r, String message) {
        assertEquals(2, r.exit(), r.out() + r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(message), r.err());
    }
}
