package shequn.montecarlo;

import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An execution engine other than the local thread pool, found on the class path through
 * {@link ServiceLoader} (the {@code experiments-spark} module provides {@code spark}), so that the
 * core command line never depends on its classes.
 */
public interface Engine {
    /** The name {@code --engine} selects it by. */
    String name();

    /**
     * Starts the engine for one experiment.
     *
     * @param master where to run (a Spark master URL), or null for the engine's default
     * @param stop   set when the user asks to stop (Ctrl-C): runs in flight are cancelled
     */
    Replicator open(Plan plan, String master, AtomicBoolean stop) throws Exception;

    /** The engine called {@code name}, or null if none is on the class path. */
    static Engine find(String name) {
        for (Engine e : ServiceLoader.load(Engine.class)) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }
}
