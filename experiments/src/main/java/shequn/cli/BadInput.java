package shequn.cli;

/** A user error found by the CLI itself (arguments, output folder): one line, exit code 2. */
public final class BadInput extends Exception {
    private static final long serialVersionUID = 1L;

    public BadInput(String message) {
        super(message);
    }
}
