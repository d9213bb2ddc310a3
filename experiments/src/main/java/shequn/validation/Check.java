package shequn.validation;

import java.util.List;

/** One family of validation checks: runs the model against a reference and returns its rows. */
public interface Check {
    /** Short id used in the table and the docs (e.g. {@code bass}, {@code sf4}). */
    String id();

    /** Whether the quick suite (the normal test command) runs it. */
    default boolean quick() {
        return true;
    }

    List<CheckResult> run(Effort effort) throws Exception;
}
