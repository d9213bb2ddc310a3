package shequn.sensitivity;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * Morris elementary effects, the cheap screen: r trajectories of k + 1 points on a p-level grid in
 * the unit cube, each step moving one factor by Δ = p / (2(p − 1)). A factor's elementary effect is
 * the change of the output per unit step; mu* (mean absolute effect) ranks importance, sigma (the
 * effects' standard deviation) flags interactions and non-linearity (Morris 1991; Campolongo et al. 2007).
 */
public final class Morris {
    private Morris() {
    }

    /** mu (mean effect), mu* (mean absolute effect) and sigma (sd of effects) per factor. */
    public record Effects(double[] mu, double[] muStar, double[] sigma) {
    }

    /** The r(k + 1) points, trajectory after trajectory. */
    public static List<double[]> trajectories(int r, int k, int levels, long seed) {
        MersenneTwister rng = new MersenneTwister(seed);
        double delta = levels / (2.0 * (levels - 1));
        List<double[]> points = new ArrayList<>();
        for (int t = 0; t < r; t++) {
            double[] x = new double[k];
            for (int i = 0; i < k; i++) {
                // a grid level from which both +Δ and −Δ land on the grid when possible
                x[i] = rng.nextInt(levels) / (double) (levels - 1);
            }
            points.add(x.clone());
            int[] order = permutation(k, rng);
            for (int i : order) {
                x[i] = x[i] + delta <= 1 + 1e-12 ? x[i] + delta : x[i] - delta;
                points.add(x.clone());
            }
        }
        return points;
    }

    /** Effects from the outputs of {@link #trajectories}. */
    public static Effects analyse(List<double[]> points, double[] y, int r, int k) {
        double[][] ee = new double[k][r];
        for (int t = 0; t < r; t++) {
            int base = t * (k + 1);
            for (int s = 0; s < k; s++) {
                double[] a = points.get(base + s);
                double[] b = points.get(base + s + 1);
                int moved = -1;
                for (int i = 0; i < k; i++) {
                    if (a[i] != b[i]) {
                        moved = i;
                    }
                }
                ee[moved][t] = (y[base + s + 1] - y[base + s]) / (b[moved] - a[moved]);
            }
        }
        double[] mu = new double[k];
        double[] muStar = new double[k];
        double[] sigma = new double[k];
        for (int i = 0; i < k; i++) {
            double sum = 0;
            double abs = 0;
            for (double e : ee[i]) {
                sum += e;
                abs += Math.abs(e);
            }
            mu[i] = sum / r;
            muStar[i] = abs / r;
            double ss = 0;
            for (double e : ee[i]) {
                ss += (e - mu[i]) * (e - mu[i]);
            }
            sigma[i] = r < 2 ? Double.NaN : Math.sqrt(ss / (r - 1));
        }
        return new Effects(mu, muStar, sigma);
    }

    private static int[] permutation(int k, MersenneTwister rng) {
        int[] p = new int[k];
        for (int i = 0; i < k; i++) {
            p[i] = i;
        }
        for (int i = k - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
