package shequn.validation;

import java.util.List;
import java.util.Locale;
import shequn.metrics.Kpi;
import shequn.montecarlo.Stats;
import shequn.population.Ladder;
import shequn.viz.check.Chart;

/**
 * SF8 (seed 004): the lifecycle aware → understand → accept/buy → share/fission, and customer value
 * by purchase frequency, amount and item value. One year of store-plus-community.yaml: per
 * consumer-day on each rung (AWARE, WEAK, STRONG), purchases (frequency), GMV per purchase
 * (amount) and GMV (value); each must rise up the ladder. And the ladder fills from the bottom:
 * fans (STRONG) and advocates (the sharers of seed 004's fission step) exist at the end though
 * there were none at the start.
 */
final class Sf8Lifecycle implements Check {
    @Override
    public String id() {
        return "sf8";
    }

    @Override
    public List<CheckResult> run(Effort e) throws Exception {
        List<FactRuns.Measures> runs = FactRuns.community(e);
        double[][] freq = new double[runs.size()][];
        double[][] amount = new double[runs.size()][];
        double[][] value = new double[runs.size()][];
        double[] advocates = new double[runs.size()];
        double[] strongStart = new double[runs.size()];
        Kpi[] rungs = {Kpi.LADDER_NONE, Kpi.LADDER_AWARE, Kpi.LADDER_WEAK, Kpi.LADDER_STRONG};
        for (int r = 0; r < runs.size(); r++) {
            FactRuns.Measures m = runs.get(r);
            freq[r] = new double[3];
            amount[r] = new double[3];
            value[r] = new double[3];
            for (int rung = Ladder.AWARE; rung <= Ladder.STRONG; rung++) {
                double consumerDays = m.daily().sum(rungs[rung]);
                freq[r][rung - 1] = 30 * m.byLadder()[rung][1] / consumerDays;
                amount[r][rung - 1] = m.byLadder()[rung][2] / m.byLadder()[rung][1];
                value[r][rung - 1] = 30 * m.byLadder()[rung][2] / consumerDays;
            }
            int last = m.daily().days() - 1;
            advocates[r] = m.daily().get(last, Kpi.ADVOCATES);
            strongStart[r] = m.daily().get(0, Kpi.LADDER_STRONG);
        }
        double[][] fb = Stats.band(freq);
        double[][] ab = Stats.band(amount);
        double[][] vb = Stats.band(value);
        double[] x = {1, 2, 3};
        double baseValue = vb[0][0];
        double[] rel = {vb[0][0] / baseValue, vb[0][1] / baseValue, vb[0][2] / baseValue};
        Chart chart = Chart.bars("sf8-value", "SF8: customer value by rung (1 aware, 2 weak, 3 strong), relative to aware",
                "ladder rung", "× aware",
                Chart.Series.line("purchases per month (frequency)", x, div(fb[0], fb[0][0])),
                Chart.Series.line("GMV per purchase (amount)", x, div(ab[0], ab[0][0])),
                Chart.Series.band("GMV per month (value), 95% CI", x, rel, div(vb[1], baseValue), div(vb[2], baseValue)));
        boolean freqUp = fb[0][0] < fb[0][1] && fb[0][1] < fb[0][2];
        boolean amountUp = ab[0][0] < ab[0][1] && ab[0][1] < ab[0][2];
        boolean valueUp = vb[0][0] < vb[0][1] && vb[0][1] < vb[0][2];
        double adv = Stats.mean(advocates);
        return List.of(
                CheckResult.of("sf8 value per month: strong ÷ aware", vb[0][2] / vb[0][0], 1, "> 1, rising aware<weak<strong",
                        valueUp, String.format(Locale.ROOT, "yuan per month %.1f / %.1f / %.1f", vb[0][0], vb[0][1], vb[0][2]),
                        chart),
                CheckResult.of("sf8 frequency: strong ÷ aware", fb[0][2] / fb[0][0], 1, "> 1, rising aware<weak<strong",
                        freqUp, String.format(Locale.ROOT, "purchases per month %.2f / %.2f / %.2f", fb[0][0], fb[0][1], fb[0][2]),
                        null),
                CheckResult.of("sf8 amount: strong ÷ aware", ab[0][2] / ab[0][0], 1, "> 1, rising aware<weak<strong",
                        amountUp, String.format(Locale.ROOT, "yuan per purchase %.1f / %.1f / %.1f", ab[0][0], ab[0][1], ab[0][2]),
                        null),
                CheckResult.of("sf8 advocates at the end (none at the start)", adv, 1, "> 0 (start: " 
                        + CheckResult.num(Stats.mean(strongStart)) + " fans)", adv > 0, "", null));
    }

    static double[] div(double[] v, double by) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] / by;
        }
        return out;
    }
}
