package shequn.calibrate.btyd;

import java.util.List;
import org.apache.commons.math3.special.Gamma;

/**
 * BG/NBD (Fader, Hardie &amp; Lee 2005, "Counting your customers the easy way"): while alive a customer
 * buys as a Poisson process with rate λ ~ Gamma(r, α); after each repeat purchase they drop out for
 * good with chance p ~ Beta(a, b). Parameters (r, α, a, b); the formulas are the paper's eqs. 6, 9 and 10.
 */
public final class BgNbd implements Model {
    @Override
    public String name() {
        return "BG/NBD";
    }

    @Override
    public List<String> parameters() {
        return List.of("r", "alpha", "a", "b");
    }

    @Override
    public double[] start() {
        return new double[] {0, 0, 0, 0};
    }

    @Override
    public double logLikelihood(double[] p, History h) {
        double r = p[0], alpha = p[1], a = p[2], b = p[3];
        int x = h.x();
        double a1 = Gamma.logGamma(r + x) - Gamma.logGamma(r) + r * Math.log(alpha);
        double a2 = Gamma.logGamma(a + b) + Gamma.logGamma(b + x) - Gamma.logGamma(b) - Gamma.logGamma(a + b + x);
        double a3 = -(r + x) * Math.log(alpha + h.T());
        if (x == 0) {
            return a1 + a2 + a3;
        }
        double a4 = Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + h.tx());
        return a1 + a2 + logSumExp(a3, a4);
    }

    static double logSumExp(double u, double v) {
        double m = Math.max(u, v);
        return m + Math.log(Math.exp(u - m) + Math.exp(v - m));
    }

    @Override
    public double expected(double[] p, double t) {
        double r = p[0], alpha = p[1], a = p[2], b = p[3];
        if (t <= 0) {
            return 0;
        }
        double f = Math.exp(r * Math.log(alpha / (alpha + t))
                + Hypergeometric.log2F1(r, b, a + b - 1, t / (alpha + t)));
        return (a + b - 1) / (a - 1) * (1 - f);
    }

    @Override
    public double conditional(double[] p, History h, double t) {
        double r = p[0], alpha = p[1], a = p[2], b = p[3];
        int x = h.x();
        double tT = h.T();
        double f = Math.exp((r + x) * Math.log((alpha + tT) / (alpha + tT + t))
                + Hypergeometric.log2F1(r + x, b + x, a + b + x - 1, t / (alpha + tT + t)));
        double num = (a + b + x - 1) / (a - 1) * (1 - f);
        double den = x == 0 ? 1 : 1 + a / (b + x - 1) * Math.pow((alpha + tT) / (alpha + h.tx()), r + x);
        return num / den;
    }
}
