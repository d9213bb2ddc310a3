package shequn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14, items 1, 2, 3 and 8: output files are named from a safe slug and stay inside --out; an
 * output folder is locked while a process writes it; results are never replaced or mixed silently;
 * an unwritable --out is refused before any work. Each refusal: one line, exit 2, nothing written.
 */
class OutputSafetyTest {
    static final String COMMUNITY = SweepCommandTest.SCENARIO;
    static final String BASELINE = CliHarness.scenario("baseline-no-community.yaml");
    static final String[] QUICK = {"--set", "population.consumers=500", "--days", "30"};

    @TempDir
    Path tmp;

    static CliHarness.Outcome run(Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("run", BASELINE, "--out", out.toString(), "--seed", "3"));
        args.addAll(List.of(QUICK));
        args.addAll(List.of(extra));
        return CliHarness.run(args.toArray(String[]::new));
    }

    static CliHarness.Outcome mc(Path out) {
        return CliHarness.run("mc", BASELINE, "--reps", "2", "--threads", "2", "--no-charts", "--set",
                "population.consumers=500", "--set", "days=30", "--out", out.toString());
    }

    /**
     * Every file under {@code dir} with its bytes and modification time: what "nothing changed" compares
     * (the lock file by its presence: a command that takes the lock writes its pid there).
     */
    static Map<String, String> snapshot(Path dir) throws Exception {
        Map<String, String> m = new TreeMap<>();
        if (!Files.exists(dir)) {
            return m;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.toList()) {
                String key = dir.relativize(p).toString();
                m.put(key, Files.isDirectory(p) ? "dir" : p.getFileName().toString().equals(OutputFolder.LOCK) ? "lock"
                        : Files.getLastModifiedTime(p) + " " + java.util.Arrays.hashCode(Files.readAllBytes(p)));
            }
        }
        return m;
    }

    // ---- item 1: the scenario's name is text, never a path -------------------------------------------

    Path scenarioNamed(String yamlName) throws Exception {
        String text = Files.readString(Path.of(COMMUNITY));
        Path f = tmp.resolve("spec/named.yaml");
        Files.createDirectories(f.getParent());
        Files.writeString(f, text.replaceFirst("(?m)^name: .*$", java.util.regex.Matcher.quoteReplacement("name: " + yamlName)));
        return f;
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"../../escaped\"", "\"/tmp/shequn-escaped-absolute\"", "\"a\\0b\"", "\"社群 plan/2\"",
            "\"x300\""})
    void optimizeWritesItsPlanUnderASafeNameInsideOut(String yamlName) throws Exception {
        String name = yamlName.equals("\"x300\"") ? "\"" + "n".repeat(300) + "\"" : yamlName;
        Path scenario = scenarioNamed(name);
        Path opt = tmp.resolve("spec/opt.yaml");
        Files.writeString(opt, "scenario: named.yaml\nset: [population.consumers=1000, days=100]\nobjective: gmv\n"
                + "levers: [emotion, content]\nbudget: 3000\nreps: 1\nvalidation_reps: 2\nevaluations: 3\npopulation: 3\nseed: 2\n");
        Path out = tmp.resolve("deep/er/out");
        Map<String, String> around = snapshot(tmp.resolve("spec"));
        CliHarness.Outcome o = CliHarness.run("optimize", opt.toString(), "--out", out.toString(), "--threads", "2",
                "--no-charts");
        assertEquals(0, o.exit(), o.err());
        List<String> plans;
        try (Stream<Path> files = Files.list(out)) {
            plans = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("-optimised.yaml")).toList();
        }
        assertEquals(1, plans.size(), plans.toString());
        String plan = plans.get(0);
        assertTrue(plan.getBytes(StandardCharsets.UTF_8).length <= 80 + "-optimised.yaml".length(), plan);
        assertTrue(plan.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || "-_.".indexOf(c) >= 0), plan);
        assertEquals(around, snapshot(tmp.resolve("spec")), "nothing written beside the spec");
        try (Stream<Path> all = Files.walk(tmp)) {
            List<Path> named = all.filter(p -> p.getFileName().toString().contains("escaped")).toList();
            assertTrue(named.stream().allMatch(p -> p.getParent().equals(out)), named.toString());
        }
        assertFalse(Files.exists(Path.of("/tmp/shequn-escaped-absolute-optimised.yaml")));
        assertFalse(Files.exists(tmp.resolve("escaped-optimised.yaml")));
        assertFalse(Files.exists(tmp.resolve("deep/escaped-optimised.yaml")));
        CliHarness.Outcome valid = CliHarness.run("validate", out.resolve(plan).toString());
        assertEquals(0, valid.exit(), valid.err());
        assertTrue(o.out().contains("wrote " + out.resolve(plan)), o.out());
        assertFalse(Files.exists(scenario.resolveSibling(plan)));
    }

    @Test
    void calibrateNamesItsScenarioFromTheSlugToo() throws Exception {
        scenarioNamed("\"../../escaped\"");
        Path cal = tmp.resolve("spec/cal.yaml");
        Files.writeString(cal, "scenario: named.yaml\nset: [population.consumers=1000, days=100]\n"
                + "parameters:\n  - {path: population.need_rate, min: 0.1, max: 0.2}\n"
                + "targets: [traffic]\naggregate: daily\nreps: 1\nevaluations: 3\nseed: 4\n");
        Path observed = tmp.resolve("spec/obs.csv");
        StringBuilder csv = new StringBuilder("day,traffic\n");
        for (int d = 0; d < 100; d++) {
            csv.append(d).append(',').append(100 + d).append('\n');
        }
        Files.writeString(observed, csv);
        Path out = tmp.resolve("cal-out");
        CliHarness.Outcome o = CliHarness.run("calibrate", cal.toString(), "--observed", observed.toString(), "--out",
                out.toString(), "--threads", "2");
        assertEquals(0, o.exit(), o.err());
        assertTrue(Files.exists(out.resolve("escaped-calibrated.yaml")), o.out());
        try (Stream<Path> all = Files.walk(tmp)) {
            assertEquals(List.of(out.resolve("escaped-calibrated.yaml")),
                    all.filter(p -> p.getFileName().toString().contains("escaped")).toList());
        }
    }

    @Test
    void chartFilesAreNamedFromTheSlugOfWhatATableSays() throws Exception {
        Path dir = tmp.resolve("sens");
        CliHarness.Outcome made = CliHarness.run("sensitivity", rangeSpec().toString(), "--method", "morris",
                "--trajectories", "2", "--kpi", "gmv", "--no-charts", "--threads", "2", "--out", dir.toString());
        assertEquals(0, made.exit(), made.err());
        Path csv = dir.resolve("sensitivity.csv");
        Files.writeString(csv, Files.readString(csv).replace("\ngmv,", "\n../../../escaped,"));
        CliHarness.Outcome o = CliHarness.run("chart", dir.toString(), "--format", "svg");
        assertEquals(0, o.exit(), o.err());
        try (Stream<Path> all = Files.walk(tmp)) {
            List<Path> found = all.filter(p -> p.getFileName().toString().contains("escaped")).toList();
            assertFalse(found.isEmpty(), o.out());
            assertTrue(found.stream().allMatch(p -> p.getParent().equals(dir.resolve("charts"))), found.toString());
        }
    }

    // ---- item 2: one writer per output folder ------------------------------------------------------

    @Test
    void aFolderAnotherProcessIsWritingIsRefusedAndLeftAlone() throws Exception {
        Path out = tmp.resolve("shared");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process other = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(),
                out.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader said = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            String line = said.readLine();
            assertNotNull(line, "the other process did not lock");
            assertEquals("locked " + other.pid(), line);
            Map<String, String> before = snapshot(out);
            String expected = out + " is being written by another shequn process (pid " + other.pid()
                    + "); wait for it or choose another --out";
            CliHarness.Outcome r = run(out);
            ExperimentCommandsTest.assertOneLineRefusal(r, expected);
            assertEquals(expected, r.err().strip());
            ExperimentCommandsTest.assertOneLineRefusal(mc(out), expected);
            ExperimentCommandsTest.assertOneLineRefusal(CliHarness.run("report", out.toString()), "another shequn process");
            assertEquals(before, snapshot(out), "the refused commands wrote nothing");
        } finally {
            other.getOutputStream().close();
            assertTrue(other.waitFor(30, TimeUnit.SECONDS));
        }
        CliHarness.Outcome after = run(out);
        assertEquals(0, after.exit(), after.err());
        assertTrue(Files.exists(out.resolve("daily.csv")));
    }

    @Test
    void anIndependentLockOnTheFolderRefusesEveryWritingCommand() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("locked"));
        try (FileChannel ch = FileChannel.open(out.resolve(OutputFolder.LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock held = ch.tryLock()) {
            assertNotNull(held);
            Map<String, String> before = snapshot(out);
            for (CliHarness.Outcome o : List.of(run(out), mc(out),
                    CliHarness.run("sweep", sweepSpec().toString(), "--out", out.toString()))) {
                ExperimentCommandsTest.assertOneLineRefusal(o, out + " is being written by another shequn process (pid ");
                assertFalse(o.err().contains("simulating"), "refused before any work: " + o.err());
            }
            assertEquals(before, snapshot(out));
        }
        assertEquals(0, run(out).exit());
    }

    @Test
    void twoThreadsRacingForOneFolderGetItOneAtATime() throws Exception {
        Path out = tmp.resolve("race");
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger holders = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        List<String> wrong = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> all = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(() -> {
                try {
                    start.await();
                    for (int k = 0; k < 50; k++) {
                        try (OutputFolder f = OutputFolder.open(out)) {
                            most.accumulateAndGet(holders.incrementAndGet(), Math::max);
                            if (!f.path().equals(out)) {
                                wrong.add(f.path().toString());
                            }
                            Thread.onSpinWait();
                            holders.decrementAndGet();
                        } catch (BadInput e) {
                            // (without a pid when the folder vanished under it again and again: made and removed by others)
                            if (!e.getMessage().startsWith(out + " is being written by another shequn process")
                                    || !e.getMessage().endsWith("; wait for it or choose another --out")) {
                                wrong.add(e.getMessage());
                            }
                            refused.incrementAndGet();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            all.add(t);
            t.start();
        }
        start.countDown();
        for (Thread t : all) {
            t.join(60_000);
        }
        assertEquals(List.of(), wrong);
        assertEquals(1, most.get(), "never two holders at once");
        assertTrue(refused.get() < threads * 50, "someone got it");
    }

    @Test
    void takingTheLockClearsTemporaryFilesAKilledWriterLeft() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("killed"));
        Files.writeString(out.resolve(".daily.csv.8123456789.tmp"), "torn");
        Files.writeString(out.resolve(".notes.tmp"), "the user's");
        assertEquals(0, run(out).exit());
        assertFalse(Files.exists(out.resolve(".daily.csv.8123456789.tmp")));
        assertTrue(Files.exists(out.resolve(".notes.tmp")), "not shequn's: kept");
    }

    Path rangeSpec() throws Exception {
        Path f = tmp.resolve("range.yaml");
        Files.writeString(f, "scenario: " + BASELINE + "\nset: [population.consumers=500, days=30]\nreps: 1\n"
                + "parameters:\n  - {path: population.need_rate, min: 0.1, max: 0.2}\n"
                + "  - {path: behaviour.tie_decay, min: 0.005, max: 0.02}\n");
        return f;
    }

    Path sweepSpec() throws Exception {
        Path f = tmp.resolve("sweep.yaml");
        Files.writeString(f, "scenario: " + BASELINE + "\nset: [population.consumers=500, days=30]\nreps: 1\n"
                + "parameters:\n  - {path: population.need_rate, values: [0.1, 0.2]}\n");
        return f;
    }

    // ---- item 3: results are not replaced or mixed silently -----------------------------------------

    @Test
    void runRefusesAFolderHoldingResultsAndLeavesThemAsTheyWere() throws Exception {
        Path out = tmp.resolve("again");
        assertEquals(0, run(out).exit());
        Map<String, String> before = snapshot(out);
        CliHarness.Outcome second = run(out);
        ExperimentCommandsTest.assertOneLineRefusal(second, out + ": already holds results (daily.csv, daily_breakdown.csv, "
                + "cascades.csv, …); choose another --out, or add --force to replace them");
        assertFalse(second.err().contains("simulating"), second.err());
        assertEquals(before, snapshot(out), "the previous run is untouched");
    }

    @Test
    void runForceReplacesAnotherCommandsResultsWholly() throws Exception {
        Path out = tmp.resolve("was-mc");
        assertEquals(0, mc(out).exit());
        Files.createDirectories(out.resolve("charts"));
        Files.writeString(out.resolve("charts/kpi-gmv.svg"), "<svg/>");
        Files.writeString(out.resolve("notes.txt"), "mine");
        ExperimentCommandsTest.assertOneLineRefusal(run(out), "already holds results (experiment.json, runs.csv");
        CliHarness.Outcome forced = run(out, "--force");
        assertEquals(0, forced.exit(), forced.err());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(OutputFolder.LOCK, "cascades.csv", "daily.csv", "daily_breakdown.csv", "inputs", "notes.txt",
                    "summary.json"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        CliHarness.Outcome report = CliHarness.run("report", out.toString());
        assertEquals(0, report.exit(), report.err());
    }

    @Test
    void everyExperimentRefusesAFolderWithAnotherCommandsResults() throws Exception {
        Path out = tmp.resolve("was-run");
        assertEquals(0, run(out).exit());
        Files.delete(out.resolve("summary.json")); // even a run cut short before its summary
        Map<String, String> before = snapshot(out);
        ExperimentCommandsTest.assertOneLineRefusal(mc(out), out + ": already holds results (daily.csv); choose another --out");
        ExperimentCommandsTest.assertOneLineRefusal(CliHarness.run("sweep", sweepSpec().toString(), "--out", out.toString()),
                "already holds results (daily.csv)");
        Path opt = tmp.resolve("opt.yaml");
        Files.writeString(opt, "scenario: " + COMMUNITY + "\nset: [population.consumers=1000, days=100]\nlevers: [emotion]\nbudget: 3000\n");
        ExperimentCommandsTest.assertOneLineRefusal(CliHarness.run("optimize", opt.toString(), "--out", out.toString()),
                "already holds results (daily.csv)");
        assertEquals(before, snapshot(out));
    }

    @Test
    void reportAndChartRefuseAFolderMixingTwoCommandsResults() throws Exception {
        Path ran = tmp.resolve("ran");
        Path mixed = tmp.resolve("mixed");
        assertEquals(0, run(ran).exit());
        assertEquals(0, mc(mixed).exit());
        // what an older shequn left: a run written into an mc folder, beside the old runs.csv
        Files.copy(ran.resolve("summary.json"), mixed.resolve("summary.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(ran.resolve("daily.csv"), mixed.resolve("daily.csv"));
        Map<String, String> before = snapshot(mixed);
        String expected = mixed + ": holds the results of different commands: ";
        ExperimentCommandsTest.assertOneLineRefusal(CliHarness.run("report", mixed.toString()), expected);
        ExperimentCommandsTest.assertOneLineRefusal(CliHarness.run("chart", mixed.toString()), expected);
        assertEquals(before, snapshot(mixed), "no report, no charts");
        assertEquals(0, CliHarness.run("report", ran.toString()).exit(), "one command's folder is fine");
    }

    // ---- item 8: an unwritable --out is refused before any work --------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"run", "mc", "sweep", "sensitivity", "optimize", "calibrate"})
    void anOutThatCannotBeCreatedIsRefusedBeforeAnyWork(String command) throws Exception {
        Path file = Files.writeString(tmp.resolve("a-file"), "not a folder");
        Path out = file.resolve("sub");
        Path opt = tmp.resolve("opt.yaml");
        Files.writeString(opt, "scenario: " + COMMUNITY + "\nset: [population.consumers=1000, days=100]\nlevers: [emotion]\nbudget: 3000\n");
        Path cal = tmp.resolve("cal.yaml");
        Files.writeString(cal, "scenario: " + BASELINE + "\nset: [population.consumers=500, days=30]\naggregate: daily\n"
                + "parameters:\n  - {path: population.need_rate, min: 0.1, max: 0.2}\ntargets: [traffic]\n");
        Path obs = Files.writeString(tmp.resolve("obs.csv"), "day,traffic\n0,10\n1,12\n");
        Path sweep = sweepSpec();
        Path range = rangeSpec();
        Map<String, String> before = snapshot(tmp);
        CliHarness.Outcome o = switch (command) {
            case "run" -> run(out);
            case "mc" -> mc(out);
            case "sweep" -> CliHarness.run(command, sweep.toString(), "--out", out.toString());
            case "sensitivity" -> CliHarness.run(command, range.toString(), "--out", out.toString());
            case "optimize" -> CliHarness.run(command, opt.toString(), "--out", out.toString());
            default -> CliHarness.run(command, cal.toString(), "--observed", obs.toString(), "--out", out.toString());
        };
        ExperimentCommandsTest.assertOneLineRefusal(o, out + ": --out: cannot create this folder (");
        assertTrue(o.err().strip().endsWith("; choose another --out"), o.err());
        assertFalse(o.err().contains("simulating") || o.err().contains("Exception"), o.err());
        assertEquals(before, snapshot(tmp), "nothing written");
    }

    @Test
    void procIsRefusedBeforeTheRunNotAfter() {
        if (!Files.isDirectory(Path.of("/proc/self"))) {
            return; // Linux only
        }
        CliHarness.Outcome o = run(Path.of("/proc/x"));
        ExperimentCommandsTest.assertOneLineRefusal(o, "/proc/x: --out: cannot create this folder (");
        assertFalse(o.err().contains("simulating"), o.err());
    }

    @Test
    void reportAndSchemaSayInOneLineWhenTheirFileCannotBeWritten() throws Exception {
        Path ran = tmp.resolve("ran");
        assertEquals(0, run(ran).exit());
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        ExperimentCommandsTest.assertOneLineRefusal(CliHarness.run("report", ran.toString(), "--out",
                file.resolve("r.html").toString()), file.resolve("r.html") + ": --out: cannot write the report here (");
        ExperimentCommandsTest.assertOneLineRefusal(CliHarness.run("schema", "--out", file.resolve("s.json").toString()),
                file.resolve("s.json") + ": --out: cannot write here (");
        ExperimentCommandsTest.assertOneLineRefusal(CliHarness.run("chart", ran.toString(), "--out",
                file.resolve("charts").toString()), file.resolve("charts") + ": --out: cannot create this folder (");
    }

    @Test
    void aFolderMadeForACommandThatThenFailsIsRemovedAgain() {
        Path out = tmp.resolve("new/deeper/out");
        CliHarness.Outcome o = CliHarness.run("run", BASELINE, "--set", "population.consumers=50000000", "--out", out.toString());
        assertEquals(2, o.exit(), o.err());
        assertFalse(Files.exists(tmp.resolve("new")), "the folders made for it are gone");
    }

    @Test
    void outputFolderRefusesAFileInItsPlace() throws Exception {
        Path file = Files.writeString(tmp.resolve("f"), "x");
        BadInput e = assertThrows(BadInput.class, () -> OutputFolder.open(file));
        assertEquals(file + ": --out: exists and is not a folder", e.getMessage());
        try (FileChannel ch = FileChannel.open(Files.createDirectories(tmp.resolve("d")).resolve(OutputFolder.LOCK),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap("x".getBytes(StandardCharsets.UTF_8)));
        }
        try (OutputFolder f = OutputFolder.open(tmp.resolve("d"))) {
            assertEquals(tmp.resolve("d"), f.path()); // a lock file left by a killed process is no obstacle
        }
    }
}
