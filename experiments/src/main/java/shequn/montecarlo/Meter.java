package shequn.montecarlo;

/**
 * How a long job (replications, evaluations, plans) tells its caller how far it has got. The
 * engine owns this interface and never draws anything itself; the command line hands it a
 * {@link Factory} that draws a progress bar, tests hand it {@link #NONE}.
 */
@FunctionalInterface
public interface Meter extends AutoCloseable {
    /** A factory of meters that report nowhere. */
    Factory NONE = (label, total) -> done -> { };

    /** {@code done} of the job's units are finished. */
    void update(long done);

    /** The job is over (finished, stopped or failed). */
    @Override
    default void close() {
    }

    /** Opens a meter for one job. */
    @FunctionalInterface
    interface Factory {
        /** A meter over {@code total} units of work called {@code label}. */
        Meter open(String label, long total);
    }
}
