package shequn.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import shequn.montecarlo.Stats;
import shequn.scenario.Scenario;
import shequn.scenario.ScenarioLoader;
import shequn.viz.check.Chart;

/**
 * Repeat purchasing without dropout (scenarios/validation/nbd.yaml) vs the exact distribution of
 * purchases in the window: how many consumers buy 0, 1, 2, … times. Rows: a chi-square goodness of
 * fit over the counts (categories pooled so each expects at least 5 consumers; fails when p &lt; 0.001),
 * and the mean purchases per consumer within 4 standard errors. Plain NBD's distance from the exact
 * distribution is reported in the note.
 */
public final class NbdDocking implements Check {
    static final double ALPHA = 0.001;

    @Override
    public String id() {
        return "nbd";
    }

    @Override
    public List<CheckResult> run(Effort effort) throws Exception {
        Path file = effort.scenario("validation/nbd.yaml");
        int n = effort.pick(5000, 10000);
        int reps = effort.pick(2, 10);
        Scenario s = ScenarioLoader.load(file, List.of("population.consumers=" + n));
        int days = s.days();
        List<int[]> runs = Replicas.runAll(effort, "nbd", s, file.getParent(), reps, m -> m.world().people.purchases.clone());
        long[] observed = new long[days + 1];
        double[] perConsumer = new double[n * reps];
        int k = 0;
        for (int[] r : runs) {
            for (int x : r) {
                observed[x]++;
                perConsumer[k++] = x;
            }
        }
        long total = (long) n * reps;
        RepeatBuying ref = new RepeatBuying(s.population().needShape(), s.population().needRate());
        double[] exact = ref.countDistribution(days);
        double[] nbd = ref.nbd(days);
        double chi = chiSquare(observed, exact, total);
        int df = categories(exact, total) - 1;
        double critical = new ChiSquaredDistribution(null, df).inverseCumulativeProbability(1 - ALPHA);
        double pValue = 1 - new ChiSquaredDistribution(null, df).cumulativeProbability(chi);
        double nbdChi = chiSquare(observed, nbd, total);
        double maxDiff = 0;
        for (int x = 0; x <= days; x++) {
            maxDiff = Math.max(maxDiff, Math.abs(exact[x] - nbd[x]));
        }
        double exactMean = 0;
        double nbdMean = s.population().needRate() * days;
        for (int x = 0; x <= days; x++) {
            exactMean += x * exact[x];
        }
        double mean = Stats.mean(perConsumer);
        double se = Stats.se(perConsumer);

        int shown = 0;
        while (shown < days && exact[shown] * total >= 1) {
            shown++;
        }
        double[] xs = Chart.range(0, shown);
        double[] sim = new double[shown];
        double[] lo = new double[shown];
        double[] hi = new double[shown];
        double[] ex = new double[shown];
        double[] nb = new double[shown];
        for (int x = 0; x < shown; x++) {
            double f = (double) observed[x] / total;
            double h = Stats.Z95 * Math.sqrt(f * (1 - f) / total);
            sim[x] = f;
            lo[x] = f - h;
            hi[x] = f + h;
            ex[x] = exact[x];
            nb[x] = nbd[x];
        }
        Chart chart = Chart.bars("nbd-counts", "Purchases in " + days + " days per consumer (" + reps + " × " + n
                + " consumers)", "purchases in the window", "share of consumers",
                Chart.Series.band("simulated (95% CI)", xs, sim, lo, hi),
                Chart.Series.line("exact Binomial-gamma mixture", xs, ex),
                Chart.Series.line("plain NBD (Poisson-gamma)", xs, nb));
        List<CheckResult> rows = new ArrayList<>();
        rows.add(CheckResult.of("nbd: buyers with 0,1,2,… purchases, chi-square", chi, df,
                "≤ " + CheckResult.num(critical) + " (p ≥ 0.001, " + reps + "×" + n + ")", chi <= critical,
                String.format(Locale.ROOT, "p = %.3f; plain NBD: chi-square %.0f, largest probability gap %.4f",
                        pValue, nbdChi, maxDiff), chart));
        rows.add(CheckResult.of("nbd: mean purchases per consumer in " + days + " days", mean, exactMean,
                "± " + CheckResult.num(4 * se) + " (4 SE)", Math.abs(mean - exactMean) <= 4 * se,
                String.format(Locale.ROOT, "plain NBD expects %.3f (λT); the engine buys at most once a day", nbdMean),
                null));
        return rows;
    }

    /** Number of categories after pooling: ascending x, each closed once it expects ≥ 5; the rest pooled into the last. */
    static int categories(double[] expected, long total) {
        return pooled(new long[expected.length], expected, total).length / 2;
    }

    static double chiSquare(long[] observed, double[] expected, long total) {
        double[] cells = pooled(observed, expected, total);
        double chi = 0;
        for (int c = 0; c < cells.length; c += 2) {
            double e = cells[c + 1];
            chi += (cells[c] - e) * (cells[c] - e) / e;
        }
        return chi;
    }

    /** Pooled cells as (observed, expected) pairs. */
    static double[] pooled(long[] observed, double[] expected, long total) {
        List<double[]> cells = new ArrayList<>();
        double o = 0;
        double e = 0;
        for (int x = 0; x < expected.length; x++) {
            o += observed[x];
            e += expected[x] * total;
            if (e >= 5) {
                cells.add(new double[] {o, e});
                o = 0;
                e = 0;
            }
        }
        if (cells.isEmpty()) {
            cells.add(new double[] {o, e});
        } else {
            // whatever is left (the far tail) joins the last cell
            double[] last = cells.get(cells.size() - 1);
            last[0] += o;
            last[1] += e;
        }
        double[] out = new double[cells.size() * 2];
        for (int c = 0; c < cells.size(); c++) {
            out[2 * c] = cells.get(c)[0];
            out[2 * c + 1] = cells.get(c)[1];
        }
        return out;
    }
}
