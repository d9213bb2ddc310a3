package shequn.serve;

import java.util.List;
import java.util.function.Consumer;
import shequn.montecarlo.Outcome;
import shequn.montecarlo.ReplicationPool;
import shequn.montecarlo.Replicator;

/**
 * The CLI's replication pool, with each finished replication also handed to the page (bands filling in) once
 * the experiment has journaled it: the same runner and seeds as {@code mc} and {@code compare}.
 */
final class Tap implements Replicator {
    private final ReplicationPool pool;
    private final Consumer<Outcome> each;

    Tap(ReplicationPool pool, Consumer<Outcome> each) {
        this.pool = pool;
        this.each = each;
    }

    @Override
    public boolean run(List<Job> jobs, Sink sink) throws Exception {
        return pool.run(jobs, o -> {
            sink.accept(o);
            each.accept(o);
        });
    }

    @Override
    public int parallelism() {
        return pool.parallelism();
    }

    @Override
    public void close() {
        pool.close();
    }
}
