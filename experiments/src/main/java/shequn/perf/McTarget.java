package shequn.perf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
 * The Monte-Carlo rows, run as {@code shequn mc} runs them (journal, daily_summary.csv, summary.json
 * in a temporary folder) so that the runner's serial work counts too, each after a warm-up of one
 * replication per core at the same size (so that the JIT compiling the model weighs on neither
 * side of a comparison):
 * <ul>
 * <li>"monte-carlo": replications on one thread, then on every core; efficiency = speed-up ÷ cores;
 * <li>"mc-target": the 1,000 replications × 10,000 consumers × 180 days on every core (≤ 60 s
 * on 2 cores), and on one thread for its efficiency. Fewer replications (--quick) are projected
 * linearly to 1,000; that overstates a little (the idle tail is multiplied too).
 * </ul>
 */
final class McTarget {
    static final int TARGET_REPS = 1_000;
    static final int TARGET_CONSUMERS = 10_000;
    static final int TARGET_DAYS = 180;
    static final Target TARGET_TIME = Target.atMost("≤ 60 s on 2 cores", 60);
    static final Target EFFICIENCY = Target.atLeast("efficiency ≥ 0.85", 0.85);

    /** One run of {@code mc}: its wall time (the experiment and its reports, not the JVM's start) and its files. */
    record Timed(double seconds, byte[] runs, byte[] dailySummary) {
        boolean sameResults(Timed other) {
            return Arrays.equals(runs, other.runs) && Arrays.equals(dailySummary, other.dailySummary);
        }
    }

    /** A pair of runs of the same replications, on one thread and on {@code cores}. */
    record Pair(int cores, Timed one, Timed all) {
        double efficiency() {
            return one.seconds() / all.seconds() / cores;
        }

        String note() {
            return String.format(Locale.ROOT, "1 thread %.2f s; speed-up %.2f; efficiency (speed-up ÷ cores) %.2f;"
                    + " same results: %s", one.seconds(), one.seconds() / all.seconds(), efficiency(),
                    one.sameResults(all) ? "yes" : "NO");
        }
    }

    private final Path scenarioFile;
    private final int cores = Runtime.getRuntime().availableProcessors();

    McTarget(Path scenarioFile) {
        this.scenarioFile = scenarioFile;
    }

    /** The "monte-carlo" row's note: the pair's times, speed-up and efficiency, judged against 0.85. */
    String efficiencyNote(Pair p, boolean applies) {
        return p.note() + "; " + EFFICIENCY.judge(p.efficiency(), applies);
    }

    /** Row "mc-target": the note judging the all-core time (projected to 1,000 when fewer ran) and the efficiency. */
    String targetNote(Pair p, int reps, boolean applies) {
        double projected = p.all().seconds() * TARGET_REPS / reps;
        return String.format(Locale.ROOT, "%s%.1f s for %,d reps; %s%s; %s", reps == TARGET_REPS ? "" : "projected ",
                projected, TARGET_REPS, TARGET_TIME.judge(projected, applies),
                cores == 2 ? "" : " (this machine has " + cores + " cores)", efficiencyNote(p, applies));
    }

    /** Warms up, then runs the replications on one thread and on every core. */
    Pair pair(int consumers, int days, int reps, Runnable tick) throws Exception {
        List<String> settings = List.of("population.consumers=" + consumers, "days=" + days);
        Path dir = Files.createTempDirectory("shequn-bench-mc");
        try {
            mc(settings, cores, cores, dir.resolve("warm-up"));
            Timed one = mc(settings, reps, 1, dir.resolve("one"));
            tick.run();
            Timed all = mc(settings, reps, cores, dir.resolve("all"));
            tick.run();
            return new Pair(cores, one, all);
        } finally {
            delete(dir);
        }
    }

    int cores() {
        return cores;
    }

    private Timed mc(List<String> settings, int reps, int threads, Path out) throws Exception {
        Plan plan = Plan.fixed("mc", List.of(scenarioFile), List.of(ScenarioLoader.load(scenarioFile, settings)),
                settings, 42, reps);
        long t0 = Clock.wall();
        Experiment.Result r = new Experiment(plan, out, threads, new AtomicBoolean(), null).run(false);
        Reports.writeMc(out, r, threads);
        double seconds = (Clock.wall() - t0) / 1e9;
        return new Timed(seconds, Files.readAllBytes(out.resolve("runs.csv")),
                Files.readAllBytes(out.resolve("daily_summary.csv")));
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
