package shequn.calibrate;

import java.util.ArrayList;
import java.util.List;

/**
 * The summaries of a cohort that the agent model is fitted to (method of simulated moments): how
 * customers spread over repeat-purchase counts (identifies the spread of buying rates), the mean
 * count (the level), and how late in their observed time the last repeat came for light, middle and
 * heavy buyers (identifies dropout: the dead stop early). Optionally the mean spend per transaction.
 * Each comes with the sampling variance of its observed value, the weight of the fit.
 */
final class Moments {
    private Moments() {
    }

    /** Names, in the order of {@link #of}. */
    static List<String> names(boolean spend) {
        List<String> out = new ArrayList<>(List.of("share x=0", "share x=1", "share x=2", "share x=3-4", "share x=5-8",
                "mean x", "recency t_x/T, x=1", "recency t_x/T, x=2-4", "recency t_x/T, x>=5"));
        if (spend) {
            out.add("spend per transaction");
        }
        return out;
    }

    /** Moments and their sampling variances ({@code [0]} values, {@code [1]} variances of the means). */
    static double[][] of(int[] x, double[] tx, double[] bigT, double spend, double spendVar, boolean withSpend) {
        int n = x.length;
        int k = withSpend ? 10 : 9;
        double[] m = new double[k];
        double[] v = new double[k];
        int[][] bins = {{0, 0}, {1, 1}, {2, 2}, {3, 4}, {5, 8}};
        for (int b = 0; b < bins.length; b++) {
            int c = 0;
            for (int xi : x) {
                c += xi >= bins[b][0] && xi <= bins[b][1] ? 1 : 0;
            }
            double p = (double) c / n;
            m[b] = p;
            v[b] = p * (1 - p) / n;
        }
        meanVar(x.length, i -> x[i], i -> true, m, v, 5);
        int[][] groups = {{1, 1}, {2, 4}, {5, Integer.MAX_VALUE}};
        for (int g = 0; g < groups.length; g++) {
            int lo = groups[g][0];
            int hi = groups[g][1];
            meanVar(n, i -> tx[i] / bigT[i], i -> x[i] >= lo && x[i] <= hi && bigT[i] > 0, m, v, 6 + g);
        }
        if (withSpend) {
            m[9] = spend;
            v[9] = spendVar;
        }
        for (int j = 0; j < k; j++) {
            v[j] = Math.max(v[j], 1e-8); // an empty or constant group must not weigh infinitely
        }
        return new double[][] {m, v};
    }

    private static void meanVar(int n, java.util.function.IntToDoubleFunction f, java.util.function.IntPredicate in,
                                double[] m, double[] v, int at) {
        double s = 0;
        double s2 = 0;
        int c = 0;
        for (int i = 0; i < n; i++) {
            if (in.test(i)) {
                double y = f.applyAsDouble(i);
                s += y;
                s2 += y * y;
                c++;
            }
        }
        m[at] = c == 0 ? 0 : s / c;
        v[at] = c < 2 ? 1 : Math.max(0, s2 / c - m[at] * m[at]) / c;
    }
}
