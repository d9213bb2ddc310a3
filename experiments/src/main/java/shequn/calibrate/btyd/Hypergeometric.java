package shequn.calibrate.btyd;

/**
 * The Gaussian hypergeometric function 2F1(a, b; c; z) for a, b, c > 0 and 0 ≤ z < 1, the only case
 * BG/NBD and Pareto/NBD need (Fader, Hardie &amp; Lee 2005, eq. 9; Schmittlein, Morrison &amp; Colombo
 * 1987 after the usual split on α ≥ β). Every term of the series is then positive, so summing it
 * loses nothing to cancellation; it is returned as a logarithm because for a customer with many
 * purchases (a = r + s + x large) and z near 1 the terms pass 1e300 before they fall.
 */
public final class Hypergeometric {
    private Hypergeometric() {
    }

    /** Terms beyond which the series is declared not to converge (z within ~1e-5 of 1). */
    static final int MAX_TERMS = 2_000_000;

    /** ln 2F1(a, b; c; z) by the power series, rescaled whenever the partial sum grows large. */
    public static double log2F1(double a, double b, double c, double z) {
        if (!(a > 0 && b > 0 && c > 0 && z >= 0 && z < 1)) {
            throw new IllegalArgumentException("2F1 needs a, b, c > 0 and 0 <= z < 1, got " + a + ", " + b + ", " + c + ", " + z);
        }
        double term = 1;
        double sum = 1;
        double logScale = 0;
        for (int j = 0; j < MAX_TERMS; j++) {
            term *= (a + j) * (b + j) / ((c + j) * (j + 1)) * z;
            sum += term;
            if (term <= sum * 1e-16 && (a + j) * (b + j) / ((c + j) * (j + 1)) * z < 1) {
                return logScale + Math.log(sum);
            }
            if (sum > 1e250) { // keep the ratio term/sum, drop the magnitude into the log
                term /= sum;
                logScale += Math.log(sum);
                sum = 1;
            }
        }
        return Double.NaN;
    }
}
