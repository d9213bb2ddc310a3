package shequn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --engine and --master without the Spark module on the class path (the core build): one line, exit 2, nothing written. */
class EngineOptionTest {
    @TempDir
    Path tmp;

    private void refused(String expected, String... args) {
        CliHarness.Outcome r = CliHarness.run(args);
        assertEquals(2, r.exit(), r.err());
        String line = r.err().strip();
        assertEquals(1, line.lines().count(), "one line: " + line);
        assertTrue(line.contains(expected), line);
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test
    void sparkWithoutTheModuleSaysHowToGetIt() {
        refused("./shequn", "mc", CliHarness.scenario("store-plus-community.yaml"), "--reps", "2", "--engine", "spark",
                "--out", tmp.resolve("out").toString());
        refused("mvn -Pspark", "compare", CliHarness.scenario("baseline-no-community.yaml"),
                CliHarness.scenario("store-plus-community.yaml"), "--reps", "2", "--engine", "spark",
                "--out", tmp.resolve("out").toString());
    }

    @Test
    void unknownEngineMasterWithoutSparkAndThreadsWithSparkAreRefused() {
        String mc = CliHarness.scenario("store-plus-community.yaml");
        String out = tmp.resolve("out").toString();
        refused("unknown engine 'flink'", "mc", mc, "--reps", "2", "--engine", "flink", "--out", out);
        refused("--master needs --engine spark", "mc", mc, "--reps", "2", "--master", "local[2]", "--out", out);
        refused("--master local[3]", "mc", mc, "--reps", "2", "--engine", "spark", "--threads", "3", "--out", out);
    }
}
