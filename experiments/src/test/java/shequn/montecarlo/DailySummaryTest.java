package shequn.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

/** daily_summary.csv after the speed-ups (cached t quantile, one sort) against the plain computation. */
class DailySummaryTest {
    @Test
    void sameTextAsTheBatchComputationOnValuesWithNaNsAndTies() throws Exception {
        for (int reps : new int[] {1, 2, 3, 17}) {
            List<Outcome> outcomes = randomOutcomes(reps, 9, new SplittableRandom(reps));
            Experiment.Result result = new Experiment.Result(ExperimentTest.mc(reps), outcomes,
                    Experiment.StopReason.REPS, reps, 0, 0);
            StringWriter w = new StringWriter();
            DailySummary.write(w, result);
            assertEquals(reference(outcomes), w.toString(), reps + " replications");
        }
    }

    private static List<Outcome> randomOutcomes(int reps, int days, SplittableRandom rnd) {
        List<Outcome> list = new ArrayList<>();
        for (int r = 0; r < reps; r++) {
            double[][] daily = new double[days][Outcome.DAILY.size() + 1];
            for (int d = 0; d < days; d++) {
                daily[d][0] = d;
                for (int k = 1; k < daily[d].length; k++) {
                    int kind = rnd.nextInt(4); // ties, NaNs, big and small values
                    daily[d][k] = kind == 0 ? 3.0 : kind == 1 && rnd.nextInt(5) == 0 ? Double.NaN
                            : Cells.exact(rnd.nextDouble() * Math.pow(10, rnd.nextInt(-4, 9)));
                }
            }
            list.add(new Outcome(0, r, r, new double[Outcome.TOTALS.size()], daily));
        }
        return list;
    }

    /** The computation as it was before: a fresh t quantile and a sorted copy per percentile. */
    private static String reference(List<Outcome> reps) {
        StringBuilder sb = new StringBuilder("day,kpi,mean,sd,ci_low,ci_high,p5,p95\n");
        for (int d = 0; d < reps.get(0).daily().length; d++) {
            for (int k = 0; k < Outcome.DAILY.size(); k++) {
                double[] xs = new double[reps.size()];
                for (int r = 0; r < xs.length; r++) {
                    xs[r] = reps.get(r).daily()[d][k + 1];
                }
                double m = Stats.mean(xs);
                double s = Stats.sd(xs);
                double half = xs.length < 2 ? Double.NaN
                        : new TDistribution(null, xs.length - 1).inverseCumulativeProbability(0.975) * s / Math.sqrt(xs.length);
                sb.append(d).append(',').append(Outcome.DAILY.get(k).column()).append(',').append(Cells.stat(m))
                        .append(',').append(Cells.stat(s)).append(',').append(Cells.stat(m - half))
                        .append(',').append(Cells.stat(m + half))
                        .append(',').append(Cells.stat(Stats.percentile(xs, 0.05)))
                        .append(',').append(Cells.stat(Stats.percentile(xs, 0.95))).append('\n');
            }
        }
        return sb.toString();
    }
}
