package shequn.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The validation suite: docking with analytic models, then the stylized facts SF1–SF8. */
public final class Suite {
    private Suite() {
    }

    public static List<Check> all() {
        List<Check> checks = new ArrayList<>();
        checks.add(new BassDocking());
        checks.add(new CascadeDocking());
        checks.add(new NbdDocking());
        checks.add(new BgNbdDocking());
        checks.addAll(StylizedFacts.all());
        return checks;
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
