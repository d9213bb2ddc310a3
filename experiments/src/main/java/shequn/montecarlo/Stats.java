package shequn.montecarlo;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The one statistics type of shequn, for replications (Monte-Carlo, sweeps, validation bands) and
 * for repeated timings (benchmarks): mean, sample standard deviation and standard error,
 * Student-t confidence interval of the mean, percentiles and medians, and normal 95% bands of
 * replication-by-time curves. Sums run in the order given, so the same values in the same order
 * give bit-identical results (the runner always passes them sorted by replication).
 *
 * <p>Edge cases, one rule for all: with <b>no values</b> every statistic is NaN; with <b>one
 * value</b> the mean, percentiles and median are that value while the standard deviation, the
 * standard error and every interval or band are NaN (one replication says nothing about spread;
 * a chart draws no band then).
 */
public final class Stats {
    public static final double LEVEL = 0.95;
    /** The two-sided 95% normal quantile, for bands over many replications. */
    public static final double Z95 = 1.959963984540054;

    private Stats() {
    }

    /** Mean, spread and the 95% confidence interval of the mean of {@code n} replications. */
    public record Estimate(int n, double mean, double sd, double low, double high) {
        public double halfWidth() {
            return (high - low) / 2;
        }

        /** Half-width relative to the mean: the precision target of a precision-driven run. */
        public double relativeHalfWidth() {
            return mean == 0 ? Double.NaN : halfWidth() / Math.abs(mean);
        }
    }

    /** Arithmetic mean; NaN for no values. */
    public static double mean(double[] xs) {
        double sum = 0;
        for (double x : xs) {
            sum += x;
        }
        return xs.length == 0 ? Double.NaN : sum / xs.length;
    }

    /** Sample standard deviation (n − 1 in the denominator); NaN below two values. */
    public static double sd(double[] xs) {
        if (xs.length < 2) {
            return Double.NaN;
        }
        double m = mean(xs);
        double ss = 0;
        for (double x : xs) {
            ss += (x - m) * (x - m);
        }
        return Math.sqrt(ss / (xs.length - 1));
    }

    /** Standard error of the mean, sd ÷ √n; NaN below two values. */
    public static double se(double[] xs) {
        return xs.length < 2 ? Double.NaN : sd(xs) / Math.sqrt(xs.length);
    }

    /** Two-sided critical value of Student's t with {@code df} degrees of freedom. */
    public static double tCritical(int df, double level) {
        if (level == LEVEL && df > 0) {
            // daily_summary.csv asks for the same df once per (day, KPI) cell, and each inversion is an
            // iterative solve: remember the 95% values (a pure function, so the same bits come back)
            return T95.computeIfAbsent(df, d -> inverseT(d, LEVEL));
        }
        return inverseT(df, level);
    }

    private static final Map<Integer, Double> T95 = new ConcurrentHashMap<>();

    private static double inverseT(int df, double level) {
        // null generator: we only need quantiles, and the default one costs a seeded Well19937c
        return new TDistribution(null, df).inverseCumulativeProbability(0.5 + level / 2);
    }

    /** 95% Student-t interval of the mean; the interval is NaN with fewer than two values. */
    public static Estimate estimate(double[] xs) {
        double m = mean(xs);
        double s = sd(xs);
        if (xs.length < 2) {
            return new Estimate(xs.length, m, s, Double.NaN, Double.NaN);
        }
        double half = tCritical(xs.length - 1, LEVEL) * s / Math.sqrt(xs.length);
        return new Estimate(xs.length, m, s, m - half, m + half);
    }

    /** Percentile {@code p} in [0, 1] with linear interpolation between order statistics (R's type 7); NaN for no values. */
    public static double percentile(double[] xs, double p) {
        if (xs.length == 0) {
            return Double.NaN;
        }
        double[] sorted = xs.clone();
        Arrays.sort(sorted);
        return percentileOfSorted(sorted, p);
    }

    /** {@link #percentile} of values already sorted by {@link Arrays#sort(double[])}: several percentiles, one sort. */
    public static double percentileOfSorted(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /** Median: the middle value, or the mean of the two middle ones; NaN for no values. */
    public static double median(double... xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        int n = s.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    /** Median of one measure of repeated runs. */
    public static <T> double median(List<T> runs, ToDoubleFunction<T> f) {
        return median(runs.stream().mapToDouble(f).toArray());
    }

    /** Column {@code t} of replication-by-time rows. */
    public static double[] column(double[][] rows, int t) {
        double[] c = new double[rows.length];
        for (int r = 0; r < rows.length; r++) {
            c[r] = rows[r][t];
        }
        return c;
    }

    /**
     * Mean curve of replication-by-time rows and its normal 95% band: {mean, lo, hi, se} by time
     * (lo, hi and se NaN with one replication).
     */
    public static double[][] band(double[][] rows) {
        int n = rows[0].length;
        double[][] out = new double[4][n];
        for (int t = 0; t < n; t++) {
            double[] c = column(rows, t);
            double m = mean(c);
            double se = se(c);
            out[0][t] = m;
            out[1][t] = m - Z95 * se;
            out[2][t] = m + Z95 * se;
            out[3][t] = se;
        }
        return out;
    }
}
