package shequn.montecarlo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import shequn.engine.RunResult;
import shequn.engine.Simulation;

/**
 * The replication pool: a fixed pool of daemon threads that every command running replications
 * locally uses (mc, sweep, sensitivity, response, optimize and calibrate through {@link Batch},
 * the validation suite, the benchmarks). Each replication builds its own model from its own seed,
 * so what it computes does not depend on which thread runs it or when. {@link #run} hands outcomes
 * to the caller's thread one at a time as they finish; {@link #map} returns any per-replication
 * result in index order.
 */
public final class ReplicationPool implements Replicator {
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

    /** One replication's work for {@link #map}: the result of replication {@code index}. */
    @FunctionalInterface
    public interface Work<T> {
        T run(int index) throws Exception;
    }

    /** A pool of {@code threads} threads (at least one) that nothing outside stops. */
    public ReplicationPool(int threads) {
        this(threads, new AtomicBoolean());
    }

    /** A pool of {@code threads} threads (at least one); setting {@code stop} abandons runs in flight. */
    public ReplicationPool(int threads, AtomicBoolean stop) {
        AtomicInteger count = new AtomicInteger();
        this.stop = stop;
        this.threads = Math.max(1, threads);
        this.executor = Executors.newFixedThreadPool(this.threads, task -> {
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
        return run(jobs, o -> null, (o, nothing) -> sink.accept(o));
    }

    /** As {@link #run(List, Sink)}, with {@code prepare} run on the worker thread that ran each replication. */
    @Override
    public <T> boolean run(List<Job> jobs, Function<Outcome, T> prepare, PreparedSink<T> sink) throws Exception {
        CompletionService<Ready<T>> done = new ExecutorCompletionService<>(executor);
        for (Job job : jobs) {
            done.submit(() -> {
                Outcome o = replicate(job);
                return o == null ? null : new Ready<>(o, prepare.apply(o));
            });
        }
        Exception failure = null;
        for (int k = 0; k < jobs.size(); k++) {
            Future<Ready<T>> next = done.take();
            try {
                Ready<T> r = next.get();
                if (r != null && failure == null) {
                    sink.accept(r.outcome(), r.prepared());
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

    /** A finished replication and what was made of it on its worker. */
    private record Ready<T>(Outcome outcome, T prepared) {
    }

    /**
     * Runs {@code work} for indices 0 … n − 1 on the pool and returns the results in index order.
     * The first failure, in index order, is rethrown as it was thrown (the rest are cancelled).
     */
    public <T> List<T> map(int n, Work<T> work) throws Exception {
        List<Future<T>> futures = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int index = i;
            futures.add(executor.submit(() -> work.run(index)));
        }
        List<T> out = new ArrayList<>(n);
        try {
            for (Future<T> f : futures) {
                out.add(f.get());
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Error error) {
                throw error;
            }
            throw cause instanceof Exception ex ? ex : new IllegalStateException(cause);
        } finally {
            for (Future<T> f : futures) {
                f.cancel(true);
            }
        }
        return out;
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
