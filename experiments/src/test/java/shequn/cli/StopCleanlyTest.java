package shequn.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stopping optimize in the middle (SIGTERM runs the same shutdown hooks as Ctrl-C's SIGINT) leaves no
 * partial trace.csv to block the next try, and says so in one line (issue 14, item 9).
 */
class StopCleanlyTest {
    @TempDir
    Path tmp;

    @Test
    void astoppedOptimizeLeavesNothingThatBlocksARerun() throws Exception {
        Files.writeString(tmp.resolve("s.yaml"), "name: s\ndays: 20\nseed: 3\npopulation: {consumers: 500}\ncampaigns:\n"
                + "  - {lever: coupon, start: 1, budget: 100}\n  - {lever: emotion, start: 2, budget: 100}\n");
        Path spec = tmp.resolve("opt.yaml");
        Files.writeString(spec, "scenario: s.yaml\nbudget: 1000\nevaluations: 100000\nreps: 1\nvalidation_reps: 2\n");
        Path out = tmp.resolve("out");
        Path err = tmp.resolve("err.txt");
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "shequn.cli.Main", "optimize", spec.toString(),
                "--out", out.toString(), "--threads", "1", "--no-charts"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!(Files.exists(out.resolve("trace.csv")) && Files.size(out.resolve("trace.csv")) > 0)
                    && System.nanoTime() < deadline && p.isAlive()) {
                Thread.sleep(50);
            }
            assertTrue(Files.exists(out.resolve("trace.csv")), "the search began: " + Files.readString(err));
            p.destroy(); // SIGTERM: the shutdown hooks run, as on Ctrl-C
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "stopped");
        } finally {
            p.destroyForcibly();
        }
        String said = Files.readString(err, StandardCharsets.UTF_8);
        assertTrue(said.contains("shequn: optimize interrupted; removed the 1 file it had written (it cannot resume)"), said);
        assertFalse(Files.exists(out.resolve("trace.csv")), "no partial trace.csv");
        assertTrue(OutputFolderFiles.results(out).isEmpty(), "nothing that blocks a rerun");
    }

    /** What a rerun would find in the folder. */
    static final class OutputFolderFiles {
        static List<String> results(Path dir) throws Exception {
            return shequn.output.ResultFiles.present(dir);
        }
    }
}
