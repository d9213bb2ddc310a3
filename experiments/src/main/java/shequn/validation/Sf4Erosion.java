package shequn.validation;

import java.util.List;
import java.util.Locale;
import shequn.metrics.DailyKpis;
import shequn.metrics.Kpi;
import shequn.montecarlo.Stats;
import shequn.viz.check.Chart;

/**
 * SF4 (seed 001, 家乐福中国 余莹): "over five years Carrefour's traffic fell 50%, mainly because
 * weekly actives became monthly actives, and at least 10% of customers never came back."
 * baseline-no-community.yaml over 5 years (1825 days). Rows: traffic change, last 30 days vs
 * first 30 (−50% ± 10 points); weekly actives as a share of monthly actives, last 30 days vs days
 * 30–59 (must fall: ratio below 0.95); share of the starting customers gone for good (≥ 10%).
 */
final class Sf4Erosion implements Check {
    static final int DAYS = 1825;

    @Override
    public String id() {
        return "sf4";
    }

    @Override
    public List<CheckResult> run(Effort e) throws Exception {
        List<FactRuns.Measures> runs = FactRuns.baseline(e, DAYS);
        double[] change = FactRuns.each(runs, m -> FactRuns.mean(m.daily(), Kpi.TRAFFIC, DAYS - 30, DAYS)
                / FactRuns.mean(m.daily(), Kpi.TRAFFIC, 0, 30) - 1);
        double[] weeklyShare = FactRuns.each(runs, m -> weeklyShare(m.daily(), DAYS - 30, DAYS) / weeklyShare(m.daily(), 30, 60));
        double[] gone = FactRuns.each(runs, m -> m.startCustomersGone() / m.startCustomers());
        double c = Stats.mean(change);
        double w = Stats.mean(weeklyShare);
        double g = Stats.mean(gone);
        double[][] traffic = new double[runs.size()][];
        double[][] weekly = new double[runs.size()][];
        double[][] monthly = new double[runs.size()][];
        int weeks = DAYS / 7;
        for (int r = 0; r < runs.size(); r++) {
            DailyKpis k = runs.get(r).daily();
            double start = FactRuns.mean(k, Kpi.TRAFFIC, 0, 30);
            traffic[r] = new double[weeks];
            weekly[r] = new double[weeks];
            monthly[r] = new double[weeks];
            for (int wk = 0; wk < weeks; wk++) {
                traffic[r][wk] = FactRuns.mean(k, Kpi.TRAFFIC, 7 * wk, 7 * wk + 7) / start;
                weekly[r][wk] = k.get(7 * wk + 6, Kpi.WEEKLY_ACTIVES) / k.get(0, Kpi.MONTHLY_ACTIVES);
                monthly[r][wk] = k.get(7 * wk + 6, Kpi.MONTHLY_ACTIVES) / k.get(0, Kpi.MONTHLY_ACTIVES);
            }
        }
        double[] x = new double[weeks];
        double[] target = new double[weeks];
        for (int wk = 0; wk < weeks; wk++) {
            x[wk] = (7 * wk + 3.5) / 365.0;
            target[wk] = Math.pow(0.5, x[wk] / 5); // seed 001's -50% over five years, as a smooth decline
        }
        double[][] tb = Stats.band(traffic);
        double[][] wb = Stats.band(weekly);
        double[][] mb = Stats.band(monthly);
        Chart chart = Chart.lines("sf4-erosion", "SF4: store without community, 5 years (" + runs.size() + " reps × "
                        + FactRuns.consumers(e) + ")", "years", "relative to the start",
                Chart.Series.band("traffic (95% CI)", x, tb[0], tb[1], tb[2]),
                Chart.Series.band("weekly actives", x, wb[0], wb[1], wb[2]),
                Chart.Series.band("monthly actives", x, mb[0], mb[1], mb[2]),
                Chart.Series.line("seed 001: traffic -50% in 5 years", x, target));
        return List.of(
                CheckResult.of("sf4 traffic change over 5 years", c, -0.5, "± 0.10", Math.abs(c + 0.5) <= 0.10,
                        String.format(Locale.ROOT, "95%% CI ± %.3f", Stats.Z95 * Stats.se(change)), chart),
                CheckResult.of("sf4 weekly ÷ monthly actives, end vs start", w, 0.5, "< 0.95 (weekly become monthly)",
                        w < 0.95, "", null),
                CheckResult.of("sf4 starting customers gone for good", g, 0.10, "≥ 0.10", g >= 0.10, "", null));
    }

    static double weeklyShare(DailyKpis k, int from, int to) {
        return FactRuns.mean(k, Kpi.WEEKLY_ACTIVES, from, to) / FactRuns.mean(k, Kpi.MONTHLY_ACTIVES, from, to);
    }
}
