package shequn.population;

import ec.util.MersenneTwisterFast;

/**
 * Gamma draws from a MersenneTwisterFast (Marsaglia &amp; Tsang 2000), so that all randomness
 * of a replication comes from its own seeded streams (commons-math would bring its own RNG).
 */
public final class GammaSampler {
    private final double shape;
    private final double scale;

    public GammaSampler(double shape, double scale) {
        this.shape = shape;
        this.scale = scale;
    }

    public double sample(MersenneTwisterFast rng) {
        return standard(shape, rng) * scale;
    }

    /** A Gamma(shape, 1) draw. */
    public static double standard(double shape, MersenneTwisterFast rng) {
        if (shape < 1) {
            // boost: Gamma(a) = Gamma(a+1) * U^(1/a)
            return standard(shape + 1, rng) * Math.pow(rng.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = rng.nextGaussian();
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = rng.nextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }
}
