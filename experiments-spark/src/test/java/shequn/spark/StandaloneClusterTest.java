package shequn.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mc} and {@code sweep} against a real standalone cluster (a master and a worker on 127.0.0.1,
 * separate JVMs), through both routes a user has — the launcher's ({@code ./shequn … --engine spark
 * --master spark://…}: the thin jar and {@code target/spark-lib} on the class path, as the script
 * runs it) and spark-submit of the shaded jar — each writing the local runner's files byte for byte,
 * also when an executor is killed mid-job; and a job that fails for good says so in one line.
 *
 * <p>Runs after {@code package} (the {@code cluster} execution of surefire in this module's pom): it
 * needs the shaded jar and {@code target/spark-lib}. Tiny scenarios (1,500 consumers, 100 days).
 */
@Tag("cluster")
class StandaloneClusterTest {
    static final Path TARGET = Path.of("target").toAbsolutePath();
    static final String SEED = "" + (7L << 40);
    /** Replications per task: 8 replications make 4 tasks, so that one can be held while others finish. */
    static final String BATCH = "-Dspark.shequn.batch=2";

    @TempDir
    static Path shared;
    @TempDir
    Path tmp;

    static StandaloneCluster cluster;
    static Path localMc;
    static Path localSweep;
    static Path sweepSpec;

    @BeforeAll
    static void startClusterAndLocalReference() throws Exception {
        for (String needed : List.of(ShippedJar.NAME, "experiments-spark-0.1.0.jar", "spark-lib")) {
            assertTrue(Files.exists(TARGET.resolve(needed)), "no target/" + needed + ": this test runs after package (mvn verify)");
        }
        localMc = shared.resolve("local-mc");
        assertEquals(0, shequn.cli.Main.execute(mc(localMc, "--threads", "2").toArray(String[]::new)));
        sweepSpec = shared.resolve("sweep.yaml");
        Files.writeString(sweepSpec, "scenario: " + SparkEngineTest.COMMUNITY.toAbsolutePath() + "\n"
                + "set: [population.consumers=1500, days=100]\n"
                + "design: grid\nreps: 2\nseed: 7\n"
                + "parameters:\n"
                + "  - {path: 'groups[0].max_size', values: [100, 500]}\n"
                + "  - {path: behaviour.tie_decay, min: 0.005, max: 0.02, levels: 2}\n");
        localSweep = shared.resolve("local-sweep");
        assertEquals(0, shequn.cli.Main.execute(sweep(localSweep, "--threads", "2").toArray(String[]::new)));
        // in target/, not a temporary folder: the daemons' and drivers' logs stay for a failure to be read
        cluster = StandaloneCluster.start(TARGET.resolve("test-cluster"), TARGET.resolve("spark-lib"));
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void mcThroughSparkSubmitWritesTheFilesOfTheLocalRunner() throws Exception {
        Path out = tmp.resolve("submit-mc");
        Run run = submit(mc(out));
        assertEquals(0, run.exit, run.describe());
        SparkEngineTest.assertSameFiles(localMc, out, SparkEngineTest.FILES);
        // spark-submit's logging (Spark's defaults: every INFO line on the console) moved to spark.log
        assertTrue(Files.readString(out.resolve(SparkLog.FILE)).contains("INFO SparkContext: Running Spark version"));
        assertTrue(Files.readAllLines(run.err()).stream().noneMatch(l -> l.contains(" INFO ")), run.describe());
    }

    @Test
    void sweepThroughBothRoutesWritesTheRowsOfTheLocalSweep() throws Exception {
        Path viaLauncher = tmp.resolve("launcher-sweep");
        Run launched = launcher(List.of(), sweep(viaLauncher, "--engine", "spark", "--master", cluster.url()));
        assertEquals(0, launched.exit, launched.describe());
        SparkEngineTest.assertSameFiles(localSweep, viaLauncher, List.of("sweep.csv", "points.csv"));

        Path viaSubmit = tmp.resolve("submit-sweep");
        Run submitted = submit(sweep(viaSubmit));
        assertEquals(0, submitted.exit, submitted.describe());
        SparkEngineTest.assertSameFiles(localSweep, viaSubmit, List.of("sweep.csv", "points.csv"));
        for (Path out : List.of(viaLauncher, viaSubmit)) { // Spark ran them (only it keeps a log there), not the local pool
            assertTrue(Files.exists(out.resolve(SparkLog.FILE)), out.toString());
        }
    }

    @Test
    void mcThroughTheLauncherSurvivesAKilledExecutorWithoutDuplicateOrGap() throws Exception {
        Path out = tmp.resolve("launcher-mc");
        Path held = tmp.resolve("held");
        Run run = launcher(List.of(BATCH, "-D" + TestHooks.HOLD + "=1", "-D" + TestHooks.MARKER + "=" + held),
                mc(out, "--engine", "spark", "--master", cluster.url()), (driver, err) -> killWhenHeld(held, driver));
        assertEquals(0, run.exit, run.describe());
        List<String> rows = Files.readAllLines(out.resolve("runs.csv"));
        Set<String> reps = new HashSet<>();
        for (String row : rows.subList(1, rows.size())) {
            assertTrue(reps.add(row.split(",")[0]), "replication twice: " + row);
        }
        assertEquals(Set.of("0", "1", "2", "3", "4", "5", "6", "7"), reps);
        SparkEngineTest.assertSameFiles(localMc, out, SparkEngineTest.FILES);
        assertTrue(Files.readString(out.resolve(SparkLog.FILE)).contains("Lost executor"), "spark.log tells of the lost executor");
        assertEquals(List.of(), SparkEngineTest.said(Files.readString(run.err())), "the terminal: the progress bar alone");
    }

    @Test
    void aJobWhoseExecutorDiesSaysSoInOneLineAndItsResumeCommandCompletesIt() throws Exception {
        Path out = tmp.resolve("failing-mc");
        Path held = tmp.resolve("held");
        // no task may fail: the killed executor's task fails the job
        Run run = launcher(List.of(BATCH, "-Dspark.task.maxFailures=1", "-D" + TestHooks.HOLD + "=1",
                "-D" + TestHooks.MARKER + "=" + held), mc(out, "--engine", "spark", "--master", cluster.url()),
                (driver, err) -> killWhenHeld(held, driver));
        assertEquals(1, run.exit, run.describe());
        List<String> said = SparkEngineTest.said(Files.readString(run.err()));
        assertEquals(1, said.size(), "one line besides the progress bar: " + run.describe());
        String line = said.get(0);
        assertTrue(line.startsWith("shequn: the Spark job failed:") && line.contains("ExecutorLostFailure")
                && line.contains("Spark's log: " + out.resolve(SparkLog.FILE)), line);
        assertTrue(Files.readString(out.resolve(SparkLog.FILE)).contains("Lost executor"), "the details are in spark.log");

        String resume = line.substring(line.indexOf("resume with: shequn ") + "resume with: shequn ".length());
        Run resumed = launcher(List.of(), Arrays.asList(resume.split(" ")));
        assertEquals(0, resumed.exit, resumed.describe());
        SparkEngineTest.assertSameFiles(localMc, out, SparkEngineTest.FILES);
    }

    @Test
    void aJobNoWorkerCanPlaceSaysSoOnTheTerminal() throws Exception {
        Path out = tmp.resolve("unplaced");
        String waiting = "shequn: no Spark executor has started in 1 s";
        // executors of 2 GB, on a worker that offers 1 GB: the master never starts one, and the job waits
        Run run = launcher(List.of("-Dspark.executor.memory=2g", "-D" + ExecutorWait.SECONDS + "=1"),
                mc(out, "--engine", "spark", "--master", cluster.url()), (driver, err) -> {
                    awaitText(err, waiting, driver);
                    driver.destroy(); // as Ctrl-C
                });
        List<String> said = SparkEngineTest.said(Files.readString(run.err()));
        assertEquals(1, said.stream().filter(l -> l.startsWith(waiting)).count(), run.describe());
        assertTrue(said.stream().noneMatch(l -> l.contains("Exception") || l.contains(" WARN ")), run.describe());
    }

    private static void awaitText(Path file, String text, Process driver) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(StandaloneCluster.WAIT_S);
        while (!Files.readString(file).contains(text)) {
            if (System.nanoTime() > end || !driver.isAlive()) {
                fail("no '" + text + "' from the driver (its output is in " + cluster.logs + ")");
            }
            Thread.sleep(100);
        }
    }

    /** Kills the executor once a task waits to be killed (it has run a replication; others may have finished). */
    private static void killWhenHeld(Path marker, Process driver) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(StandaloneCluster.WAIT_S);
        while (!Files.exists(marker)) {
            if (System.nanoTime() > end || !driver.isAlive()) {
                fail("no task was held (the driver " + (driver.isAlive() ? "still runs" : "ended") + "; its output is in "
                        + cluster.logs + ")");
            }
            Thread.sleep(100);
        }
        assertTrue(cluster.killExecutors() > 0, "an executor to kill");
    }

    /** The arguments of an mc of the tiny community scenario, 8 replications, into {@code out}. */
    static List<String> mc(Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("mc", SparkEngineTest.COMMUNITY.toString(), "--reps", "8",
                "--seed", SEED, "--no-charts", "--out", out.toString()));
        for (String s : SparkEngineTest.SMALL) {
            args.addAll(List.of("--set", s));
        }
        args.addAll(Arrays.asList(more));
        return args;
    }

    static List<String> sweep(Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("sweep", sweepSpec.toString(), "--no-charts", "--out", out.toString()));
        args.addAll(Arrays.asList(more));
        return args;
    }

    /** The launcher's route: what {@code ./shequn} runs for --engine spark (the script itself would rebuild when stale). */
    private Run launcher(List<String> jvm, List<String> args) throws Exception {
        return launcher(jvm, args, null);
    }

    private Run launcher(List<String> jvm, List<String> args, During during) throws Exception {
        // no "no executor has started" line from a machine too loaded to start one in a minute (one test sets it short)
        List<String> command = new ArrayList<>(List.of(StandaloneCluster.java(), "-Xmx512m", "-Djava.awt.headless=true",
                "-Dspark.executor.memory=512m", "-D" + ExecutorWait.SECONDS + "=" + StandaloneCluster.WAIT_S));
        command.addAll(jvm);
        command.addAll(List.of("-cp", TARGET.resolve("experiments-spark-0.1.0.jar") + File.pathSeparator
                + TARGET.resolve("spark-lib") + "/*", "shequn.spark.SparkMain"));
        command.addAll(args);
        return Run.of(command, during);
    }

    /** spark-submit's route, as the script of a Spark distribution runs it. */
    private Run submit(List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(StandaloneCluster.java(), "-Xmx512m", "-cp",
                cluster.home.resolve("jars") + "/*", "org.apache.spark.deploy.SparkSubmit", "--master", cluster.url(),
                "--executor-memory", "512m", "--conf", "spark.ui.enabled=false", TARGET.resolve(ShippedJar.NAME).toString()));
        command.addAll(args);
        return Run.of(command, null);
    }

    /** What a test does while a driver runs. */
    interface During {
        void run(Process driver, Path err) throws Exception;
    }

    /** A driver process, run to its end (killed if it outlives the wait), with its output in files. */
    record Run(int exit, Path out, Path err, List<String> command) {
        static int count;

        static Run of(List<String> command, During during) throws Exception {
            Path dir = cluster.logs;
            int n = ++count;
            Path out = dir.resolve("driver-" + n + ".out");
            Path err = dir.resolve("driver-" + n + ".err");
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().putAll(cluster.environment());
            Process p = builder.start();
            try {
                if (during != null) {
                    during.run(p, err);
                }
                if (!p.waitFor(StandaloneCluster.WAIT_S, TimeUnit.SECONDS)) {
                    fail("the driver did not end within " + StandaloneCluster.WAIT_S + " s: " + command);
                }
                return new Run(p.exitValue(), out, err, command);
            } finally {
                p.destroyForcibly();
                p.waitFor(30, TimeUnit.SECONDS);
            }
        }

        String describe() throws Exception {
            return "exit " + exit + " of " + command + "\nstdout: " + Files.readString(out) + "\nstderr: " + Files.readString(err);
        }
    }
}
