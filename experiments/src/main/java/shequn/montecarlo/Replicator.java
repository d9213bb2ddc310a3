package shequn.montecarlo;

import java.nio.file.Path;
import java.util.List;
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
