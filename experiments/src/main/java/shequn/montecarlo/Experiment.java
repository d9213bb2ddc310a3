package shequn.montecarlo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;
import shequn.output.ResultFiles;
import shequn.world.World;

/**
 * Runs a {@link Plan} into an output folder: writes the manifest, skips replications a resumed
 * folder already holds, runs the rest in parallel while journaling each as it finishes, and, for a
 * precision-driven plan, adds batches until the target KPI's confidence interval is narrow enough.
 */
public final class Experiment {
    /** Why the experiment stopped adding replications. */
    public enum StopReason {
        REPS("reps"), PRECISION("precision"), MAX_REPS("max-reps"), INTERRUPTED("interrupted");

        private final String label;

        StopReason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The replications of a finished (or interrupted) experiment, sorted by scenario then replication. */
    public record Result(Plan plan, List<Outcome> outcomes, StopReason stopReason, int ranNow, int resumed,
                         double wallSeconds) {
        public List<Outcome> of(int scenario) {
            return outcomes.stream().filter(o -> o.scenario() == scenario).toList();
        }

        public int reps() {
            return outcomes.size() / plan.scenarios().size();
        }
    }

    private final Plan plan;
    private final Path out;
    private final int threads;
    private final AtomicBoolean stop;
    private final Meter.Factory progress;
    private final Map<String, Outcome> done = new TreeMap<>();
    private IntConsumer afterEach = n -> { };
    private Replicator engine;
    private JournalLayout layout;

    /**
     * @param stop     set it to stop cleanly: replications in flight are abandoned, finished ones kept
     * @param progress how progress over replications is reported, or null for not at all
     */
    public Experiment(Plan plan, Path out, int threads, AtomicBoolean stop, Meter.Factory progress) {
        this.plan = plan;
        this.out = out;
        this.threads = threads;
        this.stop = stop;
        this.progress = progress;
    }

    /**
     * Told, on the coordinating thread, how many replications this run has handed to the journal (on
     * disk once the journal writes them in order, or at the latest when it closes).
     */
    Experiment afterEach(IntConsumer listener) {
        this.afterEach = listener;
        return this;
    }

    /**
     * Runs the replications on {@code replicator} (an engine such as Spark) instead of a local pool of
     * {@code threads}; the caller keeps and closes it. Rows are journaled here, on this thread, as for
     * the local pool, and each (scenario, replication) is kept once whatever the engine hands back.
     */
    public Experiment on(Replicator replicator) {
        this.engine = replicator;
        return this;
    }

    /** Journals into another layout than mc/compare's runs.csv and daily_runs.csv (a sweep's sweep.csv). */
    public Experiment layout(JournalLayout journalLayout) {
        this.layout = journalLayout;
        return this;
    }

    /** Refuses an output folder that holds results (of any command: {@link ResultFiles}), before anything is written. */
    public static void checkFresh(Path out) throws ExperimentException, IOException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new ExperimentException(out + ": --out: exists and is not a folder");
        }
        List<String> found = ResultFiles.present(out);
        if (!found.isEmpty()) {
            throw new ExperimentException(out + ": already holds results (" + found.get(0) + "); "
                    + (found.contains(Manifest.FILE) ? "use --resume " + out + " to complete them, or another --out"
                    : "choose another --out"));
        }
    }

    public Result run(boolean resume) throws Exception {
        long t0 = System.nanoTime();
        Journal journal = new Journal(out, layout != null ? layout : JournalLayout.standard(plan.columnNames()));
        if (resume) {
            Manifest.check(out, plan);
            keep(journal.read(daysPerScenario()));
        } else {
            checkFresh(out);
            Manifest.write(out, plan);
        }
        int resumed = done.size();
        StopReason reason;
        Replicator pool = engine != null ? engine : new ReplicationPool(threads, stop);
        try {
            pool.dailySeries(layout == null || layout.dailyFile() != null);
            journal.open(done.values());
            reason = runBatches(pool, journal);
            List<Outcome> kept = outcomesUpTo(reason == StopReason.INTERRUPTED ? Integer.MAX_VALUE : target);
            if (reason != StopReason.INTERRUPTED) {
                journal.finish(kept);
            }
            journal.close();
            return new Result(plan, kept, reason, done.size() - resumed, resumed, (System.nanoTime() - t0) / 1e9);
        } finally {
            journal.close();
            if (engine == null) {
                pool.close();
            }
        }
    }

    private int target;

    private StopReason runBatches(Replicator pool, Journal journal) throws Exception {
        target = Math.min(plan.reps(), plan.maxReps());
        while (true) {
            if (!runUpTo(target, pool, journal)) {
                return StopReason.INTERRUPTED;
            }
            if (plan.precision() == null) {
                return StopReason.REPS;
            }
            if (precisionReached()) {
                return StopReason.PRECISION;
            }
            if (target >= plan.maxReps()) {
                return StopReason.MAX_REPS;
            }
            target = Math.min(target + plan.reps(), plan.maxReps());
        }
    }

    /** Runs every replication below {@code reps} not yet done; false if stopped first. */
    private boolean runUpTo(int reps, Replicator pool, Journal journal) throws Exception {
        List<Replicator.Job> jobs = new ArrayList<>();
        for (int rep = 0; rep < reps; rep++) {
            for (int s = 0; s < plan.scenarios().size(); s++) {
                if (!done.containsKey(key(s, rep))) {
                    Path base = World.baseDirOf(plan.files().get(s));
                    jobs.add(new Replicator.Job(s, rep, plan.seedOf(s, rep), plan.scenarios().get(s), base));
                }
            }
        }
        if (jobs.isEmpty()) {
            return !stop.get();
        }
        int[] finished = {0};
        try (Meter bar = (progress == null ? Meter.NONE : progress).open("replications", jobs.size())) {
            // a window of a few replications per thread: enough for those that overtake an earlier one
            journal.expect(jobs, 4 * pool.parallelism());
            return pool.run(jobs, journal::rows, (o, rows) -> {
                if (done.containsKey(key(o.scenario(), o.rep()))) {
                    return; // an engine that ran a replication twice (a retried task): keep the first
                }
                journal.append(rows);
                keep(List.of(o));
                finished[0]++;
                afterEach.accept(finished[0]);
                bar.update(finished[0]);
            });
        }
    }

    /** Whether the first scenario's target KPI is known to within the requested relative precision. */
    private boolean precisionReached() {
        double[] xs = outcomesUpTo(target).stream().filter(o -> o.scenario() == 0)
                .mapToDouble(o -> o.total(plan.kpi())).toArray();
        double relative = Stats.estimate(xs).relativeHalfWidth();
        return !Double.isNaN(relative) && relative <= plan.precision();
    }

    private List<Outcome> outcomesUpTo(int reps) {
        List<Outcome> list = new ArrayList<>();
        for (Outcome o : done.values()) {
            if (o.rep() < reps) {
                list.add(o);
            }
        }
        list.sort(Journal.ORDER);
        return list;
    }

    private void keep(List<Outcome> outcomes) throws ExperimentException {
        for (Outcome o : outcomes) {
            if (o.seed() != plan.seedOf(o.scenario(), o.rep())) {
                throw new ExperimentException(out + ": replication " + o.rep() + " was run with another seed; not this experiment");
            }
            done.put(key(o.scenario(), o.rep()), o);
        }
    }

    private int[] daysPerScenario() {
        return plan.scenarios().stream().mapToInt(s -> s.days()).toArray();
    }

    private static String key(int scenario, int rep) {
        return String.format("%04d:%09d", scenario, rep);
    }
}
