package shequn.perf;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import shequn.montecarlo.Experiment;
import shequn.montecarlo.Plan;
import shequn.montecarlo.Reports;
import shequn.scenario.ScenarioLoader;

/**
 * The "mc-target" row: the 1,000 replications × 10,000 consumers × 180 days in ≤ 60 s on 2
 * cores, run as {@code shequn mc} runs it (journal, daily_summary.csv, summary.json in a temporary
 * folder) so that the runner's serial work counts too. Fewer replications (--quick) are projected
 * linearly to 1,000, after a warm-up; that still overstates a little (the last replications leave
 * cores idle, and that tail is multiplied too).
 */
final class McTarget {
    static final List<String> SETTINGS = List.of("population.consumers=10000", "days=180");

    private McTarget() {
    }

    static void row(Path scenarioFile, int reps, PrintStream out) throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        Path dir = Files.createTempDirectory("shequn-bench-mc");
        try {
            // a warm-up of one replication per core: a scaled run is short enough for the JIT's
            // compiling of the 10,000-consumer world to weigh on it, which 1,000 replications amortise
            mc(scenarioFile, cores, cores, dir.resolve("warm-up"));
            long t0 = Clock.wall();
            mc(scenarioFile, reps, cores, dir.resolve("mc"));
            double wall = (Clock.wall() - t0) / 1e9;
            double projected = wall * BenchSuite.TARGET_REPS / reps;
            boolean met = projected <= BenchSuite.TARGET_SECONDS;
            out.printf(Locale.ROOT, "%-20s %-44s %8.2f %8s %14s %14s  %s%n", "mc-target",
                    String.format(Locale.ROOT, "mc, %d reps of 10,000 × 180 days, %d threads", reps, cores), wall, "-",
                    BenchSuite.rate(reps * 10_000.0 * 180 / wall), "-", String.format(Locale.ROOT,
                            "%s%.1f s for %,d reps; target ≤ %.0f s on 2 cores: %s%s", reps == BenchSuite.TARGET_REPS
                                    ? "" : "projected ", projected, BenchSuite.TARGET_REPS, BenchSuite.TARGET_SECONDS,
                            met ? "met" : "not met", cores == 2 ? "" : " (this machine has " + cores + " cores)"));
        } finally {
            delete(dir);
        }
    }

    private static void mc(Path scenarioFile, int reps, int threads, Path out) throws Exception {
        Plan plan = Plan.fixed("mc", List.of(scenarioFile), List.of(ScenarioLoader.load(scenarioFile, SETTINGS)),
                SETTINGS, 42, reps);
        Experiment.Result r = new Experiment(plan, out, threads, new AtomicBoolean(), null).run(false);
        Reports.writeMc(out, r, threads);
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
