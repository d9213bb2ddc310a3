package shequn.montecarlo;

/** A user-facing problem with an experiment (its output folder, its arguments): one line, exit code 2. */
public final class ExperimentException extends Exception {
    private static final long serialVersionUID = 1L;

    public ExperimentException(String message) {
        super(message);
    }
}
