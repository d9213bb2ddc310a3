package shequn.montecarlo;

import java.util.Arrays;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The statistics of a set of replications: mean, sample standard deviation, Student-t confidence
 * interval of the mean and percentiles. Sums run in the order given, so the same values in the
 * same order give bit-identical results (the runner always passes them sorted by replication).
 */
public final class Stats {
    public static final double LEVEL = 0.95;

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

    /** Two-sided critical value of Student's t with {@code df} degrees of freedom. */
    public static double tCritical(int df, double level) {
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

    /** Percentile {@code p} in [0, 1] with linear interpolation between order statistics (R's type 7). */
    public static double percentile(double[] xs, double p) {
        if (xs.length == 0) {
            return Double.NaN;
        }
        double[] sorted = xs.clone();
        Arrays.sort(sorted);
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
