package shequn.montecarlo;

import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import shequn.engine.RunResult;
import shequn.engine.Simulation;

/**
 * Runs replications on a fixed pool of daemon threads. Each replication builds its own model from
 * its own seed, so what it computes does not depend on which thread runs it or when; outcomes are
 * handed to the caller's thread one at a time as they finish.
 */
final class ReplicationPool implements Replicator {
    private final ExecutorService executor;
    private final AtomicBoolean stop;
    private final int threads;

    /** Thrown from inside a replication when a stop was requested, to abandon it mid-run. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }

    ReplicationPool(int threads, AtomicBoolean stop) {
        AtomicInteger count = new AtomicInteger();
        this.stop = stop;
        this.threads = threads;
        this.executor = Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, "shequn-replication-" + count.incrementAndGet());
            t.setDaemon(true); // never keep the JVM alive after the command returns or is interrupted
            return t;
        });
    }

    /**
     * Runs the jobs; returns false if a stop was requested before all finished. The first failing
     * replication stops the others and its exception is rethrown.
     */
    @Override
    public boolean run(List<Job> jobs, Sink sink) throws Exception {
        CompletionService<Outcome> done = new ExecutorCompletionService<>(executor);
        for (Job job : jobs) {
            done.submit(() -> replicate(job));
        }
        Exception failure = null;
        for (int k = 0; k < jobs.size(); k++) {
            Future<Outcome> next = done.take();
            try {
                Outcome o = next.get();
                if (o != null && failure == null) {
                    sink.accept(o);
                }
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof Stopped) && failure == null) {
                    failure = e.getCause() instanceof Exception ex ? ex : new IllegalStateException(e.getCause());
                    stop.set(true);
                }
            } catch (Exception e) {
                if (failure == null) {
                    failure = e; // the sink could not record the outcome (disk full…): stop, keep what was written
                    stop.set(true);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        return !stop.get();
    }

    private Outcome replicate(Job job) throws Exception {
        if (stop.get()) {
            return null;
        }
        RunResult r = Simulation.run(job.spec(), job.seed(), job.baseDir(), (day, days) -> {
            if (stop.get()) {
                throw new Stopped();
            }
        });
        return Outcome.of(job.scenario(), job.rep(), r);
    }

    @Override
    public int parallelism() {
        return threads;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
