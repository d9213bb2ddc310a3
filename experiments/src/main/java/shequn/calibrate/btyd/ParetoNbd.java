package shequn.calibrate.btyd;

import java.util.List;
import org.apache.commons.math3.special.Gamma;

/**
 * Pareto/NBD (Schmittlein, Morrison &amp; Colombo 1987): while alive a customer buys as a Poisson
 * process with rate λ ~ Gamma(r, α) and stays alive for an exponential time with rate μ ~ Gamma(s, β).
 * Parameters (r, α, s, β). The likelihood follows Fader &amp; Hardie's note on the model (2005, eqs. 19–22)
 * with the split on α ≥ β that keeps the argument of 2F1 in [0, 1), computed in logs as BTYD's
 * {@code pnbd.LL} does.
 */
public final class ParetoNbd implements Model {
    @Override
    public String name() {
        return "Pareto/NBD";
    }

    @Override
    public List<String> parameters() {
        return List.of("r", "alpha", "s", "beta");
    }

    @Override
    public double[] start() {
        return new double[] {0, 0, 0, 0};
    }

    @Override
    public double logLikelihood(double[] p, History h) {
        double r = p[0], alpha = p[1];
        double part1 = r * Math.log(alpha) + p[2] * Math.log(p[3]) - Gamma.logGamma(r) + Gamma.logGamma(r + h.x());
        double[] parts = parts(p, h);
        return part1 + BgNbd.logSumExp(parts[0], parts[1]);
    }

    /**
     * The two terms of the likelihood without the common factor Γ(r+x) α^r β^s / Γ(r), as logs: alive
     * through T, and died somewhere in (t_x, T]. Their ratio is the chance of being alive at T.
     */
    static double[] parts(double[] p, History h) {
        double r = p[0], alpha = p[1], s = p[2], beta = p[3];
        int x = h.x();
        double tT = h.T();
        double tx = h.tx();
        double alive = -(r + x) * Math.log(alpha + tT) - s * Math.log(beta + tT);
        double max = Math.max(alpha, beta);
        double rsx = r + s + x;
        double partF;
        if (alpha == beta) {
            partF = -rsx * Math.log(max + tx) + Math.log(-Math.expm1(rsx * Math.log((max + tx) / (max + tT))));
        } else if (Math.abs(alpha - beta) / (max + tx) > SERIES_UP_TO) {
            // the series needs ~1/(1-z) terms: integrate the death time instead (same quantity, eq. 22's integral)
            return new double[] {alive, Math.log(s) + logDied(r + x, alpha, s, beta, tx, tT)};
        } else {
            // the split of SMC 1987: the parameter that keeps the series argument below 1
            double b = alpha >= beta ? s + 1 : r + x;
            double d = Math.abs(alpha - beta);
            double f1 = Hypergeometric.log2F1(rsx, b, rsx + 1, d / (max + tx));
            double f2 = Hypergeometric.log2F1(rsx, b, rsx + 1, d / (max + tT)) + rsx * Math.log((max + tx) / (max + tT));
            // ln(e^f1 − e^f2), f1 > f2 in exact arithmetic; equal (no room to die) when t_x = T
            partF = f2 >= f1 ? Double.NEGATIVE_INFINITY : -rsx * Math.log(max + tx) + f1 + Math.log(-Math.expm1(f2 - f1));
        }
        double died = Math.log(s) - Math.log(rsx) + partF;
        return new double[] {alive, died};
    }

    /** Above this argument 2F1's series is slow; the likelihood's death-time integral is taken numerically. */
    static final double SERIES_UP_TO = 0.95;

    /**
     * ln ∫ from t_x to T of (α+τ)^−(r+x) (β+τ)^−(s+1) dτ: the chance of dying at τ after the last purchase,
     * without its constant factors. Gauss–Legendre on the scaled integrand (1 at t_x, falling).
     */
    static double logDied(double rx, double alpha, double s, double beta, double tx, double tT) {
        if (tT <= tx) {
            return Double.NEGATIVE_INFINITY;
        }
        double l0 = -rx * Math.log(alpha + tx) - (s + 1) * Math.log(beta + tx);
        org.apache.commons.math3.analysis.UnivariateFunction f =
                tau -> Math.exp(-rx * Math.log(alpha + tau) - (s + 1) * Math.log(beta + tau) - l0);
        var integrator = new org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator(16, 1e-10, 1e-300);
        // pieces that double in length from 1/steepness (the integrand's initial fall) on: the steep start is
        // resolved finely, the power-law tail in a few wide pieces
        double steep = rx / (alpha + tx) + (s + 1) / (beta + tx);
        double sum = 0;
        double a = tx;
        for (double width = 1 / steep; a < tT; width *= 2) {
            double b = Math.min(tT, a + width);
            sum += integrator.integrate(100_000, f, a, b);
            a = b;
        }
        return l0 + Math.log(sum);
    }

    /** P(alive at T | x, t_x, T). */
    public double alive(double[] p, History h) {
        double[] parts = parts(p, h);
        return 1 / (1 + Math.exp(parts[1] - parts[0]));
    }

    @Override
    public double expected(double[] p, double t) {
        double r = p[0], alpha = p[1], s = p[2], beta = p[3];
        return r * beta / alpha * lifetime(s, beta, t);
    }

    /** ∫₀ᵗ (β/(β+u))^s du / β … i.e. [1 − (β/(β+t))^(s−1)] / (s − 1), with its limit at s = 1. */
    private static double lifetime(double s, double beta, double t) {
        double l = Math.log(beta / (beta + t));
        if (Math.abs(s - 1) < 1e-9) {
            return -l;
        }
        return -Math.expm1((s - 1) * l) / (s - 1);
    }

    @Override
    public double conditional(double[] p, History h, double t) {
        double r = p[0], alpha = p[1], s = p[2], beta = p[3];
        double bT = beta + h.T();
        double rate = (r + h.x()) * bT / (alpha + h.T());
        return rate * lifetime(s, bT, t) * alive(p, h);
    }
}
