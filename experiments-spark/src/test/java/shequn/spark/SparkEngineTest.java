package shequn.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shequn.cli.Main;
import shequn.montecarlo.Experiment;
import shequn.montecarlo.Plan;
import shequn.montecarlo.Replicator;
import shequn.montecarlo.Reports;
import shequn.scenario.ScenarioLoader;

/**
 * Spark in local mode against the local runner, on tiny scenarios (1,500 consumers, 100 days): the
 * same files byte for byte, whatever Spark retries or whenever the run is cut off and resumed.
 */
class SparkEngineTest {
    static final Path SCENARIOS = locate();
    static final Path BASELINE = SCENARIOS.resolve("baseline-no-community.yaml");
    static final Path COMMUNITY = SCENARIOS.resolve("store-plus-community.yaml");
    static final List<String> SMALL = List.of("population.consumers=1500", "days=100");
    static final List<String> FILES = List.of("runs.csv", "daily_runs.csv", "daily_summary.csv");
    static final int REPS = 8;

    @TempDir
    static Path shared;
    @TempDir
    Path tmp;

    /** The local runner's files, the reference every Spark run must reproduce. */
    static Path localMc;
    static Path localCompare;

    @BeforeAll
    static void localReference() {
        localMc = shared.resolve("local-mc");
        localCompare = shared.resolve("local-compare");
        cli(0, "mc", COMMUNITY.toString(), "--reps", "" + REPS, "--threads", "2", "--out", localMc.toString());
        cli(0, "compare", BASELINE.toString(), COMMUNITY.toString(), "--reps", "6", "--threads", "2",
                "--out", localCompare.toString());
    }

    @AfterEach
    void clearHooks() {
        System.clearProperty(SparkReplicator.FAIL_ONCE);
        System.clearProperty(SparkReplicator.BATCH);
    }

    @Test
    void mcOnSparkWritesTheFilesOfTheLocalRunner() throws Exception {
        Path dir = tmp.resolve("spark-mc");
        String out = cli(0, "mc", COMMUNITY.toString(), "--reps", "" + REPS, "--engine", "spark", "--master", "local[2]",
                "--out", dir.toString());
        assertTrue(out.contains("8 replications"), out);
        assertSameFiles(localMc, dir, FILES);
        assertTrue(Files.readString(dir.resolve("summary.json")).contains("\"threads\" : 2"));
    }

    @Test
    void compareOnSparkWritesTheFilesOfTheLocalRunner() throws Exception {
        Path dir = tmp.resolve("spark-compare");
        cli(0, "compare", BASELINE.toString(), COMMUNITY.toString(), "--reps", "6", "--engine", "spark",
                "--master", "local[2]", "--out", dir.toString());
        List<String> files = new ArrayList<>(FILES);
        files.add("comparison.csv");
        assertSameFiles(localCompare, dir, files);
    }

    @Test
    void aTaskThatFailsOnceIsRetriedWithoutDuplicateOrGap() throws Exception {
        System.setProperty(SparkReplicator.BATCH, "3"); // 8 replications: partitions of 3, 3 and 2
        System.setProperty(SparkReplicator.FAIL_ONCE, "1"); // fails after its first replication, then succeeds
        Path dir = tmp.resolve("retried");
        // local[2,2]: two cores, a task may fail twice before the job fails
        cli(0, "mc", COMMUNITY.toString(), "--reps", "" + REPS, "--engine", "spark", "--master", "local[2,2]",
                "--out", dir.toString());
        List<String> rows = Files.readAllLines(dir.resolve("runs.csv"));
        assertEquals(REPS + 1, rows.size());
        Set<String> reps = new HashSet<>();
        for (String row : rows.subList(1, rows.size())) {
            reps.add(row.split(",")[0]);
        }
        assertEquals(Set.of("0", "1", "2", "3", "4", "5", "6", "7"), reps);
        assertSameFiles(localMc, dir, FILES);
    }

    @Test
    void aFailingTaskWithoutRetriesFailsTheCommandAndKeepsWhatFinished() throws Exception {
        System.setProperty(SparkReplicator.BATCH, "3");
        System.setProperty(SparkReplicator.FAIL_ONCE, "1");
        Path dir = tmp.resolve("failed");
        String err = cliErr(1, "mc", COMMUNITY.toString(), "--reps", "" + REPS, "--engine", "spark", "--master", "local[2]",
                "--out", dir.toString());
        assertTrue(err.contains("the Spark job failed") && err.contains("test hook") && err.contains("--resume " + dir), err);
        assertEquals(1, said(err).size(), "one line (besides the progress bar): " + err);
        String log = Files.readString(dir.resolve(SparkLog.FILE));
        assertTrue(log.contains("test hook") && log.contains("at shequn.spark.TestHooks"), "the stack trace is in spark.log: " + log);
        assertTrue(Files.readAllLines(dir.resolve("runs.csv")).size() <= REPS + 1 - 3);
        System.clearProperty(SparkReplicator.FAIL_ONCE);
        cli(0, "mc", COMMUNITY.toString(), "--reps", "" + REPS, "--engine", "spark", "--master", "local[2]",
                "--resume", dir.toString());
        assertSameFiles(localMc, dir, FILES);
    }

