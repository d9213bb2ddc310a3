package shequn.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The validation suite: docking with analytic models, the stylized facts SF1–SF8, then the strategy
 * part ({@link StrategyChecks}: does the model give advice a strategist can defend).
 */
public final class Suite {
    private Suite() {
    }

    public static List<Check> all() {
        List<Check> checks = new ArrayList<>();
        checks.add(new BassDocking());
        checks.add(new CascadeDocking());
        checks.add(new NbdDocking());
        checks.add(new BgNbdDocking());
        checks.add(new NetworkStructure());
        checks.addAll(StylizedFacts.all());
        checks.add(new StrategyChecks());
        return checks;
    }

    /** Whether a row comes from the strategy part (its rows are counted apart from validation). */
    public static boolean strategy(CheckResult r) {
        return r.name().startsWith("strategy ");
    }

    /**
     * The count line under the table: validation rows (pass, fail, gap), calibrated inputs (rows that
     * only echo an input: not counted as passes) and strategy rows (pass, fail, gap).
     */
    public static String summary(List<CheckResult> rows) {
        long[] v = new long[4];
        long[] s = new long[4];
        for (CheckResult r : rows) {
            (strategy(r) ? s : v)[r.status().ordinal()]++;
        }
        int pass = CheckResult.Status.PASS.ordinal();
        int fail = CheckResult.Status.FAIL.ordinal();
        int gap = CheckResult.Status.GAP.ordinal();
        int input = CheckResult.Status.INPUT.ordinal();
        return String.format(Locale.ROOT, "%d rows: %d validation (%d passed, %d failed, %d known gaps), %d calibrated inputs, "
                        + "%d strategy (%d passed, %d failed, %d gaps); gaps: see docs/VALIDATION.md%n", rows.size(),
                v[pass] + v[fail] + v[gap], v[pass], v[fail], v[gap], v[input] + s[input], s[pass] + s[fail] + s[gap],
                s[pass], s[fail], s[gap]);
    }

    /** The table check-model prints: one row per check. */
    public static String table(List<CheckResult> rows) {
        int w = 20;
        for (CheckResult r : rows) {
            w = Math.max(w, r.name().length());
        }
        StringBuilder sb = new StringBuilder();
        String fmt = "%-" + w + "s  %12s  %12s  %-34s  %s%n";
        sb.append(String.format(Locale.ROOT, fmt, "check", "measured", "target", "tolerance", "result"));
        for (CheckResult r : rows) {
            sb.append(String.format(Locale.ROOT, fmt, r.name(), CheckResult.num(r.measured()), CheckResult.num(r.target()),
                    r.tolerance(), r.status().label()));
        }
        return sb.toString();
    }
}
