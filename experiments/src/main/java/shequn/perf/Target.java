package shequn.perf;

import java.util.Locale;

/**
 * A target of the performance issue, as {@code shequn bench} judges it: a bound on a measured value.
 *
 * @param what   the target in words, as printed ("≤ 3 s wall")
 * @param bound  the bound, in the measured value's unit
 * @param atMost whether the value must stay at or below the bound (else at or above it)
 */
record Target(String what, double bound, boolean atMost) {
    static final String NOT_APPLICABLE = "(quick sizes: target not applicable)";

    static Target atMost(String what, double bound) {
        return new Target(what, bound, true);
    }

    static Target atLeast(String what, double bound) {
        return new Target(what, bound, false);
    }

    boolean met(double value) {
        return atMost ? value <= bound : value >= bound; // NaN meets neither
    }

    /** "target ≤ 3 s wall: met", or, when the sizes are not the issue's, the target and that it does not apply. */
    String judge(double value, boolean applies) {
        return String.format(Locale.ROOT, "target %s: %s", what, !applies ? NOT_APPLICABLE : met(value) ? "met" : "not met");
    }
}
