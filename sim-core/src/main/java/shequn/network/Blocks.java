package shequn.network;

import ec.util.MersenneTwisterFast;

/**
 * Stochastic block model by age band (Holland, Laskey &amp; Leinhardt 1983), drawn in O(E) rather
 * than O(n²): each consumer casts about {@code meanDegree / 2} ties (the fraction met in
 * expectation), each to a partner inside its own band with probability {@code homophily}, else
 * uniform over everyone. The expected share of same-band ties is therefore
 * {@code h + (1 - h) * sum(p_b²)} for band shares {@code p_b}. Memory O(n * meanDegree).
 */
final class Blocks {
    private Blocks() {
    }

    static SocialGraph generate(Bands bands, double meanDegree, double homophily, double strongShare,
                                MersenneTwisterFast rng) {
        int n = bands.size();
        double half = meanDegree / 2;
        int whole = (int) half;
        double frac = half - whole;
        EdgeBuffer out = new EdgeBuffer((long) Math.ceil(half * n), strongShare, rng);
        if (n < 2) {
            return out.toGraph(n);
        }
        for (int i = 0; i < n; i++) {
            int stubs = whole + (frac > 0 && rng.nextDouble() < frac ? 1 : 0);
            for (int s = 0; s < stubs; s++) {
                out.add(i, bands.partner(i, homophily, rng));
            }
        }
        return out.toGraph(n);
    }
}
