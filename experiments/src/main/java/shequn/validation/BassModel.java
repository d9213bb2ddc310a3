package shequn.validation;

/**
 * The discrete Bass model and the exact mean of the stochastic process the engine runs when only
 * word of mouth acts on a complete graph (Bass 1969; docking after Rand &amp; Rust 2011).
 *
 * <p>Each day every unaware consumer hears from outside with chance {@code p} and from each of the
 * {@code F} aware consumers with chance {@code w = q/N}, independently, so it stays unaware with
 * chance {@code (1-p)(1-w)^F}. The deterministic (mean-field) discrete Bass model iterates
 * {@code F' = F + (N-F)(1-(1-p)(1-w)^F)}; to first order in p and w this is the textbook
 * {@code F' = F + (p + q F/N)(N-F)}. The stochastic process has {@code F' = F + Binomial(N-F, 1-(1-p)(1-w)^F)};
 * {@link #exactMean} propagates its whole distribution, so its mean has no mean-field error.
 */
public final class BassModel {
    private BassModel() {
    }

    /** Mean-field curve: element d is adoption after d+1 days, starting from {@code f0}. */
    public static double[] meanField(int n, double p, double q, double f0, int days) {
        double w = q / n;
        double[] out = new double[days];
        double f = f0;
        for (int d = 0; d < days; d++) {
            f = f + (n - f) * (1 - (1 - p) * Math.pow(1 - w, f));
            out[d] = f;
        }
        return out;
    }

    /** Textbook discrete Bass, {@code F' = F + (p + qF/N)(N-F)}, for comparison. */
    public static double[] textbook(int n, double p, double q, double f0, int days) {
        double[] out = new double[days];
        double f = f0;
        for (int d = 0; d < days; d++) {
            f = f + (p + q * f / n) * (n - f);
            out[d] = f;
        }
        return out;
    }

    /**
     * Exact expected adoption of the stochastic process, by propagating the distribution of F
     * (a Markov chain on 0..N) day by day; element d is the mean after d+1 days, starting at f0.
     */
    public static double[] exactMean(int n, double p, double q, int f0, int days) {
        return exact(n, p, q, f0, days)[0];
    }

    /** {mean, variance} of adoption after d+1 days, d = 0..days-1, of the stochastic process. */
    public static double[][] exact(int n, double p, double q, int f0, int days) {
        double w = q / n;
        double[] logFact = new double[n + 1];
        for (int k = 1; k <= n; k++) {
            logFact[k] = logFact[k - 1] + Math.log(k);
        }
        double[] dist = new double[n + 1];
        dist[f0] = 1;
        double[][] out = new double[2][days];
        for (int d = 0; d < days; d++) {
            double[] next = new double[n + 1];
            for (int f = 0; f <= n; f++) {
                double mass = dist[f];
                if (mass < 1e-16) {
                    continue;
                }
                int left = n - f;
                double a = 1 - (1 - p) * Math.pow(1 - w, f);
                if (left == 0 || a <= 0) {
                    next[f] += mass;
                    continue;
                }
                if (a >= 1) {
                    next[n] += mass;
                    continue;
                }
                double mu = left * a;
                double sd = Math.sqrt(left * a * (1 - a));
                int lo = Math.max(0, (int) Math.floor(mu - 12 * sd - 2));
                int hi = Math.min(left, (int) Math.ceil(mu + 12 * sd + 2));
                double la = Math.log(a);
                double lb = Math.log1p(-a);
                for (int k = lo; k <= hi; k++) {
                    double lp = logFact[left] - logFact[k] - logFact[left - k] + k * la + (left - k) * lb;
                    next[f + k] += mass * Math.exp(lp);
                }
            }
            dist = next;
            double m = 0;
            double m2 = 0;
            double total = 0;
            for (int f = 0; f <= n; f++) {
                m += f * dist[f];
                m2 += (double) f * f * dist[f];
                total += dist[f];
            }
            out[0][d] = m / total;
            out[1][d] = Math.max(0, m2 / total - out[0][d] * out[0][d]);
        }
        return out;
    }
}
