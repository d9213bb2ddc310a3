package shequn.montecarlo;

import java.nio.file.Path;
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
     * Why this engine cannot run on {@code master} from this process, in one line, or null if it may:
     * asked before anything is written, so that a master it cannot reach is refused as bad input.
     */
    default String refuses(String master) {
        return null;
    }

    /**
     * Starts the engine for one experiment.
     *
     * @param master where to run (a Spark master URL), or null for the engine's default
     * @param out    the experiment's output folder: the engine keeps its own log there, not on the terminal
     * @param stop   set when the user asks to stop (Ctrl-C): runs in flight are cancelled
     */
    Replicator open(Plan plan, String master, Path out, AtomicBoolean stop) throws Exception;

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
