package shequn.scenario;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Range checks that collect problems in file order. Every check also rejects NaN and infinities:
 * YAML's {@code .nan} and {@code .inf} are valid numbers to the parser but meaningless as a share
 * or a price. Public for the levers' own checks of their response coefficients.
 */
public final class Checks {

    private final List<ScenarioProblem> problems = new ArrayList<>();

    Checks() {
    }

    List<ScenarioProblem> problems() {
        return problems;
    }

    public void fail(String path, String message) {
        problems.add(new ScenarioProblem(path, message));
    }

    /** A probability, share or rate per day. */
    public void share(String path, double value) {
        between(path, value, 0, 1);
    }

    public void between(String path, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            fail(path, "must be between " + plain(min) + " and " + plain(max) + ", got " + plain(value));
        }
    }

    public void atLeast(String path, double value, double min) {
        if (!(value >= min) || Double.isInfinite(value)) {
            fail(path, "must be at least " + plain(min) + ", got " + plain(value));
        }
    }

    public void positive(String path, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            fail(path, "must be greater than 0, got " + plain(value));
        }
    }

    /** 5000.0 prints as 5000 and 0.30000000000000004 as 0.3, as the planner wrote them. */
    static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(12)).stripTrailingZeros();
        // 1e308 as written, not as 309 digits
        return Math.abs(value) >= 1e15 || (value != 0 && Math.abs(value) < 1e-9) ? rounded.toString() : rounded.toPlainString();
    }
}
