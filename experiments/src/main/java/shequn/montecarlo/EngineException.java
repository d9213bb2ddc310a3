package shequn.montecarlo;

/**
 * An engine (Spark) could not finish the replications: a task failed after its retries, executors
 * were lost for good, the cluster went away. Not a bug in shequn and not bad input: the command says
 * so in one line, keeps what was journaled and exits 1; {@code --resume} completes the experiment.
 */
public final class EngineException extends Exception {
    private static final long serialVersionUID = 1L;

    public EngineException(String message, Throwable cause) {
        super(message, cause);
    }
}
