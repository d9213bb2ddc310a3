package shequn.validation;

import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.special.Gamma;

/**
 * Analytic repeat-buying references for the engine's need process. Each consumer has a daily need
 * rate {@code λ ~ Gamma(shape r, mean m)} and needs on each day independently with chance
 * {@code 1 - e^{-λ}} (the engine's geometric gaps, at most one trip a day). With every need a
 * purchase, purchases in T days are {@code Binomial(T, 1 - e^{-λ})} mixed over the gamma: the exact
 * distribution is computed here by Gauss–Legendre quadrature over λ (commons-math3). Plain NBD
 * (Ehrenberg 1959: Poisson counts, {@code λT} expected) is its continuous-time approximation.
 *
 * <p>With dropout (BG/NBD, Fader, Hardie &amp; Lee 2005), after each purchase a consumer defects for
 * good with chance {@code d ~ Beta(a, b)}. The engine's process is the discrete-time analogue; its
 * exact expected purchases by day are computed here, and the continuous BG/NBD formula is given
 * for comparison.
 */
public final class RepeatBuying {
    private static final int PANELS = 600;
    private static final int POINTS = 8;
    private final double shape;
    private final double mean;
    /** Quadrature nodes λ_k and weights w_k·g(λ_k) (the gamma density folded in). */
    final double[] lambda;
    final double[] weight;

    public RepeatBuying(double shape, double mean) {
        this.shape = shape;
        this.mean = mean;
        GammaDistribution g = new GammaDistribution(null, shape, mean / shape);
        double top = g.inverseCumulativeProbability(1 - 1e-14);
        GaussIntegratorFactory factory = new GaussIntegratorFactory();
        lambda = new double[PANELS * POINTS];
        weight = new double[PANELS * POINTS];
        // panels even in sqrt(λ): finer near 0, where a small shape makes the density steep
        int k = 0;
        for (int panel = 0; panel < PANELS; panel++) {
            double a = top * sq((double) panel / PANELS);
            double b = top * sq((double) (panel + 1) / PANELS);
            GaussIntegrator rule = factory.legendre(POINTS, a, b);
            for (int i = 0; i < POINTS; i++) {
                lambda[k] = rule.getPoint(i);
                weight[k] = rule.getWeight(i) * g.density(lambda[k]);
                k++;
            }
        }
    }

    private static double sq(double x) {
        return x * x;
    }

    /** ∫ g(λ) dλ by the quadrature (1 up to its error). */
    public double totalWeight() {
        double s = 0;
        for (double w : weight) {
            s += w;
        }
        return s;
    }

    /** Exact P(X = x), x = 0..T, of purchases in T days (no dropout): Binomial–gamma mixture. */
    public double[] countDistribution(int days) {
        double[] out = new double[days + 1];
        double[] pmf = new double[days + 1];
        for (int k = 0; k < lambda.length; k++) {
            binomial(days, -Math.expm1(-lambda[k]), pmf);
            for (int x = 0; x <= days; x++) {
                out[x] += weight[k] * pmf[x];
            }
        }
        return out;
    }

    /** Plain NBD: P(X = x) for Poisson(λT) counts mixed over the same gamma. */
    public double[] nbd(int days) {
        double alpha = shape / mean; // gamma rate
        double[] out = new double[days + 1];
        double logA = shape * Math.log(alpha / (alpha + days));
        double logB = Math.log(days / (alpha + days));
        for (int x = 0; x <= days; x++) {
            out[x] = Math.exp(Gamma.logGamma(shape + x) - Gamma.logGamma(shape) - Gamma.logGamma(x + 1.0) + logA + x * logB);
        }
        return out;
    }

    /**
     * Exact expected purchases per consumer by day, discrete time with dropout after each purchase
     * with chance {@code d ~ Beta(a, b)}: element t-1 is E[X(t)], t = 1..days. A purchase on day s
     * needs a need (chance p) and survival of the j earlier purchases, E[(1-d)^j] = Π (b+i)/(a+b+i).
     */
    public double[] expectedWithDropout(double a, double b, int days) {
        double[] survive = new double[days + 1]; // E[(1-d)^j]
        survive[0] = 1;
        for (int j = 1; j <= days; j++) {
            survive[j] = survive[j - 1] * (b + j - 1) / (a + b + j - 1);
        }
        double[] perDay = new double[days];
        double[] pmf = new double[days + 1];
        for (int k = 0; k < lambda.length; k++) {
            if (weight[k] < 1e-18) {
                continue;
            }
            double p = -Math.expm1(-lambda[k]);
            // pmf of purchases (needs) so far among the first s-1 days, updated day by day
            java.util.Arrays.fill(pmf, 0);
            pmf[0] = 1;
            for (int s = 1; s <= days; s++) {
                double alive = 0;
                for (int j = 0; j < s; j++) {
                    alive += pmf[j] * survive[j];
                }
                perDay[s - 1] += weight[k] * p * alive;
                for (int j = s; j >= 1; j--) {
                    pmf[j] = pmf[j] * (1 - p) + pmf[j - 1] * p;
                }
                pmf[0] *= 1 - p;
            }
        }
        double[] cum = new double[days];
        double run = 0;
        for (int t = 0; t < days; t++) {
            run += perDay[t];
            cum[t] = run;
        }
        return cum;
    }

    /**
     * The continuous BG/NBD expectation (Fader, Hardie &amp; Lee 2005, eq. 9) for Poisson rates
     * λ ~ Gamma(r, α) and dropout d ~ Beta(a, b), a &gt; 1:
     * E[X(t)] = (a+b-1)/(a-1) · [1 − (α/(α+t))^r · 2F1(r, b; a+b-1; t/(α+t))].
     */
    public double bgnbd(double a, double b, double t) {
        if (a <= 1) {
            throw new IllegalArgumentException("BG/NBD's closed form needs a > 1");
        }
        double r = shape;
        double alpha = shape / mean;
        double z = t / (alpha + t);
        return (a + b - 1) / (a - 1) * (1 - Math.pow(alpha / (alpha + t), r) * hyp2f1(r, b, a + b - 1, z));
    }

    /** Gauss hypergeometric series, |z| &lt; 1. */
    static double hyp2f1(double a, double b, double c, double z) {
        double term = 1;
        double sum = 1;
        for (int n = 0; n < 10_000_000; n++) {
            term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
            sum += term;
            if (Math.abs(term) < 1e-16 * Math.abs(sum)) {
                return sum;
            }
        }
        throw new ArithmeticException("2F1 series did not converge");
    }

    /** Binomial(n, p) pmf into out[0..n], computed from the mode outwards (no underflow at the mode). */
    static void binomial(int n, double p, double[] out) {
        java.util.Arrays.fill(out, 0, n + 1, 0);
        if (p <= 0) {
            out[0] = 1;
            return;
        }
        if (p >= 1) {
            out[n] = 1;
            return;
        }
        int mode = (int) Math.min(n, Math.floor((n + 1) * p));
        double logMode = Gamma.logGamma(n + 1.0) - Gamma.logGamma(mode + 1.0) - Gamma.logGamma(n - mode + 1.0)
                + mode * Math.log(p) + (n - mode) * Math.log1p(-p);
        out[mode] = Math.exp(logMode);
        double odds = p / (1 - p);
        for (int x = mode; x < n; x++) {
            out[x + 1] = out[x] * (n - x) / (x + 1) * odds;
        }
        for (int x = mode; x > 0; x--) {
            out[x - 1] = out[x] * x / (n - x + 1) / odds;
        }
    }
}
