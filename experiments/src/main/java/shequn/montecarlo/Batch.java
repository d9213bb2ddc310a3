package shequn.montecarlo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import shequn.engine.RunResult;
import shequn.engine.Simulation;
import shequn.metrics.Kpi;
import shequn.scenario.Scenario;

/**
 * Runs replications in memory on the Monte-Carlo runner's pool, for searches that decide what to
 * run next from what they just saw (optimisation, calibration). Each task builds its own world
 * from its own seed, so results do not depend on thread count; they come back sorted by scenario
 * then replication.
 */
public final class Batch implements AutoCloseable {
    private final ReplicationPool pool;
    private final AtomicBoolean stop;

    /** One replication: a scenario (numbered by the caller), a replication index and its seed. */
    public record Task(int scenario, int rep, long seed, Scenario spec, Path baseDir) {
    }

    public Batch(int threads, AtomicBoolean stop) {
        this.stop = stop;
        this.pool = new ReplicationPool(threads, stop);
    }

    /** Runs the tasks; throws {@link ExperimentException} if a stop was requested before all finished. */
    public List<Outcome> run(List<Task> tasks) throws Exception {
        List<Replicator.Job> jobs = new ArrayList<>();
        for (Task t : tasks) {
            jobs.add(new Replicator.Job(t.scenario(), t.rep(), t.seed(), t.spec(), t.baseDir()));
        }
        List<Outcome> out = new ArrayList<>();
        boolean complete = pool.run(jobs, out::add);
        if (!complete || stop.get()) {
            throw new ExperimentException("shequn: interrupted");
        }
        out.sort(Journal.ORDER);
        return out;
    }

    /**
     * Runs the tasks and keeps of each only the daily series of {@code columns} ({@code [day][column]}), in task
     * order: what a calibration to any daily.csv column needs, without the runner's fixed set of columns.
     */
    public List<double[][]> daily(List<Task> tasks, List<Kpi> columns) throws Exception {
        try {
            return pool.map(tasks.size(), i -> series(tasks.get(i), columns));
        } catch (java.util.concurrent.CancellationException stopped) {
            throw new ExperimentException("shequn: interrupted");
        }
    }

    private double[][] series(Task t, List<Kpi> columns) throws Exception {
        RunResult r = Simulation.run(t.spec(), t.seed(), t.baseDir(), (day, days) -> {
            if (stop.get()) {
                throw new java.util.concurrent.CancellationException("stop requested");
            }
        });
        double[][] out = new double[r.daily().days()][columns.size()];
        for (int d = 0; d < out.length; d++) {
            for (int k = 0; k < columns.size(); k++) {
                out[d][k] = Cells.exact(r.daily().get(d, columns.get(k))); // as the runner keeps them
            }
        }
        return out;
    }

    @Override
    public void close() {
        pool.close();
    }
}
