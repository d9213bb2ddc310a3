package shequn.network;

import ec.util.MersenneTwisterFast;

/**
 * Watts–Strogatz small world (Watts &amp; Strogatz 1998, Nature 393:440): a ring lattice where
 * each consumer ties to about {@code meanDegree / 2} successors, then each tie is rewired with
 * probability {@code rewire}.
 *
 * <p>Consumers sit on the ring sorted by age band, so lattice ties mostly stay inside a band; a
 * rewired tie keeps its first end and draws the other inside that consumer's band with probability
 * {@code homophily}, else uniformly. A non-integer half-degree is met in expectation: each consumer
 * gets one extra successor with probability equal to the fraction. Duplicates made by rewiring are
 * merged (about degree/n of rewired ties). Time and memory O(n * meanDegree).
 */
final class SmallWorld {
    private SmallWorld() {
    }

    static SocialGraph generate(Bands bands, double meanDegree, double rewire, double homophily,
                                double strongShare, MersenneTwisterFast rng) {
        int n = bands.size();
        double half = meanDegree / 2;
        int whole = (int) half;
        double frac = half - whole;
        int maxHalf = n / 2; // farther successors are nearer predecessors; at n/2 (even n) pairs merge
        EdgeBuffer out = new EdgeBuffer((long) Math.ceil(half * n), strongShare, rng);
        for (int p = 0; p < n; p++) {
            int u = bands.ordered(p);
            int h = Math.min(maxHalf, whole + (frac > 0 && rng.nextDouble() < frac ? 1 : 0));
            for (int j = 1; j <= h; j++) {
                int v = bands.ordered((p + j) % n);
                if (rewire > 0 && rng.nextDouble() < rewire) {
                    v = bands.partner(u, homophily, rng);
                }
                out.add(u, v);
            }
        }
        return out.toGraph(n);
    }
}
