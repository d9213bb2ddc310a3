package shequn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each kind of bad input, end to end through the CLI: one line naming file, line, column and
 * field; exit code 2; no stack trace; and no output folder created.
 */
class BadInputTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        unknown field          | population:\\n  consumerz: 10\\n                           | bad.yaml:2:3: population.consumerz
        wrong type             | population:\\n  consumers: many\\n                         | bad.yaml:2:3: population.consumers
        float for an int       | population:\\n  consumers: 3.7\\n                          | bad.yaml:2:3: population.consumers
        negative count         | population:\\n  consumers: -4\\n                           | bad.yaml:2:3: population.consumers
        probability above 1    | population:\\n  aware: 1.5\\n                              | bad.yaml:2:3: population.aware
        campaign past horizon  | days: 30\\ncampaigns:\\n  - {lever: emotion, start: 40}\\n  | bad.yaml:3:22: campaigns[0].start
        missing store          | groups:\\n  - {id: g, store: nowhere}\\n                  | bad.yaml:2:13: groups[0].store
        missing KOL            | kols:\\n  - {id: a}\\ncampaigns:\\n  - {lever: kol_post, kol: b}\\n | bad.yaml:4:23: campaigns[0].kol
        malformed YAML         | population: [1, 2\\n                                        | bad.yaml:2:1
        """)
    void badFilesFailWithOneLineAndExitTwo(String name, String yaml, String expected) throws Exception {
        Path file = tmp.resolve("bad.yaml");
        Files.writeString(file, yaml.replace("\\n", "\n"));
        Path out = tmp.resolve("out");
        CliHarness.Outcome r = CliHarness.run("run", file.toString(), "--out", out.toString());
        assertEquals(2, r.exit(), r.err());
        String line = r.err().strip();
        assertEquals(1, line.lines().count(), "one line: " + line);
        assertTrue(line.startsWith(file.getParent().resolve(expected).toString()), name + ": " + line);
        assertFalse(line.contains("Exception") || line.contains("\tat "), "no stack trace: " + line);
        assertFalse(Files.exists(out), "nothing written");
    }

    @ParameterizedTest
    @CsvSource({"run", "validate"})
    void missingFileIsOneLineExitTwo(String command) {
        Path file = tmp.resolve("nope.yaml");
        CliHarness.Outcome r = CliHarness.run(command, file.toString());
        assertEquals(2, r.exit());
        assertEquals(1, r.err().strip().lines().count());
        assertTrue(r.err().startsWith(file.toString()), r.err());
    }

    @ParameterizedTest
    @CsvSource({"baseline-no-community.yaml", "store-plus-community.yaml", "kol-livestream.yaml"})
    void shippedScenariosValidate(String name) {
        CliHarness.Outcome r = CliHarness.run("validate", CliHarness.scenario(name));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains(": ok"));
    }

    @ParameterizedTest
    @CsvSource({"run", "validate", "mc", "compare", "chart", "report", "showcase", "check-model", "bench", "schema"})
    void everyCommandExplainsItself(String command) {
        CliHarness.Outcome r = CliHarness.run(command, "--help");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("Usage: shequn " + command), r.out());
    }
}
