package shequn.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import shequn.metrics.Kpi;
import shequn.montecarlo.Stats;
import shequn.scenario.Scenario;
import shequn.scenario.ScenarioLoader;
import shequn.viz.check.Chart;

/**
 * Repeat purchasing with dropout (scenarios/validation/bgnbd.yaml) vs the exact expected purchases
 * of the discrete-time process the engine runs (daily need with chance 1 − e^−λ, defection with
 * chance d ~ Beta(4m, 4(1−m)) after each purchase). Rows: expected purchases per consumer at the
 * end of the year within 4 standard errors (pooled over consumers, who are independent), and the
 * whole curve by week as the largest |z| (standard errors over replications). The continuous BG/NBD
 * formula is reported beside it: it is the Poisson-time model, not the engine's, and differs.
 */
public final class BgNbdDocking implements Check {
    static final double Z_TOL = 4;

    @Override
    public String id() {
        return "bgnbd";
    }

    @Override
    public List<CheckResult> run(Effort effort) throws Exception {
        List<CheckResult> rows = new ArrayList<>(dock(effort, List.of(), ""));
        // both Beta parameters free, a + b far from the shorthand's 4: BG/NBD's heterogeneity in full
        rows.addAll(dock(effort, List.of("population.dropout=0", "population.dropout_beta={a: 1.5, b: 6.0}"), "-beta"));
        return rows;
    }

    static List<CheckResult> dock(Effort effort, List<String> extra, String suffix) throws Exception {
        Path file = effort.scenario("validation/bgnbd.yaml");
        int n = effort.pick(4000, 10000);
        int reps = effort.pick(3, 80);
        int days = effort.pick(180, 365);
        List<String> overrides = new ArrayList<>(List.of("population.consumers=" + n, "days=" + days));
        overrides.addAll(extra);
        Scenario s = ScenarioLoader.load(file, overrides);
        int weeks = days / 7;
        // each consumer's purchases so far at the end of every week (consumers are independent here)
        List<int[][]> runs = Replicas.map(reps, effort.threads(), r -> {
            int[][] byWeek = new int[weeks][];
            return Replicas.run(s, Replicas.seed(effort, "bgnbd" + suffix, r), file.getParent(), (model, d) -> {
                if ((d + 1) % 7 == 0 && (d + 1) / 7 <= weeks) {
                    byWeek[(d + 1) / 7 - 1] = model.world().people.purchases.clone();
                }
            }, model -> byWeek);
        });
        double[] simMean = new double[weeks];
        double[] simSe = new double[weeks];
        for (int k = 0; k < weeks; k++) {
            double[] all = new double[n * reps];
            int at = 0;
            for (int[][] run : runs) {
                for (int x : run[k]) {
                    all[at++] = x;
                }
            }
            simMean[k] = Stats.mean(all);
            simSe[k] = Stats.se(all);
        }
        double a = s.population().dropoutA();
        double b = s.population().dropoutB();
        double m = a / (a + b);
        RepeatBuying ref = new RepeatBuying(s.population().needShape(), s.population().needRate());
        double[] exact = ref.expectedWithDropout(a, b, days);
        double[] continuous = new double[days];
        for (int t = 0; t < days; t++) {
            continuous[t] = ref.bgnbd(a, b, t + 1);
        }
        double maxZ = 0;
        double[] x = new double[weeks];
        double[] lo = new double[weeks];
        double[] hi = new double[weeks];
        double[] ex = new double[weeks];
        double[] co = new double[weeks];
        for (int k = 0; k < weeks; k++) {
            int t = 7 * (k + 1);
            x[k] = t;
            lo[k] = simMean[k] - Stats.Z95 * simSe[k];
            hi[k] = simMean[k] + Stats.Z95 * simSe[k];
            ex[k] = exact[t - 1];
            co[k] = continuous[t - 1];
            maxZ = Math.max(maxZ, Math.abs(simMean[k] - ex[k]) / simSe[k]);
        }
        int last = weeks - 1;
        double mean = simMean[last];
        double se = simSe[last];
        Chart chart = Chart.lines("bgnbd-cumulative" + suffix, String.format(Locale.ROOT,
                "Purchases per consumer with dropout m=%.2f (Beta(%.1f, %.1f)), %d × %d consumers", m, a, b, reps, n),
                "day", "cumulative purchases per consumer",
                Chart.Series.band("simulated mean (95% CI)", x, simMean, lo, hi),
                Chart.Series.line("exact, discrete-time process", x, ex),
                Chart.Series.line("continuous BG/NBD (Fader, Hardie & Lee 2005)", x, co));
        int end = 7 * weeks;
        List<CheckResult> rows = new ArrayList<>();
        String what = String.format(Locale.ROOT, "Beta(%s, %s)", CheckResult.num(a), CheckResult.num(b));
        rows.add(CheckResult.of("bgnbd: purchases per consumer in " + end + " days, dropout " + what,
                mean, exact[end - 1], "± " + CheckResult.num(4 * se) + " (4 SE, " + reps + "×" + n + ")",
                Math.abs(mean - exact[end - 1]) <= 4 * se,
                String.format(Locale.ROOT, "continuous BG/NBD gives %.3f (%+.1f%%): Poisson time allows several purchases a day",
                        continuous[end - 1], 100 * (continuous[end - 1] / exact[end - 1] - 1)), chart));
        rows.add(CheckResult.of("bgnbd " + what + ": cumulative curve by week, max |z|", maxZ, 0, "≤ " + CheckResult.num(Z_TOL),
                maxZ <= Z_TOL, "standard errors pooled over " + reps + "×" + n + " independent consumers", null));
        return rows;
    }
}