    @Test
    void resumingAnInterruptedSparkRunGivesTheFilesOfAnUninterruptedOne() throws Exception {
        System.setProperty(SparkReplicator.BATCH, "2");
        Path dir = tmp.resolve("cut");
        AtomicBoolean stop = new AtomicBoolean();
        Experiment.Result first;
        try (Replicator spark = new SparkEngine().open(mc(), "local[1]", dir, stop)) {
            // stop as soon as the first batch of two is on disk, as Ctrl-C would
            first = new Experiment(mc(), dir, 1, stop, null).on(stoppingAfter(spark, 2, stop)).run(false);
        }
        assertEquals(Experiment.StopReason.INTERRUPTED, first.stopReason());
        int kept = first.outcomes().size();
        assertTrue(kept >= 2 && kept < REPS, "kept " + kept);
        assertEquals(kept + 1, Files.readAllLines(dir.resolve("runs.csv")).size());

        Experiment.Result second;
        try (Replicator spark = new SparkEngine().open(mc(), "local[2]", dir, new AtomicBoolean())) {
            second = new Experiment(mc(), dir, 2, new AtomicBoolean(), null).on(spark).run(true);
        }
        Reports.writeMc(dir, second, 2);
        assertEquals(kept, second.resumed());
        assertEquals(REPS - kept, second.ranNow());
        assertSameFiles(localMc, dir, FILES);
    }

    @Test
    void aSweepOnSparkWithARetriedTaskWritesTheRowsOfTheLocalSweep() throws Exception {
        Path spec = tmp.resolve("sweep.yaml");
        Files.writeString(spec, "scenario: " + COMMUNITY.toAbsolutePath() + "\n"
                + "set: [population.consumers=1500, days=100]\n"
                + "design: grid\nreps: 2\nseed: 7\n"
                + "parameters:\n"
                + "  - {path: 'groups[0].max_size', values: [100, 500]}\n"
                + "  - {path: behaviour.tie_decay, min: 0.005, max: 0.02, levels: 2}\n");
        Path local = tmp.resolve("sweep-local");
        Path spark = tmp.resolve("sweep-spark");
        sweep("--threads", "2", "--out", local.toString());
        System.setProperty(SparkReplicator.BATCH, "3"); // 8 replications: partitions of 3, 3 and 2
        System.setProperty(SparkReplicator.FAIL_ONCE, "0");
        sweep("--engine", "spark", "--master", "local[2,2]", "--out", spark.toString());
        assertSameFiles(local, spark, List.of("sweep.csv", "points.csv"));
        assertEquals(4 * 2 + 1, Files.readAllLines(spark.resolve("sweep.csv")).size());
    }

    @Test
    void aMasterThatCannotWorkFromHereIsRefusedInOneLineBeforeAnythingIsWritten() throws Exception {
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort(); // nothing listens there once closed
        }
        Path dir = tmp.resolve("refused");
        for (String[] masterAndWords : new String[][] {
                {"yarn", "no YARN support"},
                {"k8s://https://127.0.0.1:6443", "no Kubernetes support"},
                {"spark://127.0.0.1:" + closed, "no Spark master answers at 127.0.0.1:" + closed},
                {"spark://head", "expected spark://HOST:PORT"}}) {
            String err = cliErr(2, "mc", COMMUNITY.toString(), "--reps", "2", "--engine", "spark", "--master", masterAndWords[0],
                    "--out", dir.toString());
            assertTrue(err.startsWith("shequn: --master " + masterAndWords[0] + ": ") && err.contains(masterAndWords[1]), err);
            assertEquals(1, err.lines().count(), err);
            assertTrue(Files.notExists(dir), "nothing written for " + masterAndWords[0]);
        }
    }

    /** Lines on stderr other than the progress bar's. */
    static List<String> said(String err) {
        return err.lines().filter(l -> !l.matches("replications \\[[# ]+\\] .*")).toList();
    }

    private void sweep(String... options) {
        List<String> args = new ArrayList<>(List.of("sweep", tmp.resolve("sweep.yaml").toString(), "--no-charts"));
        args.addAll(Arrays.asList(options));
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.execute(args.toArray(String[]::new));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    }

    static Plan mc() throws Exception {
        return Plan.fixed("mc", List.of(COMMUNITY), List.of(ScenarioLoader.load(COMMUNITY, SMALL)), SMALL, 7L << 40, REPS);
    }

    /** Sets {@code stop} once {@code n} replications have been handed over, as a Ctrl-C would. */
    static Replicator stoppingAfter(Replicator inner, int n, AtomicBoolean stop) {
        AtomicInteger seen = new AtomicInteger();
        return new Replicator() {
            @Override
            public boolean run(List<Job> jobs, Sink sink) throws Exception {
                return inner.run(jobs, o -> {
                    sink.accept(o);
                    if (seen.incrementAndGet() >= n) {
                        stop.set(true);
                    }
                });
            }

            @Override
            public int parallelism() {
                return inner.parallelism();
            }

            @Override
            public void close() {
            }
        };
    }

    static void assertSameFiles(Path expected, Path actual, List<String> names) throws Exception {
        for (String name : names) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(name)), Files.readAllBytes(actual.resolve(name)), name);
        }
    }

    /** Runs the command line in-process with the tiny settings; returns stdout. */
    static String cli(int exit, String... args) {
        return run(exit, args)[0];
    }

    static String cliErr(int exit, String... args) {
        return run(exit, args)[1];
    }

    private static synchronized String[] run(int exit, String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        for (String s : SMALL) {
            all.add("--set");
            all.add(s);
        }
        all.add("--seed");
        all.add("" + (7L << 40));
        all.add("--no-charts");
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.execute(all.toArray(String[]::new));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        String o = out.toString(StandardCharsets.UTF_8);
        String e = err.toString(StandardCharsets.UTF_8);
        assertEquals(exit, code, "exit of " + all + "\nstdout: " + o + "\nstderr: " + e);
        return new String[] {o, e};
    }

    private static Path locate() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("scenarios/baseline-no-community.yaml"))) {
                return p.resolve("scenarios");
            }
        }
        throw new IllegalStateException("scenarios/ not found");
    }
}
