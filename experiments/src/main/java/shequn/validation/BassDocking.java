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
 * Word of mouth alone on a complete graph vs the discrete Bass model (scenarios/validation/bass.yaml).
 * Two rows per (p, q): the simulated mean adoption against the exact mean of the stochastic
 * process, as the largest |z| over days (z = difference / the standard error of a mean of that many
 * replications, from the exact variance, at least 1/replications; tolerance 4);
 * and against the mean-field Bass curve, as the largest gap in share of the market. The mean of a
 * nonlinear stochastic process is not the deterministic recursion (the take-off day is random, so
 * the mean curve is flatter: Jensen), so that row's tolerance is the exact mean's own largest gap
 * from the mean-field curve plus 4 standard errors, both as shares of the market.
 */
public final class BassDocking implements Check {
    static final double Z_TOL = 4;
    static final double[][] FULL = {{0.01, 0.3}, {0.03, 0.1}, {0.002, 0.6}};
    static final double[][] QUICK = {{0.01, 0.3}};

    @Override
    public String id() {
        return "bass";
    }

    @Override
    public List<CheckResult> run(Effort effort) throws Exception {
        int n = effort.pick(300, 1000);
        int reps = effort.pick(24, 40);
        List<CheckResult> rows = new ArrayList<>();
        for (double[] pq : effort.quick() ? QUICK : FULL) {
            rows.addAll(dock(effort, n, reps, pq[0], pq[1]));
        }
        return rows;
    }

    static List<CheckResult> dock(Effort effort, int n, int reps, double p, double q) throws Exception {
        Path file = effort.scenario("validation/bass.yaml");
        int days = 60;
        Scenario s = ScenarioLoader.load(file, List.of("population.consumers=" + n, "behaviour.discovery=" + p,
                "behaviour.wom_weak=" + q / n, "days=" + days));
        String tag = String.format(Locale.ROOT, "p=%s q=%s", CheckResult.num(p), CheckResult.num(q));
        List<double[]> curves = Replicas.runAll(effort, "bass " + tag, s, file.getParent(), reps, m -> {
            double[] none = m.kpis().column(Kpi.LADDER_NONE);
            double[] adopted = new double[none.length];
            for (int d = 0; d < none.length; d++) {
                adopted[d] = n - none[d];
            }
            return adopted;
        });
        double[][] band = Stats.band(curves.toArray(new double[0][]));
        double[][] exactMoments = BassModel.exact(n, p, q, 0, days);
        double[] exact = exactMoments[0];
        double[] meanField = BassModel.meanField(n, p, q, 0, days);
        double[] textbook = BassModel.textbook(n, p, q, 0, days);
        double maxZ = 0;
        double maxGap = 0;
        double jensen = 0; // how far the exact mean itself is from the mean-field curve
        double maxSe = 0;
        int worst = 0;
        for (int d = 0; d < days; d++) {
            // standard error of a mean of `reps` draws from the exact distribution of F on that day; near
            // saturation F is almost certain and one straggler in one replication moves the mean by 1/reps,
            // so the error is never taken below that resolution
            double z = Math.abs(band[0][d] - exact[d]) / Math.max(Math.sqrt(exactMoments[1][d] / reps), 1.0 / reps);
            if (z > maxZ) {
                maxZ = z;
                worst = d;
            }
            maxGap = Math.max(maxGap, Math.abs(band[0][d] - meanField[d]) / n);
            jensen = Math.max(jensen, Math.abs(exact[d] - meanField[d]) / n);
            maxSe = Math.max(maxSe, band[3][d] / n);
        }
        double[] x = Chart.range(1, days + 1);
        String id = "bass-" + tag.replace("p=", "p").replace(" q=", "-q").replace('.', '_');
        Chart chart = Chart.lines(id, "Bass docking, " + tag + ", N=" + n + " (" + reps + " replications)",
                "day", "share of consumers aware",
                Chart.Series.band("simulated mean (95% CI)", x, share(band[0], n), share(band[1], n), share(band[2], n)),
                Chart.Series.line("exact mean of the stochastic process", x, share(exact, n)),
                Chart.Series.line("mean-field discrete Bass", x, share(meanField, n)),
                Chart.Series.line("textbook Bass F'=F+(p+qF/N)(N-F)", x, share(textbook, n)));
        double tbGap = 0;
        for (int d = 0; d < days; d++) {
            tbGap = Math.max(tbGap, Math.abs(meanField[d] - textbook[d]) / n);
        }
        List<CheckResult> rows = new ArrayList<>();
        rows.add(CheckResult.of("bass " + tag + ": sim vs exact mean, max |z|", maxZ, 0,
                "≤ " + CheckResult.num(Z_TOL) + " (N=" + n + ", " + reps + " reps, " + days + " days)", maxZ <= Z_TOL,
                String.format(Locale.ROOT, "worst day %d: %.1f vs %.1f aware", worst + 1, band[0][worst], exact[worst]),
                chart));
        double tol = jensen + Z_TOL * maxSe;
        rows.add(CheckResult.of("bass " + tag + ": sim vs mean-field Bass, max gap (share)", maxGap, 0,
                "≤ " + CheckResult.num(tol) + " (exact gap + 4 SE)", maxGap <= tol,
                String.format(Locale.ROOT, "the exact mean is up to %.4f from mean-field Bass (random take-off time); "
                        + "textbook (linearised) Bass differs from mean-field by up to %.3f", jensen, tbGap),
                null));
        return rows;
    }

    static double[] share(double[] v, int n) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] / n;
        }
        return out;
    }
}
