package shequn.montecarlo;

import java.util.List;
import java.util.Map;
import shequn.engine.RunResult;
import shequn.metrics.DailyKpis;
import shequn.metrics.Kpi;
import shequn.output.RunTotals;

/**
 * What the Monte-Carlo layer keeps of one replication: its headline totals (a row of runs.csv)
 * and the daily series of the KPIs summarised per day (rows of daily_runs.csv).
 * Values pass through their CSV text on the way in, so a resumed experiment that reads them back
 * computes with exactly the same numbers as one that never stopped.
 */
public record Outcome(int scenario, int rep, long seed, double[] totals, double[][] daily) {
    /**
     * The totals columns of runs.csv, after {@code rep,seed}. {@code profit = gross_margin - cost};
     * {@code margin_per_yuan_spent} is gross margin ÷ cost of the one replication (not incremental).
     */
    public static final List<String> TOTALS =
            List.of("traffic", "purchases", "conversion", "basket", "gmv", "repeat_rate", "ladder_strong", "cost",
                    "gross_margin", "profit", RunTotals.MARGIN_PER_YUAN_SPENT, "aware", "campaign_spend");

    /** The KPIs of daily_runs.csv and daily_summary.csv. */
    public static final List<Kpi> DAILY = Kpi.SUMMARISED;

    public static Outcome of(int scenario, int rep, RunResult r) {
        double[] totals = new double[TOTALS.size()];
        Map<String, Double> named = RunTotals.named(r.totals());
        for (int k = 0; k < totals.length; k++) {
            Double v = named.get(TOTALS.get(k));
            totals[k] = Cells.exact(v == null ? Double.NaN : v);
        }
        DailyKpis kpis = r.daily();
        double[][] daily = new double[kpis.days()][DAILY.size() + 1];
        for (int d = 0; d < daily.length; d++) {
            daily[d][0] = kpis.get(d, Kpi.DAY);
            for (int k = 0; k < DAILY.size(); k++) {
                daily[d][k + 1] = Cells.exact(kpis.get(d, DAILY.get(k)));
            }
        }
        return new Outcome(scenario, rep, r.seed(), totals, daily);
    }

    /** Why {@code kpi} is not a runs.csv total, for a refusal: the list, and the new name of the old {@code roi}. */
    public static String unknownTotal(String kpi) {
        return "unknown KPI '" + kpi + "'; one of " + String.join(", ", TOTALS)
                + (kpi.equals("roi") ? " ('roi' is now margin_per_yuan_spent: gross margin per yuan spent, not incremental)" : "");
    }

    public double total(String kpi) {
        return totals[TOTALS.indexOf(kpi)];
    }
}
