package shequn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemoryGuardCliTest {
    @Test
    void aWorldBeyondTheHeapIsRefusedWithOneLineAndExitTwo(@TempDir Path tmp) {
        String file = CliHarness.scenario("store-plus-community.yaml");
        Path out = tmp.resolve("out");
        CliHarness.Outcome o = CliHarness.run("run", file, "--set", "population.consumers=50000000", "--out", out.toString());
        assertEquals(2, o.exit(), o.err());
        String err = o.err().strip();
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith(file + ": population.consumers: a world of 50,000,000 consumers needs about "), err);
        assertTrue(err.contains("— run with JAVA_OPTS=-Xmx"), err);
        assertTrue(!Files.exists(out.resolve("daily.csv")), "nothing written");
    }
}
