package shequn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckModelCommandTest {

    @Test
    void printsOneRowPerCheckAndWritesCharts(@TempDir Path dir) throws Exception {
        CliHarness.Outcome o = CliHarness.run("check-model", "--quick", "--only", "cascade,sf3", "--threads", "2",
                "--charts", dir.toString());
        assertEquals(0, o.exit(), o.err());
        assertTrue(o.out().lines().anyMatch(l -> l.startsWith("check ") && l.contains("measured") && l.contains("tolerance")));
        assertTrue(o.out().lines().filter(l -> l.startsWith("cascade ")).allMatch(l -> l.endsWith("pass")), o.out());
        assertTrue(o.out().contains("sf3 invitations accepted"), o.out());
        assertTrue(o.out().contains("0 failed"), o.out());
        assertTrue(Files.size(dir.resolve("ic-ic-bridge-strong-0-5000-weak-0-2000.png")) > 1000);
        assertTrue(Files.readString(dir.resolve("ic-ic-bridge-strong-0-5000-weak-0-2000.svg")).contains("<svg"));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void unknownCheckIsBadInput() {
        CliHarness.Outcome o = CliHarness.run("check-model", "--only", "sf9");
        assertEquals(Main.BAD_INPUT, o.exit());
        assertTrue(o.err().contains("--only sf9: no such check"), o.err());
    }
}
