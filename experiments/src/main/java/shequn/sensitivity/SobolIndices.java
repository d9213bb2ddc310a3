package shequn.sensitivity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Variance-based sensitivity (Sobol indices) from Saltelli's sampling scheme: two independent
 * base samples A and B of N points in the unit cube, and for each factor i the matrix AB_i (A with
 * column i taken from B). With f evaluated at the N(k + 2) points, the first-order index uses
 * Saltelli et al. (2010) and the total index Jansen's (1999) estimator:
 * <pre>
 *   S_i  = mean_j (f(B)_j − f̄) (f(AB_i)_j − f(A)_j) / V      (f̄: mean over A and B)
 *   ST_i = mean_j (f(A)_j − f(AB_i)_j)² / 2 / V          V = variance of f over A and B
 * </pre>
 * Confidence intervals: percentile bootstrap over the N rows.
 */
public final class SobolIndices {
    private SobolIndices() {
    }

    /** An estimate and its bootstrap 95% interval. */
    public record Estimate(double value, double low, double high) {
    }

    /** First-order and total indices of each factor. */
    public record Result(List<Estimate> first, List<Estimate> total) {
    }

    /**
     * The N(k + 2) points in [0,1)^k, in the order A (N rows), B (N rows), AB_1, …, AB_k. A and B are
     * the two halves of a 2k-dimensional Sobol sequence (its origin skipped).
     */
    public static List<double[]> saltelli(int n, int k) {
        SobolSequenceGenerator g = new SobolSequenceGenerator(2 * k);
        g.nextVector(); // the origin
        double[][] a = new double[n][];
        double[][] b = new double[n][];
        for (int j = 0; j < n; j++) {
            double[] v = g.nextVector();
            a[j] = Arrays.copyOfRange(v, 0, k);
            b[j] = Arrays.copyOfRange(v, k, 2 * k);
        }
        List<double[]> rows = new ArrayList<>(List.of(a));
        rows.addAll(List.of(b));
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < n; j++) {
                double[] ab = a[j].clone();
                ab[i] = b[j][i];
                rows.add(ab);
            }
        }
        return rows;
    }

    /** The indices from outputs in the order of {@link #saltelli}; {@code resamples} bootstrap draws for the intervals. */
    public static Result analyse(double[] y, int n, int k, int resamples, long seed) {
        if (y.length != n * (k + 2)) {
            throw new IllegalArgumentException("expected " + n * (k + 2) + " outputs, got " + y.length);
        }
        int[] all = new int[n];
        for (int j = 0; j < n; j++) {
            all[j] = j;
        }
        double[][] point = indices(y, n, k, all);
        double[][][] boot = new double[resamples][][];
        MersenneTwister rng = new MersenneTwister(seed);
        for (int b = 0; b < resamples; b++) {
            int[] rows = new int[n];
            for (int j = 0; j < n; j++) {
                rows[j] = rng.nextInt(n);
            }
            boot[b] = indices(y, n, k, rows);
        }
        List<Estimate> first = new ArrayList<>();
        List<Estimate> total = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            first.add(estimate(point[0][i], boot, 0, i));
            total.add(estimate(point[1][i], boot, 1, i));
        }
        return new Result(first, total);
    }

    private static Estimate estimate(double value, double[][][] boot, int which, int i) {
        if (boot.length == 0) {
            return new Estimate(value, Double.NaN, Double.NaN);
        }
        double[] xs = new double[boot.length];
        for (int b = 0; b < boot.length; b++) {
            xs[b] = boot[b][which][i];
        }
        return new Estimate(value, shequn.montecarlo.Stats.percentile(xs, 0.025), shequn.montecarlo.Stats.percentile(xs, 0.975));
    }

    /** [0] first-order, [1] total indices, over the given rows of the base samples. */
    static double[][] indices(double[] y, int n, int k, int[] rows) {
        double sum = 0;
        for (int j : rows) {
            sum += y[j] + y[n + j];
        }
        double mean = sum / (2.0 * rows.length);
        double ss = 0;
        for (int j : rows) {
            ss += (y[j] - mean) * (y[j] - mean) + (y[n + j] - mean) * (y[n + j] - mean);
        }
        double v = ss / (2.0 * rows.length);
        double[][] out = new double[2][k];
        for (int i = 0; i < k; i++) {
            int ab = (2 + i) * n;
            double s1 = 0;
            double st = 0;
            for (int j : rows) {
                double fa = y[j];
                double fb = y[n + j];
                double fab = y[ab + j];
                s1 += (fb - mean) * (fab - fa); // centred: same expectation, far less variance for outputs far from 0
                st += (fa - fab) * (fa - fab);
            }
            out[0][i] = v == 0 ? Double.NaN : s1 / rows.length / v;
            out[1][i] = v == 0 ? Double.NaN : st / (2.0 * rows.length) / v;
        }
        return out;
    }
}
