package shequn.montecarlo;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import shequn.metrics.Kpi;

/**
 * daily_summary.csv: for each day and KPI, the distribution over replications — mean, standard
 * deviation, 95% Student-t interval of the mean, and the 5th and 95th percentiles (the band in
 * which one replication's value falls nine times in ten).
 */
final class DailySummary {
    private DailySummary() {
    }

    static void write(Writer w, Experiment.Result result) throws IOException {
        List<String> names = result.plan().columnNames();
        w.write((names == null ? "" : "scenario,") + "day,kpi,mean,sd,ci_low,ci_high,p5,p95\n");
        for (int s = 0; s < result.plan().scenarios().size(); s++) {
            writeScenario(w, result.of(s), names == null ? "" : names.get(s) + ",");
        }
    }

    private static void writeScenario(Writer w, List<Outcome> reps, String prefix) throws IOException {
        if (reps.isEmpty()) {
            return;
        }
        int days = reps.get(0).daily().length;
        double[] values = new double[reps.size()];
        double[] sorted = new double[values.length]; // reused: one sort serves both percentiles
        StringBuilder sb = new StringBuilder();
        for (int d = 0; d < days; d++) {
            for (int k = 0; k < Outcome.DAILY.size(); k++) {
                for (int r = 0; r < values.length; r++) {
                    values[r] = reps.get(r).daily()[d][k + 1];
                }
                Kpi kpi = Outcome.DAILY.get(k);
                Stats.Estimate e = Stats.estimate(values);
                sb.setLength(0);
                sb.append(prefix).append((long) reps.get(0).daily()[d][0]).append(',').append(kpi.column())
                        .append(',').append(Cells.stat(e.mean())).append(',').append(Cells.stat(e.sd()))
                        .append(',').append(Cells.stat(e.low())).append(',').append(Cells.stat(e.high()))
                        .append(',').append(Cells.stat(Stats.percentileOfSorted(sorted(values, sorted), 0.05)))
                        .append(',').append(Cells.stat(Stats.percentileOfSorted(sorted, 0.95))).append('\n');
                w.write(sb.toString());
            }
        }
    }

    private static double[] sorted(double[] values, double[] into) {
        System.arraycopy(values, 0, into, 0, values.length);
        Arrays.sort(into);
        return into;
    }
}
