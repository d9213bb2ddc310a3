package shequn.montecarlo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
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

    @Override
    public void close() {
        pool.close();
    }
}
