package shequn.montecarlo;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import shequn.scenario.Scenario;

/**
 * Runs replications and hands each finished one to the caller's thread: the local thread pool
 * ({@link ReplicationPool}) or an engine found through {@link Engine} (Apache Spark). Whatever
 * runs them, a replication builds its own world from its own seed, so the outcome does not
 * depend on where or when it ran.
 */
public interface Replicator extends AutoCloseable {
    /** One replication to run. */
    record Job(int scenario, int rep, long seed, Scenario spec, Path baseDir) {
    }

    @FunctionalInterface
    interface Sink {
        void accept(Outcome outcome) throws Exception;
    }

    /**
     * Runs the jobs, giving each outcome to {@code sink} once; returns false if a stop was requested
     * before all finished. A failure is rethrown once what had finished is handed over.
     */
    boolean run(List<Job> jobs, Sink sink) throws Exception;

    /** Takes an outcome with what {@code prepare} made of it. */
    @FunctionalInterface
    interface PreparedSink<T> {
        void accept(Outcome outcome, T prepared) throws Exception;
    }

    /**
     * As {@link #run(List, Sink)}, first turning each outcome into what the sink keeps (the journal's
     * text) with {@code prepare}, which must be safe on any thread. The local pool calls it on the
     * worker that ran the replication, so that the coordinating thread is left only the writing;
     * an engine that hands outcomes over (Spark) calls it here, on the caller's thread.
     */
    default <T> boolean run(List<Job> jobs, Function<Outcome, T> prepare, PreparedSink<T> sink) throws Exception {
        return run(jobs, o -> sink.accept(o, prepare.apply(o)));
    }

    /**
     * Whether the experiment keeps the daily series (a sweep's layout does not): an engine that ships
     * outcomes over the network may then leave them out. The local pool ignores it.
     */
    default void dailySeries(boolean keep) {
    }

    /** How many replications run at once (recorded in summary.json as {@code threads}). */
    int parallelism();

    @Override
    void close();
}
